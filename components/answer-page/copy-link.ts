/**
 * "Copy link". Without JavaScript it is a plain link to the answer's permanent address, which a
 * phone or browser can copy from its menu; with it, a click copies the address and the status next
 * to it says so (read out by screen readers).
 */
export function enhanceCopyLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy]')) {
    const status = link.parentElement?.querySelector('[role="status"]');
    link.addEventListener('click', (event) => {
      // Where the clipboard is not offered (an insecure address, an old browser) the link is followed.
      if (!navigator.clipboard || !status) return;
      event.preventDefault();
      navigator.clipboard.writeText(link.dataset.copy ?? link.href).then(
        () => (status.textContent = 'Link copied. Paste it into a message, a letter or a forum post.'),
        () => (status.textContent = 'Your browser did not allow copying. Press and hold (or right-click) the link to copy it.'),
      );
    });
  }
}
