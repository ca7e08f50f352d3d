/**
 * The shape of the static search index: one place that the builder (Node, at build time) and the
 * engine (browser and Node) both import, so they cannot disagree.
 *
 *   manifest.json        counts, shard count, facet labels, synonym groups, one row per document
 *   meta.bin             per answer: its document (uint16) and theme (uint8), for filters and counts
 *   terms/<n>.json       postings of the terms whose hash falls in shard n
 *   vocab/<c>.json       terms starting with character c, for typos and typing in progress
 *   docs/<n>.json        what a result shows, DOC_CHUNK answers per file, fetched for shown results only
 */
export const INDEX_VERSION = 1;
export const DOC_CHUNK = 20;
export const META_BYTES_PER_DOC = 3;

export interface SourceRow {
  /** Index into manifest.councils. */
  council: number;
  year: number;
  /** Index into manifest.audiences / manifest.eventTypes. */
  audience: number;
  eventType: number;
  title: string;
  date: string;
}

export interface Labelled {
  id: string;
  name: string;
}

export interface Manifest {
  version: number;
  docCount: number;
  shardCount: number;
  themes: Labelled[];
  councils: Labelled[];
  audiences: Labelled[];
  eventTypes: Labelled[];
  sources: SourceRow[];
  /** Each group is the phrases (as search terms) that mean the same, from the glossary. */
  synonyms: string[][][];
  /** Glossary entries and themes to suggest when nothing is found. */
  suggestions: { label: string; href: string; terms: string[] }[];
}

/** Postings of one shard: term → [docId delta, impact, docId delta, impact, …], docIds ascending. */
export type Shard = Record<string, number[]>;

/** Vocabulary for one first character: [term, number of answers containing it]. */
export type Vocabulary = [string, number][];

/** What a result shows; `x` is the response as plain text, for the snippet. */
export interface DocDetails {
  id: string;
  q: string;
  x: string;
  s: number;
  t: number;
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
export const vocabularyPath = (term: string) => `vocab/${encodeURIComponent(term[0] ?? '_')}.json`;
export const docChunkPath = (docId: number) => `docs/${Math.floor(docId / DOC_CHUNK)}.json`;
export const MANIFEST_PATH = 'manifest.json';
export const META_PATH = 'meta.bin';
