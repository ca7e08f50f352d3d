import type { ChoiceFacetName, FacetName } from '../facets';

/** Where the index files come from: fetch in the browser, the file system in Node. */
export interface IndexSource {
  json<T>(path: string): Promise<T>;
  bytes(path: string): Promise<Uint8Array>;
}

/** A search: its words, a value for any of the choice filters (lib/search/facets.ts), a year range. */
export interface SearchRequest extends Partial<Record<ChoiceFacetName, string>> {
  q: string;
  from?: number;
  to?: number;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /**
   * The reader is still typing: a last word that is not a whole English word may be completed
   * ("tribu" → tribunal). A submitted search takes every word as typed.
   */
  complete?: boolean;
}

/**
 * What became of each word of the query: found as typed (or through a synonym), corrected (not an
 * English word, and close to a word of the answers), completed (still being typed), or missing:
 * no answer contains it, and it was not changed into another word.
 */
export type WordStatus = 'found' | 'corrected' | 'completed' | 'missing';
export interface WordReport {
  word: string;
  status: WordStatus;
  /** For a corrected or completed word: the words of the answers it was taken as. */
  as: string[];
}

export interface SearchResult {
  id: string;
  question: string;
  excerpt: string;
  council: string;
  date: string;
  year: number;
  theme: string;
  score: number;
}

/**
 * What the page should say: `matches`, answers that carry most of what the query asks; `closest`,
 * none does, but these come nearest (shown as such); `none`, nothing comes near enough to help.
 */
export type Verdict = 'matches' | 'closest' | 'none';

export interface SearchResponse {
  verdict: Verdict;
  /** The share of the query's information that the best answer carries, 0–1: what the verdict is decided on. */
  strength: number;
  /** Answers shown as matches: only when the verdict is `matches`. */
  total: number;
  results: SearchResult[];
  /** For each facet, how many answers each value would give with the other filters kept. */
  facets: Record<FacetName, Map<string, number>>;
  /** Index terms that matched, for highlighting. */
  terms: string[];
  suggestions: { label: string; href: string }[];
  words: WordReport[];
  /** When no answer is a match: the answers that come closest, offered apart and said to be so. */
  closest?: { total: number; results: SearchResult[] };
}
