import type { LabelReader } from '../reading/labels';

/** How a layout asks the shared reader (qa-stream.ts) to find its questions and answers. */
export interface StreamOptions {
  question: LabelReader;
  /** An answer label, where the document has them; otherwise the answer starts after the question's paragraph. */
  answer?: LabelReader;
  /** Question numbers must follow on (1, 2, 3 …, or 1 again after a heading), so a numbered list in an answer is not a question. */
  sequential?: boolean;
  /**
   * The document labels every answer (the sidecar declares its labels, or a table's columns gave
   * them): all that stands between a question's label and its answer's is the question.
   */
  labelsEveryAnswer?: boolean;
  /** `comment<TAB>response` lines are entries of their own (a comment table pasted from Word). */
  tabRows?: boolean;
  /** …and so are `comment / response` lines, the document being such a table flattened (reading/table-rows.ts). */
  slashRows?: boolean;
  /** What to say when no question is found. */
  noQuestion: string;
}
