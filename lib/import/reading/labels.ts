import type { Kind } from '../../content/schema';
import { escapeRegExp } from '../../common/escape-regexp';

/**
 * The one grammar for the labels council documents put before a question or an answer. Real
 * documents vary in everything but the words: leading spaces, a bullet, bold, any case, a number
 * before or after a colon ("Q1.", "Q 1:", "Question 1 -", "Question: 1"), and the label alone on
 * its line or followed by the text. "Question asked by Mrs Smith:" and "Response by the Chairman:"
 * name who spoke; that name is kept, apart from the label.
 */
export interface LabelMatch {
  /** The label as it stands at the start of the line: the only text the importer drops. */
  consumed: string;
  /** Who asked or answered, when the label names them ("… by the Chairman:"). */
  attribution?: string;
  /** The rest of the line: the start of the question or answer. */
  rest: string;
  /** The number the label carries, if any ("Question 3" → 3). */
  number?: number;
  kind?: Kind;
  /** The label's words, lower case and single-spaced ("parent question"), for counting which a document uses. */
  word?: string;
}

export type LabelReader = (line: string) => LabelMatch | undefined;

export interface LabelWords {
  /** Words of the label, matched in any case with any spacing: "parent question". */
  words: string;
  kind?: Kind;
  /** The words are the document's own ("You said that the …", "We did: …"): they start an entry or an answer but are not dropped. */
  keep?: boolean;
}

const LEAD = String.raw`[ \t]*(?:[-*•·▪◦●][ \t]+)?(?:\*\*|__)?`;
const NUMBER = String.raw`(?:[ \t]*(?:no\.?|number)?[ \t]*[:.]?[ \t]*\(?(?<number>\d{1,4})[a-z]?\)?)`;
const BY = String.raw`(?:[ \t]+(?:asked|put|submitted|raised|given|answered|provided)?[ \t]*(?:by|from))`;
const CLOSE = String.raw`(?:\*\*|__)?`;

/**
 * A reader for labels made of the given words. For answer labels, a number after the colon starts
 * the answer ("Response: 61", "Response: 412 pupils"), where after a question label it numbers the
 * question ("Question: 1").
 */
export function keywordLabels(labels: readonly LabelWords[], of: 'questions' | 'answers' = 'questions'): LabelReader {
  if (labels.length === 0) return () => undefined;
  // Longest first, so that "question asked" is tried before "question".
  const sorted = [...labels].sort((a, b) => b.words.length - a.words.length);
  const alternatives = sorted.map((label) =>
    label.words
      .trim()
      .split(/\s+/)
      .map(escapeRegExp)
      .join(String.raw`[ \t]+`),
  );
  const kinds = new Map(sorted.map((label) => [normaliseWords(label.words), label.kind]));
  const kept = new Set(sorted.filter((label) => label.keep).map((label) => normaliseWords(label.words)));
  const head = new RegExp(String.raw`^(?<lead>${LEAD})(?<word>${alternatives.join('|')})(?<num>${NUMBER})?`, 'i');
  const bare = new RegExp(String.raw`^(?<lead>${LEAD})(?<word>${alternatives.join('|')})`, 'i');
  // An answer's source may stand alone on its line without a colon: "Written reply from the Cabinet Member".
  const byName = new RegExp(
    String.raw`^${BY}[ \t]+(?<who>[^:\n]{1,150}?)[ \t]*${CLOSE}[ \t]*(?::${CLOSE}[ \t]*${of === 'answers' ? '|$' : ''})`,
    'i',
  );
  // …and a question's asker may too, when named with a title: "Question 2 from Mr Robert Akinola, Westgate".
  const byTitled = new RegExp(
    String.raw`^${BY}[ \t]+(?<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?[ \t]+[A-Z][^:\n]{0,120}?)[ \t]*${CLOSE}[ \t]*$`,
  );
  const byPrefix = new RegExp(String.raw`^${BY}`, 'i');
  // Not ")": "A)" and "a)" letter the parts of a list far more often than they label an answer.
  const tail = new RegExp(String.raw`^${CLOSE}(?:[ \t]*[:.–—-]+${CLOSE}[ \t]*|[ \t]*$)`);
  const spaceAfterNumber = /^[ \t]+/;
  return (line) => {
    let match = head.exec(line);
    if (!match?.groups) return undefined;
    if (of === 'answers' && match.groups.num !== undefined && /^[ \t]*[:.]/.test(match.groups.num)) match = bare.exec(line);
    if (!match?.groups) return undefined;
    const afterHead = line.slice(match[0].length);
    const number = match.groups.number === undefined ? undefined : Number(match.groups.number);
    const word = normaliseWords(match.groups.word ?? '');
    const kind = kinds.get(word);
    // Words a document writes as its own ("You said that the …", "We did: we have …") mark where an entry or answer starts and stay in its text.
    if (kept.has(word))
      return /^[ \t]+\S/.test(afterHead) || tail.test(afterHead) ? { consumed: '', rest: line, number, kind, word } : undefined;
    const attributed = byName.exec(afterHead) ?? byTitled.exec(afterHead);
    if (attributed?.groups) {
      const prefix = byPrefix.exec(afterHead)?.[0] ?? '';
      const who = attributed.groups.who?.trim() ?? '';
      return { consumed: match[0] + prefix, attribution: who, rest: afterHead.slice(attributed[0].length), number, kind, word };
    }
    const ending = tail.exec(afterHead) ?? (number !== undefined ? spaceAfterNumber.exec(afterHead) : null);
    if (!ending) return undefined;
    const consumed = match[0] + ending[0];
    return { consumed, rest: withoutClosingBold(consumed, afterHead.slice(ending[0].length)), number, kind, word };
  };
}

/**
 * The rest of a line set in bold with its label ("**Q. Will somebody visit?**"): the label took the
 * opening "**", so the closing one, with nothing bold left to close, is the label's markup too.
 */
function withoutClosingBold(consumed: string, rest: string): string {
  const opened = (consumed.match(/\*\*/g)?.length ?? 0) % 2 === 1;
  return opened && /\*\*\s*$/.test(rest) && (rest.match(/\*\*/g)?.length ?? 0) === 1 ? rest.replace(/\*\*\s*$/, '') : rest;
}

export function normaliseWords(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Question numbers without a label word: "1.", "1)", "(1)", "1 -", and "Q1", "Q 1:", "Question 1",
 * "Question: 1". Whether a number really starts a question (and is not a list inside an answer)
 * is for the layout to decide: it must follow on from the last one.
 */
export const numberLabels: LabelReader = (line) => {
  const match =
    /^[ \t]*(?:\*\*|__)?(?:(?:q|qu|question)[ \t]*(?:no\.?[ \t]*)?[:.]?[ \t]*(?<a>\d{1,4})[a-z]?(?:[ \t]*[:.)–—-])?|\((?<b>\d{1,4})\)|(?<c>\d{1,4})(?:[.):]|[ \t]+[–—-]))(?:\*\*|__)?(?:[ \t]+|$|(?<=[.)])(?=\p{L}))/iu.exec(
      line,
    );
  if (!match?.groups) return undefined;
  // "3.How many …" (no space after the number) is a question; "1.five" or "e.g." is not.
  const next = line.charAt(match[0].length);
  if (!/[ \t]$/.test(match[0]) && /\p{L}/u.test(next) && next === next.toLowerCase()) return undefined;
  const { a, b, c } = match.groups;
  // "1. Q: How long …": the number's question label after it is consumed with it.
  const label =
    c === undefined && b === undefined ? '' : (/^(?:q|qu|question)[ \t]*[:.][ \t]+/i.exec(line.slice(match[0].length))?.[0] ?? '');
  const consumed = match[0] + label;
  return { consumed, rest: line.slice(consumed.length), number: Number(a ?? b ?? c) };
};

/** Whether a line starts the way a question, an answer or a lettered part is labelled. */
export function startsWithLabel(line: string): boolean {
  return numberLabels(line) !== undefined || anyKnownLabel(line) !== undefined || /^\s*\(?[a-z]\)\s/i.test(line);
}

/** A line that is nothing but a label: "Question", "Answer:", the header row of a table pasted as text. */
export function isBareLabel(line: string): boolean {
  const match = anyKnownLabel(line);
  if (match === undefined) return false;
  // A label the document keeps ("We did") is bare when its words are all the line has.
  return match.consumed === '' ? normaliseWords(line.replace(/[^\p{L}\s]/gu, ' ')) === match.word : match.rest.trim() === '';
}

/** The labels councils put before questions, comments and concerns, as found in published documents. */
export const QUESTION_LABELS: readonly LabelWords[] = [
  { words: 'q' },
  { words: 'qu' },
  { words: 'qn' },
  { words: 'question' },
  { words: 'query' },
  { words: 'parent question' },
  { words: 'parents question' },
  { words: "parent's question" },
  { words: 'question from parent' },
  { words: 'public question' },
  { words: 'supplementary question' },
  { words: 'supplementary' },
  { words: 'you said', kind: 'comment' },
  { words: 'you said that', kind: 'comment', keep: true },
  { words: 'what you said', kind: 'comment' },
  { words: 'you told us', kind: 'comment' },
  { words: 'comment', kind: 'comment' },
  { words: 'parent comment', kind: 'comment' },
  { words: 'feedback', kind: 'comment' },
  { words: 'issue', kind: 'concern' },
  { words: 'issue raised', kind: 'concern' },
  { words: 'issues raised', kind: 'concern' },
  { words: 'concern', kind: 'concern' },
  { words: 'concern raised', kind: 'concern' },
];

/** The labels councils put before their answers. */
export const ANSWER_LABELS: readonly LabelWords[] = [
  { words: 'a' },
  { words: 'ans' },
  { words: 'answer' },
  { words: 'response' },
  { words: 'reply' },
  { words: 'written reply' },
  { words: 'written response' },
  { words: 'written answer' },
  { words: 'verbal reply' },
  { words: 'verbal response' },
  { words: 'answered verbally' },
  { words: 'supplementary answer' },
  { words: 'supplementary response' },
  { words: 'supplementary reply' },
  { words: 'council response' },
  { words: 'la response' },
  { words: 'local authority response' },
  { words: 'our response' },
  { words: 'officer response' },
  { words: 'service response' },
  { words: 'service update' },
  { words: 'we did', keep: true },
  { words: 'what we did', keep: true },
  { words: 'what we are doing', keep: true },
  { words: 'we are doing', keep: true },
  { words: 'we have', keep: true },
];

/**
 * The labels of `vocabulary` that a document really uses: each one found at the start of two lines
 * or more, and (unless `repeatedOnly`) the most used one. A word a document uses once ("Issue: …"
 * inside an answer) is then not read as a label.
 */
export function labelsInUse(
  vocabulary: readonly LabelWords[],
  lines: readonly string[],
  repeatedOnly = false,
  of: 'questions' | 'answers' = 'questions',
): LabelWords[] {
  const read = keywordLabels(vocabulary, of);
  const counts = new Map<string, number>();
  // A label naming who spoke ("Answered verbally by the Head of SEND") is a label even once.
  const named = new Set<string>();
  for (const line of lines) {
    const match = read(line);
    if (match?.word === undefined) continue;
    counts.set(match.word, (counts.get(match.word) ?? 0) + 1);
    if (match.attribution !== undefined && match.rest.trim() === '') named.add(match.word);
  }
  const most = Math.max(0, ...counts.values());
  const countOf = (label: LabelWords) => counts.get(normaliseWords(label.words)) ?? 0;
  const kept = vocabulary.filter(
    (label) =>
      countOf(label) >= 2 || named.has(normaliseWords(label.words)) || (!repeatedOnly && countOf(label) > 0 && countOf(label) === most),
  );
  // A longer form of a label in use ("Supplementary question" beside "Question") counts even once.
  const extends_ = (label: LabelWords) => kept.some((k) => normaliseWords(label.words).endsWith(` ${normaliseWords(k.words)}`));
  return vocabulary.filter((label) => kept.includes(label) || (countOf(label) > 0 && extends_(label)));
}

const anyKnownLabel = keywordLabels([...QUESTION_LABELS, ...ANSWER_LABELS]);

/** Who asked, named after a question's label: "Question 1 – Mrs Eleanor Marsh", "Councillor A Reid, Westgate". */
export const ASKER =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w'’ -]{1,40})?$/;
