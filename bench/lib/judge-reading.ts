import { reassembledPieces, words, type PieceRole } from '../../lib/import/coverage';
import type { ParsedDocument } from '../../lib/import/types';
import { diffWords } from '../../lib/import/word-diff';

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

type Side = 'question' | 'answer' | 'outside' | 'neutral';

// Where a word stands does not matter for a heading or a label ("Response by the Chairman:"):
// a person accepts it in the entry's heading, its question or as who answered.
const PREDICTED_SIDE: Record<PieceRole, Side> = { preamble: 'outside', section: 'neutral', askedBy: 'neutral', question: 'question', answeredBy: 'neutral', response: 'answer', closing: 'outside' };

/** The word positions of `piece` in `source`: its first contiguous occurrence not yet taken, else its words in order from its first word. */
function locate(piece: readonly string[], source: readonly string[], taken: Uint8Array, where: Map<string, number[]>): number[] {
  const [first] = piece;
  if (first === undefined) return [];
  const starts = where.get(first) ?? [];
  for (const start of starts) {
    if (piece.every((word, offset) => source[start + offset] === word && taken[start + offset] === 0)) return piece.map((_, offset) => start + offset);
  }
  // A piece broken by a page footer or a label: its words in order, from the first free occurrence of its first word.
  const from = starts.find((start) => taken[start] === 0);
  if (from === undefined) return [];
  const found: number[] = [];
  let at = from;
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
  const mark = (text: string, pair: number, side: Side) => {
    for (const index of locate(words(text), source, taken, where)) {
      taken[index] = 1;
      judgedPair[index] = pair;
      judgedSide[index] = side;
    }
  };
  // Long pieces first, so that a short label or heading cannot take the words of an answer.
  const pieces = [
    ...judged.entries.flatMap((entry, pair) => [
      { text: entry.question, pair, side: 'question' as const },
      { text: entry.answer ?? '', pair, side: 'answer' as const },
      { text: entry.label ?? '', pair, side: 'neutral' as const },
      { text: entry.section ?? '', pair: -1, side: 'neutral' as const },
    ]),
    { text: judged.preamble, pair: -1, side: 'outside' as const },
    { text: judged.trailing, pair: -1, side: 'outside' as const },
  ].sort((a, b) => b.text.length - a.text.length);
  for (const piece of pieces) mark(piece.text, piece.pair, piece.side);

  // The reading's owner of each source word, through the word diff (labels a layout consumed have none).
  const tagged = reassembledPieces(parsed, parsed.groups).flatMap((piece) => words(piece.text).map((word) => ({ word, entry: piece.entry ?? -1, side: PREDICTED_SIDE[piece.role] })));
  const { lost, invented } = diffWords(
    source,
    tagged.map((t) => t.word),
  );
  const readEntry = new Int32Array(source.length).fill(-1);
  const readSide: Side[] = source.map(() => 'outside');
  const lostSet = new Set(lost);
  const inventedSet = new Set(invented);
  for (let i = 0, j = 0; i < source.length; ) {
    // A label the reading consumed ("WE DID", "Q:") is neither in nor out of an entry.
    if (lostSet.has(i)) {
      readSide[i] = 'neutral';
      i += 1;
    }
    else if (inventedSet.has(j)) j += 1;
    else {
      readEntry[i] = tagged[j]?.entry ?? -1;
      readSide[i] = tagged[j]?.side ?? 'outside';
      i += 1;
      j += 1;
    }
  }

  const indices = source.map((_, index) => index);
  const outcomes = judged.entries.map((_, pair): PairOutcome => {
    const mine = indices.filter((index) => judgedPair[index] === pair && judgedSide[index] !== 'neutral' && readSide[index] !== 'neutral');
    const entries = new Set(mine.map((index) => readEntry[index]).filter((entry) => entry !== -1));
    if (entries.size >= 2) return 'split';
    const [entry] = [...entries];
    if (entry === undefined) return 'misplaced';
    const inEntry = indices.filter((index) => readEntry[index] === entry && judgedSide[index] !== 'neutral');
    if (inEntry.some((index) => judgedPair[index] !== -1 && judgedPair[index] !== pair)) return 'merged';
    const whole = mine.every((index) => readEntry[index] === entry && (readSide[index] === judgedSide[index] || readSide[index] === 'neutral'));
    const clean = inEntry.every((index) => judgedPair[index] === pair);
    return whole && clean ? 'exact' : 'misplaced';
  });
  const holding = new Set(indices.filter((index) => judgedPair[index] !== -1).map((index) => readEntry[index]));
  const extra = parsed.entries.filter((_, entry) => !holding.has(entry)).length;
  return { outcomes, extra };
}
