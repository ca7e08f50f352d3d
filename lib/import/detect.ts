import { ImportError } from './errors';
import type { Layout } from '../content/schema';
import { LAYOUT_FAMILIES } from './layouts';
import { isComplete, measureCoverage, words } from './coverage';
import { prepareReading, readDocument, type PreparedReading, type ReadableSource } from './import-document';
import { startsWithLabel } from './reading/labels';
import { prepareText } from './reading/prepare-text';
import { stripBold } from './reading/vocabulary';
import { type ParsedDocument } from './types';
import { doubtsAbout, type DoubtCode } from './verdict';

/** How well one layout reads a document. */
export interface LayoutFit {
  layout: Layout;
  entries: number;
  /** Share of the document's words kept, 0–1. */
  coverage: number;
  /** Where reading stopped or which line it could not place; undefined when it read everything. */
  problem?: string;
  /** The line of the problem. */
  line?: number;
  /** 0–1: how much this reading looks like one entry per question (words placed in entries, answers found, questions that ask). */
  quality: number;
  /** The reading itself, when the layout could read the document at all. */
  parsed?: ParsedDocument;
}

export type DetectSource = Omit<ReadableSource, 'layout'>;

const MAX_QUESTION_CHARS = 600;

/**
 * The detector's weights, each with its reason. A reading's score is the product of one factor per
 * property, each running from its floor (no entry has the property) to 1 (every entry has it).
 */
export const DETECTION_WEIGHTS = {
  /** Entries without an answer: a document cut short, or an FOI item nobody answered, is real, so only halve. */
  unansweredFloor: 0.5,
  /** Questions without "?": comments and concerns ("You said …") and reported speech ask none and are right. */
  notAskingFloor: 0.7,
  /** Questions over MAX_QUESTION_CHARS: usually an answer or a page read as the question. */
  oversizedFloor: 0.5,
  /** A question or answer still opening with a label: the reading missed a boundary the document marks. */
  labelledFloor: 0.25,
  /**
   * What each doubt of the verdict (verdict.ts) costs the entry it is about, averaged over the
   * entries: one entry holding most of the document is the reading that keeps every word and reads
   * nothing, so it costs most; an entry without answer happens in real documents, so it costs least.
   */
  doubts: {
    'entry-holds-most': 0.6,
    'question-too-long': 0.4,
    // An answer holding another question is two exchanges read as one: nearly as telling as one entry holding most.
    'answer-holds-question': 0.5,
    'numbering-skips': 0.3,
    'question-does-not-ask': 0.25,
    'no-answer': 0.15,
    'text-after-last-answer': 0.1,
    'question-runs-on': 0.3,
    'answer-starts-mid-sentence': 0.3,
    // About the document, not an entry: a question left in the preamble.
    'preamble-holds-question': 0.3,
    'parts-in-one-entry': 0.4,
    'answer-holds-heading': 0.2,
    // Reported speech read with its reply inside the question, or left in the preamble: the exchange is there, unread.
    'question-holds-reply': 0.3,
    'preamble-holds-exchange': 0.3,
    // The page's introduction read into the first question: one boundary missed, the entry otherwise right.
    'question-holds-introduction': 0.2,
    // Doubts about the extracted text are the same for every layout: they rank none above another.
    extraction: 0,
  } satisfies Record<DoubtCode, number>,
};

/** 1 for a reading no doubt touches, less for each entry a doubt is about (the costliest of its doubts). */
function doubtFactor(parsed: ParsedDocument): number {
  const cost = new Map<number, number>();
  for (const doubt of doubtsAbout(parsed)) {
    const entry = doubt.entry ?? 0;
    cost.set(entry, Math.max(cost.get(entry) ?? 0, DETECTION_WEIGHTS.doubts[doubt.code]));
  }
  const total = [...cost.values()].reduce((sum, each) => sum + each, 0);
  return Math.max(0, 1 - total / Math.max(1, parsed.entries.length));
}

/**
 * How much a complete reading looks like one entry per question: the document's words are in
 * entries rather than the preamble, questions have answers, questions ask, no question is a page
 * long, no question or answer still starts with a label the reading failed to take as one, and the
 * verdict finds little to doubt.
 */
function quality(parsed: ParsedDocument, totalWords: number): number {
  const entries = parsed.entries;
  if (entries.length === 0 || totalWords === 0) return 0;
  const share = (test: (entry: ParsedDocument['entries'][number]) => boolean) => entries.filter(test).length / entries.length;
  const factor = (floor: number, test: (entry: ParsedDocument['entries'][number]) => boolean) => floor + (1 - floor) * share(test);
  const placed = Math.max(0, 1 - words(parsed.preamble).length / totalWords);
  const w = DETECTION_WEIGHTS;
  return (
    placed *
    factor(w.unansweredFloor, (entry) => entry.response.trim() !== '') *
    factor(w.notAskingFloor, (entry) => entry.kind !== 'question' || /\?/.test(entry.question)) *
    factor(w.oversizedFloor, (entry) => entry.question.length <= MAX_QUESTION_CHARS) *
    factor(w.labelledFloor, (entry) => !startsWithLabel(entry.question) && !startsWithLabel(entry.response)) *
    doubtFactor(parsed)
  );
}

function quote(text: string, line: number): string {
  const found = (text.split('\n')[line - 1] ?? '').trim();
  return found.length > 80 ? `'${found.slice(0, 77)}…'` : `'${found}'`;
}

function fit(source: DetectSource, layout: Layout, prepared: PreparedReading): LayoutFit {
  const document: ReadableSource = { ...source, layout };
  try {
    const parsed = readDocument(document, prepared);
    const coverage = measureCoverage(document, parsed, parsed);
    const share = coverage.sourceWords === 0 ? 0 : coverage.keptWords / coverage.sourceWords;
    const line = coverage.lostLines[0];
    const problem = isComplete(coverage)
      ? undefined
      : line !== undefined
        ? `could not place line ${line}: ${quote(source.text, line)}`
        : `${coverage.invented.length} words would be added: ${coverage.invented[0] ?? ''}`;
    return {
      layout,
      entries: parsed.entries.length,
      coverage: share,
      problem,
      line,
      quality: isComplete(coverage) ? quality(parsed, coverage.sourceWords) : 0,
      parsed,
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { layout, entries: 0, coverage: 0, problem: `line ${error.line}: ${error.message}`, line: error.line, quality: 0 };
  }
}

/**
 * Every layout tried on a document, best first: complete readings before incomplete ones, then the
 * reading that looks most like one entry per question (in steps of 0.05, so that near-equal readings
 * fall to the one with more entries), then the order of LAYOUT_FAMILIES.
 */
export function detectLayouts(source: DetectSource): LayoutFit[] {
  // Every layout reads the same prepared text: preparing it once per layout was a quarter of the time detection took.
  const prepared = prepareReading(source);
  const fits = LAYOUT_FAMILIES.map((family) => fit(source, family.name, prepared));
  const declared = Number(source.questions !== undefined);
  const bucket = (value: number) => Math.round(value * 20);
  return fits
    .map((result, order) => ({ result, order }))
    .sort(
      (a, b) =>
        Number(b.result.problem === undefined) - Number(a.result.problem === undefined) ||
        // Where the sidecar says where the questions start, its reading is the editor's word.
        Number(b.result.layout === 'listed-questions') * declared - Number(a.result.layout === 'listed-questions') * declared ||
        bucket(b.result.quality) - bucket(a.result.quality) ||
        bucket(b.result.coverage) - bucket(a.result.coverage) ||
        b.result.entries - a.result.entries ||
        a.order - b.order,
    )
    .map(({ result }) => result);
}

/** Short lines repeated on three or more lines: likely page headers or footers to declare as furniture. */
export function suggestFurniture(source: DetectSource): string[] {
  const counts = new Map<string, number>();
  for (const line of prepareText(source).split('\n')) {
    const text = stripBold(line);
    if (text.length >= 3 && text.length <= 60 && /\p{L}/u.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count >= 3).map(([text]) => text);
}

/** The ranking as data for scripts (`--detect --json`): the reading itself is left out. */
export function rankingAsJson(fits: readonly LayoutFit[]): { layout: Layout; entries: number; coverage: number; problem: string | null }[] {
  return fits.map(({ layout, entries, coverage, problem }) => ({ layout, entries, coverage, problem: problem ?? null }));
}

/** The ranking as a table an editor reads in a terminal. */
export function formatRanking(fits: readonly LayoutFit[]): string[] {
  const rows = fits.map((f) => [f.layout, String(f.entries), `${Math.floor(f.coverage * 1000) / 10}%`, f.problem ?? '—']);
  const header = ['layout', 'entries', 'coverage', 'first line it could not place'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const pad = (row: string[]) =>
    row
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [pad(header), ...rows.map(pad)];
}
