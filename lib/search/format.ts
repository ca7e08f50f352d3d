/**
 * The shape of the static search index: one place that the builder (Node, at build time) and the
 * engine (browser and Node) both import, so they cannot disagree.
 *
 *   manifest.json        counts, shard counts, facet labels, synonym rules, one row per document
 *   themes.bin           one byte per answer: its theme, for filters and counts
 *   terms/<n>.json       postings of the terms whose hash falls in shard n
 *   related/<n>.json     for any English word's term in shard n, the answers' terms that are other
 *                        forms of the word (a lemmatiser and WordNet): autistic finds autism
 *   vocab/<cc>.json      words of the answers starting with cc (one spelling for British and American
 *                        forms), each with its term, for typos and words being typed
 *   words/<cc>.json      English words starting with cc: a real word is never taken for a typo
 *   docs/<n>.json        what a result shows, DOC_CHUNK answers per file, fetched for shown results only
 *
 * Answers are numbered document by document, so a document's answers are one run of numbers and
 * each answer's council, date, audience and event type come from its document's row.
 */
export const INDEX_VERSION = 5;
export const DOC_CHUNK = 4;

/** A document: [council index, audience index, event type index, date, first answer number]. */
export type SourceRow = [council: number, audience: number, eventType: number, date: string, first: number];

export interface Labelled {
  id: string;
  name: string;
}

export interface Manifest {
  version: number;
  docCount: number;
  shardCount: number;
  relatedShardCount: number;
  themes: Labelled[];
  councils: Labelled[];
  audiences: Labelled[];
  eventTypes: Labelled[];
  sources: SourceRow[];
}

/** Glossary entries and themes to suggest when nothing is found: fetched only then. */
export type Suggestions = { label: string; href: string; terms: string[] }[];

/** A phrase of the reader's, as search terms, and the phrases that answers may say it with. */
export type SynonymRule = [phrase: string[], alternatives: string[][]];

/** A term's other forms among the answers' terms: inflections (children → child), derivations (autist → autism). */
export type RelatedForms = [inflections: string[], derivations: string[]];
/**
 * What else a query's terms may mean, by term: its other forms, and the synonym rules whose phrase
 * starts with it. Sharded like the postings, so a query fetches only its own terms' rules rather
 * than every rule (which were 7 KB of the first query's manifest).
 */
export interface RelatedShard {
  forms: Record<string, RelatedForms>;
  rules: Record<string, SynonymRule[]>;
}

/** Postings of one shard: term → [docId delta, impact, docId delta, impact, …], docIds ascending. */
export type Shard = Record<string, number[]>;

/** Words of the answers for one two-letter prefix: [word, its search term, answers containing the term]. */
export type Vocabulary = [word: string, term: string, df: number][];

/** What a result shows; `x` is the response as plain text, for the snippet. */
export interface DocDetails {
  id: string;
  q: string;
  x: string;
}

/** FNV-1a: a fast hash that spreads terms evenly over shards, identical in every JavaScript engine. */
export function hashTerm(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const shardOf = (term: string, shardCount: number) => hashTerm(term) % shardCount;
export const shardPath = (shard: number) => `terms/${shard}.json`;
export const relatedPath = (shard: number) => `related/${shard}.json`;
/** The vocabulary file of a word, by its two first letters once spelt one way (`paediatr` → `pe`). */
export const vocabularyPath = (word: string) => `vocab/${encodeURIComponent(word.slice(0, 2) || '_')}.json`;
export const englishWordsPath = (key: string) => `words/${encodeURIComponent(key || '_')}.json`;
export const docChunkPath = (docId: number) => `docs/${Math.floor(docId / DOC_CHUNK)}.json`;
export const MANIFEST_PATH = 'manifest.json';
export const SUGGESTIONS_PATH = 'suggestions.json';
export const THEMES_PATH = 'themes.bin';
