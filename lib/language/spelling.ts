/**
 * British and American spellings of the same word become one form before stemming, so that
 * "behaviour" finds "behavior" and "programme" finds "program" (both ways).
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/^(behavi|col|fav|neighb|hon|lab|harb|rum|hum|endeav|sav)our/, '$1or'],
  [/^programme/, 'program'],
  [/^(ortho)?paed/, '$1ped'],
  [/^(cent|met|lit|theat|fib)re(s?)$/, '$1er$2'],
  [
    /^(organ|real|recogn|special|priorit|minim|maxim|summar|author|emphas|apolog|categor|standard|util|final|critic)is(e|es|ed|ing|ation|ations)$/,
    '$1iz$2',
  ],
  [/^licence(s?)$/, 'license$1'],
  [/^practise(s|d)?$/, 'practice$1'],
  [/^judgement(s?)$/, 'judgment$1'],
  [/^enrolment(s?)$/, 'enrollment$1'],
  [/^ageing$/, 'aging'],
  [/^travell(ed|ing|er|ers)$/, 'travel$1'],
  [/^cancell(ed|ing)$/, 'cancel$1'],
  [/^defence$/, 'defense'],
  [/^offence(s?)$/, 'offense$1'],
  [/^mould$/, 'mold'],
];

export function unifySpelling(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}
