import { reassembledPieces, words, type PieceRole } from '../../lib/import/coverage';
import type { ParsedDocument } from '../../lib/import/types';

/** A document's reading as a careful person made it: the judged half of a fixture. */
export interface JudgedReading {
  preamble: string;
  entries: readonly { question: string; answer: string | null; label?: string; section?: string }[];
  trailing: string;
}

/** What became of one judged question/answer pair in a reading. */
export type PairOutcome = 'exact' | 'split' | 'merged' | 'misplaced';

export interface ReadingScore {
  outcomes: PairOutcome[];
  /** Entries of the reading that hold no judged pair: preamble, a heading or a closing line read as a question. */
  extra: number;
}

// A heading may stand as the entry's heading, never inside its question or answer; a label may stand anywhere in it.
type Side = 'question' | 'answer' | 'outside' | 'heading' | 'neutral';

// Where a word stands does not matter for a heading or a label ("Response by the Chairman:"):
// a person accepts it in the entry's heading, its question or as who answered.
const PREDICTED_SIDE: Record<PieceRole, Side> = {
  preamble: 'outside',
  section: 'neutral',
  askedBy: 'neutral',
  question: 'question',
  answeredBy: 'neutral',
  response: 'answer',
  closing: 'outside',
};

/**
 * The word positions of `piece` in `source`: its first contiguous occurrence not yet taken at or
 * after `from` (pieces mostly follow the text's order, and a short answer such as "Yes." also
 * occurs earlier), else before it; else its words in order from the first free occurrence of its
 * first word (a piece broken by a page footer or a label).
 */
function locate(
  piece: readonly string[],
  source: readonly string[],
  taken: Uint8Array,
  where: Map<string, number[]>,
  from = 0,
  whole = false,
): number[] {
  const [first] = piece;
  if (first === undefined) return [];
  const starts = where.get(first) ?? [];
  const free = (start: number) => piece.every((word, offset) => source[start + offset] === word && taken[start + offset] === 0);
  const start = starts.find((at) => at >= from && free(at)) ?? starts.find(free);
  if (start !== undefined) return piece.map((_, offset) => start + offset);
  if (whole) return [];
  // Where its first two words stand together, if they do: a lone first word ("1") also stands in labels ("Response 1").
  const opens = (at: number) => taken[at] === 0 && (piece.length < 2 || (source[at + 1] === piece[1] && taken[at + 1] === 0));
  const begin =
    starts.find((at) => at >= from && opens(at)) ??
    starts.find(opens) ??
    starts.find((at) => at >= from && taken[at] === 0) ??
    starts.find((at) => taken[at] === 0);
  if (begin === undefined) return [];
  const found: number[] = [];
  let at = begin;
  for (const word of piece) {
    while (at < source.length && (source[at] !== word || taken[at] === 1)) at += 1;
    if (at >= source.length) break;
    found.push(at);
    at += 1;
  }
  return found;
}

/**
 * Judges a reading against the judged one, pair by pair: exact (the pair's question and answer
 * are one entry's, and that entry holds nothing else), split (its words are in two entries or
 * more), merged (its entry also holds another pair) or misplaced (anything else: the answer read
 * as question, a preamble or a closing line inside the entry, the pair not read at all). Words are
 * compared, not layout: markdown, labels and headings are a reading's to render.
 */
export function judgeReading(sourceText: string, judged: JudgedReading, parsed: ParsedDocument): ReadingScore {
  const source = words(sourceText);
  const where = new Map<string, number[]>();
  source.forEach((word, index) => {
    const list = where.get(word);
    if (list) list.push(index);
    else where.set(word, [index]);
  });

  // The judged owner of each source word: pair and side, or outside (preamble, closing lines).
  const judgedPair = new Int32Array(source.length).fill(-1);
  const judgedSide: Side[] = source.map(() => 'neutral');
  const taken = new Uint8Array(source.length);
  let next = 0;
  const mark = (text: string, pair: number, side: Side) => {
    // Who answered, as the judge names them ("Councillor Rowena Blake, Cabinet Member for …"), may
    // not stand in the text as one run: then it owns no words, rather than words of later pairs.
    const found = locate(words(text), source, taken, where, next, side === 'neutral' && pair !== -1);
    next = (found.at(-1) ?? next - 1) + 1;
    for (const index of found) {
      taken[index] = 1;
      judgedPair[index] = pair;
      judgedSide[index] = side;
    }
  };
  // In the judged order, each looked for after the one before: a short label or heading then cannot take the words of an answer.
  const pieces = [
    ...judged.entries.flatMap((entry, pair) => [
      // A heading stands once in the text, above the first of its entries.
      { text: entry.section !== judged.entries[pair - 1]?.section ? (entry.section ?? '') : '', pair: -1, side: 'heading' as const },
      { text: entry.question, pair, side: 'question' as const },
      // The answer before its label: an answer broken by its label is then looked for from its first words.
      { text: entry.answer ?? '', pair, side: 'answer' as const },
      { text: entry.label ?? '', pair, side: 'neutral' as const },
    ]),
    { text: judged.trailing, pair: -1, side: 'outside' as const },
  ];
  mark(judged.preamble, -1, 'outside');
  for (const piece of pieces) mark(piece.text, piece.pair, piece.side);

  // The reading's owner of each source word: each piece of the reading found in the text the same
  // way, so that a reading which puts its entries in another order than the text is judged too.
  const readEntry = new Int32Array(source.length).fill(-1);
  const readSide: Side[] = source.map(() => 'outside');
  const placed = new Uint8Array(source.length);
  let after = 0;
  for (const piece of reassembledPieces(parsed, parsed.groups)) {
    const found = locate(words(piece.text), source, placed, where, after);
    after = (found.at(-1) ?? after - 1) + 1;
    for (const index of found) {
      placed[index] = 1;
      readEntry[index] = piece.entry ?? -1;
      readSide[index] = PREDICTED_SIDE[piece.role];
    }
  }
  // A label the reading consumed ("WE DID", "Q:") is neither in nor out of an entry.
  source.forEach((_, index) => {
    if (placed[index] === 0) readSide[index] = 'neutral';
  });

  const indices = source.map((_, index) => index);
  const outcomes = judged.entries.map((_, pair): PairOutcome => {
    // A word of the judged question or answer that the reading dropped as a label is lost from the entry.
    if (indices.some((index) => judgedPair[index] === pair && judgedSide[index] !== 'neutral' && placed[index] === 0)) return 'misplaced';
    const mine = indices.filter(
      (index) => judgedPair[index] === pair && (judgedSide[index] === 'question' || judgedSide[index] === 'answer'),
    );
    const entries = new Set(mine.map((index) => readEntry[index]).filter((entry) => entry !== -1));
    if (entries.size >= 2) return 'split';
    const [entry] = [...entries];
    if (entry === undefined) return 'misplaced';
    // What the entry holds as its question and answer; its heading and who asked or answered are the reading's to name.
    const inEntry = indices.filter(
      (index) => readEntry[index] === entry && readSide[index] !== 'neutral' && judgedSide[index] !== 'neutral',
    );
    if (inEntry.some((index) => judgedPair[index] !== -1 && judgedPair[index] !== pair)) return 'merged';
    const whole = mine.every(
      (index) => readEntry[index] === entry && (readSide[index] === judgedSide[index] || readSide[index] === 'neutral'),
    );
    const clean = inEntry.every((index) => judgedPair[index] === pair);
    return whole && clean ? 'exact' : 'misplaced';
  });
  const holding = new Set(indices.filter((index) => judgedPair[index] !== -1).map((index) => readEntry[index]));
  const extra = parsed.entries.filter((_, entry) => !holding.has(entry)).length;
  return { outcomes, extra };
}
