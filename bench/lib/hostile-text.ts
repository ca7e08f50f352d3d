/**
 * Text built to make a pattern or parser take time that grows faster than the text: the shapes
 * that once did (200 KB of `[` took 397 s in plain-text extraction, 256 KB on one line 34 s in the
 * importer). The unit tests read them at 256 KB, npm run bench:adversarial at 1 MB and more.
 */
export function hostileTexts(bytes: number): Record<string, string> {
  return {
    'open brackets': '['.repeat(bytes),
    'unclosed links': '[a](b '.repeat(bytes / 6),
    'links inside links': '[a](b'.repeat(bytes / 5),
    'unclosed autolinks': '<http:'.repeat(bytes / 6),
    'nested quotes': `${'> '.repeat(bytes / 2)}x`,
    'nested lists': `${'- '.repeat(bytes / 2)}x`,
    'numbered markers': '1. '.repeat(bytes / 3),
    'emphasis runs': '*_'.repeat(bytes / 2),
    'one long word': 'a'.repeat(bytes),
    'blank-ish lines': ' \n'.repeat(bytes / 2),
    'one-line paragraphs': 'a\n'.repeat(bytes / 2),
    'labels without answers': 'Q: a\n'.repeat(bytes / 5),
    'labelled pairs': 'Q: a\nA: b\n'.repeat(bytes / 10),
    tabs: 'a\t'.repeat(bytes / 2),
  };
}

/** CPU seconds `work` takes. */
export function timed(work: () => unknown): number {
  // CPU time of this process, not the clock: the unit suite runs files side by side on a 2-core
  // machine, and a linear pass that took 1.3 s alone took over 5 s of the clock while other files
  // ran. What tells linear from quadratic is the work done, which the clock measures only when alone.
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1e6;
}
