import type { ExtractionDoubt } from './types';

/** Words of a quote looked for, at most: enough to find its place, few enough to survive a line's wrap or repair. */
const NEEDLE_WORDS = 5;
/** …and at least: one word alone is found anywhere. */
const MIN_WORDS = 2;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each doubt with the line of the extracted text its words stand on, so that the editor finds it
 * (`--preview` and the verdict say "line 14: …"). A doubt names its place by quoting, in double
 * quotes, the first words of the text it is about (`"Who pays for transport" starts a new row …`);
 * the line is where those words first stand: its first words, and fewer when they are not found
 * (the last may be cut short).
 * A doubt that quotes nothing, or words the text no longer holds as quoted, keeps no line.
 */
export function placeDoubts(text: string, doubts: readonly ExtractionDoubt[]): ExtractionDoubt[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${flat(line)} `;
  }
  const lineAt = (offset: number) => starts.findLastIndex((start) => start <= offset) + 1;
  return doubts.map((doubt) => {
    if (doubt.line !== undefined) return doubt;
    const quoted = /"([^"]+)"/.exec(doubt.reason)?.[1];
    const words = flat(quoted ?? '')
      .split(' ')
      .filter(Boolean);
    // The whole quote first when it is short (its last word may be cut short, so then without it).
    const whole = words.slice(0, NEEDLE_WORDS);
    for (let count = whole.length; count >= Math.min(MIN_WORDS, whole.length) && count > 0; count--) {
      const at = joined.indexOf(whole.slice(0, count).join(' '));
      if (at !== -1) return { line: lineAt(at), reason: doubt.reason };
    }
    return doubt;
  });
}
