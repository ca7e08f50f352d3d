import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { unifySpelling } from './spelling';

/**
 * How text becomes search terms, the same at build time and in the browser: case and accent
 * folding, one spelling for British and American forms, stop words dropped, then an English
 * (Porter) stemmer. No minimum length: OT, EP, AP and LA matter.
 */

/**
 * Words that carry no meaning in a question about SEND: the stopword package's English list, less
 * the words that do carry meaning here ("not", "never", "only one school", "over 19", "after 16",
 * "out of school", "under 5"), and with what parents add to a message that says nothing of its
 * topic: filler ("anything at all", "just wondering"), greetings and thanks, contractions typed
 * with or without the apostrophe ("dont", "don't" → "don", "t"), and the people of a family
 * ("my son", "her dad", "my lad"): they say who asks, not what about, and being rare in council
 * answers they would otherwise weigh most.
 */
const MEANINGFUL = new Set(['never', 'only', 'over', 'under', 'after', 'before', 'out', 'same', 'more', 'most']);
const FILLER =
  'anything anyone anybody something someone somebody everyone everything nothing just really please pls plz thanks thank thx hi hello hey dear wondering wonder wondered appreciated appreciate actually basically literally totally absolutely even ever already yet again ok okay yes yeah lot lots bit thing things stuff kind sort etc u ur im ive id ill hes shes theyre youre weve theyve dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt shouldnt thats whats theres heres lets let don doesn didn isn aren wasn weren won couldn wouldn shouldn haven hasn hadn ve ll re t s d m x xx xxx keep keeps kept keeping getting gets going goes gone went seem seems seemed try trying tried son sons daughter daughters lad lads boy boys girl girls kid kids mum mums mom dad dads husband wife nan nana gran granny grandma grandad grandparent grandparents grandson granddaughter';
const STOP_WORDS = new Set([
  ...eng.filter((word) => !MEANINGFUL.has(word)),
  ...'a about am an and are as at be been being but by can could did do does doing for from had has have having he her his how i if in into is it its me my of on or our she so than that the their them then there these they this those to was we were what when where which who why will with would you your'.split(
    ' ',
  ),
  ...FILLER.split(' '),
]);

const WORD = /[\p{L}\p{N}]+/gu;

/** "-sion" nouns join their verbs: exclusion→exclude, decision→decide, provision→provide. */
function joinDerivation(word: string, stem: string): string {
  return /[ui]sions?$/.test(word) && stem.endsWith('s') ? `${stem.slice(0, -1)}d` : stem;
}

const cache = new Map<string, string>();

/** A lower-case word without accents and spelt one way where British and American differ. */
export function spelledOneWay(word: string): string {
  return unifySpelling(foldAccents(word));
}

export function foldAccents(word: string): string {
  // A word of plain letters and digits has nothing to fold: normalising every one of 300,000 English words cost a tenth of an index build.
  return /^[a-z0-9]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The search term for one word (already lower-case), or '' for a stop word. */
export function termOf(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const unified = spelledOneWay(word);
  const term = STOP_WORDS.has(unified) ? '' : joinDerivation(unified, stemmer(unified));
  if (cache.size < 500_000) cache.set(word, term);
  return term;
}

/** A negation typed with or without its apostrophe is "not": "won't assess" and "wont assess" both say "not assess". */
const NEGATIONS =
  /\b(?:(?:ca|wo|sha)n['’]?t|cannot|(?:do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|ai)n['’]?t)\b/g;

/** The words of a text, lower-cased, in order (for highlighting). */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(NEGATIONS, 'not')
      .replace(/['’]s\b/g, '')
      .match(WORD) ?? []
  );
}

/** The search terms of a text, in order, stop words removed. */
export function tokenize(text: string): string[] {
  return wordsOf(text)
    .map(termOf)
    .filter((term) => term !== '');
}
