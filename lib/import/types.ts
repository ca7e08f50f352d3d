import type { Kind, Layout, Source } from '../content/schema';

/** One answer as a parser found it, before theme and status rules. */
export interface ParsedEntry {
  question: string;
  /** Markdown. */
  response: string;
  section?: string;
  kind: Kind;
  /** Who asked, when the document names them in a label ("Question asked by …:") or alone on a line. */
  askedBy?: string;
  /** Who answered, when the document names them in a label ("Response by the Chairman:"). */
  answeredBy?: string;
}

/** A structural label the layout consumed: the only text, apart from declared furniture, it may drop. */
export interface ConsumedLabel {
  /** 1-based line of the normalised document. */
  line: number;
  /** The label exactly as it starts that line ("Question 3:", "  A."), or as it stands from `column`. */
  text: string;
  /** Where on the line the label starts, when it stands inside the line ("…2024? Answer: 11.4 FTE"); 0 when undefined. */
  column?: number;
}

/** A document as a parser read it: the text before the first answer, then the answers in order. */
export interface ParsedDocument {
  /** Markdown. */
  preamble: string;
  entries: ParsedEntry[];
  /** Markdown: what follows the last answer (a sign-off, the next agenda item, footnotes), kept apart from it. */
  closing?: string;
  /** Labels consumed line by line, for layouts that decide what is a label from its context. */
  labels?: ConsumedLabel[];
  /**
   * For documents that give a group's questions before their answers: how many entries each group
   * has, in order, so that the coverage check can put the document back together.
   */
  groups?: number[];
}

/** What reading a document tells the coverage check beyond the entries themselves. */
export type Reading = Pick<ParsedDocument, 'labels' | 'groups'>;

export interface LayoutInput {
  /** The prepared text (reading/prepare-text.ts): normalised, furniture removed; line numbers match the original. */
  text: string;
  /** The text exactly as received, for layouts whose structure lives in whitespace. */
  raw: string;
  /** Labels the sidecar declares, for layouts that read labels. */
  labels?: Source['labels'];
  /** Where the sidecar says each question, and perhaps each answer, starts. */
  questions?: Source['questions'];
  answers?: Source['answers'];
}

/**
 * One layout family, describing itself: a new layout is one file exporting one of these and one
 * line in LAYOUT_FAMILIES (layouts/index.ts), whose order breaks detection's ties.
 */
export interface LayoutFamily {
  name: Layout;
  /** What a document it reads looks like: the row of CONTRIBUTING.md's table and the sidecar's help. */
  description: string;
  parse(input: LayoutInput): ParsedDocument;
}
