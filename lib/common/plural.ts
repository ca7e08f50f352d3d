/** Counts in words, from one place: "1 answer", "2 answers", "0 answers". */

const rules = new Intl.PluralRules('en-GB');

/** English nouns the site counts; a noun whose plural is not "+s" gives it here. */
const PLURALS: Readonly<Record<string, string>> = {
  entry: 'entries',
};

/** The noun alone, singular or plural for `count`: `noun(1, 'answer')` is "answer". */
export function noun(count: number, singular: string, plural = PLURALS[singular] ?? `${singular}s`): string {
  return rules.select(count) === 'one' ? singular : plural;
}

/** The count and its noun: `count(1, 'answer')` is "1 answer", `count(2, 'answer')` "2 answers". */
export function count(n: number, singular: string, plural?: string): string {
  return `${n.toLocaleString('en-GB')} ${noun(n, singular, plural)}`;
}
