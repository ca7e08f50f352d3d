/**
 * A static page cannot know the day it is read or printed, so it says "[date you read it]"; with
 * JavaScript, each such place ([data-today]) shows today's date instead, in the citation and on
 * the printed page, and again just before printing in case the page was left open overnight.
 */
export function stampToday(): void {
  const stamp = () => {
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    for (const element of document.querySelectorAll<HTMLElement>('[data-today]')) element.textContent = today;
  };
  stamp();
  window.addEventListener('beforeprint', stamp);
}
