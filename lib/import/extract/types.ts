/** Text taken out of a council's PDF, Word file or web page, and what the extraction learnt on the way. */
export interface Extraction {
  /** The document's text: the source of record the importer and every fidelity check read. */
  text: string;
  /** Headings of question-and-answer tables, written into the text as labels; for the sidecar's `labels:`. */
  labels?: { question: string[]; answer: string[] };
  /** Repeated page headers and footers left out of the text ('#' stands for a number); for `furniture:`. */
  furniture: string[];
  /** The document's title, if the file says it. */
  title?: string;
  /** What the editor should know about how the file was read. */
  notes: string[];
  /** What the extraction could not vouch for: reported after the import's summary, never read as whole. */
  doubts: ExtractionDoubt[];
}

/** A place where the extracted text may not be what the file shows, and why. */
export interface ExtractionDoubt {
  /** 1-based line of the extracted text, when the doubt has one. */
  line?: number;
  reason: string;
}
