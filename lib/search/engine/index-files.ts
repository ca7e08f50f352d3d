import { isListed, type EnglishWordFile } from '../../language/english-words';
import {
  MANIFEST_PATH,
  SUGGESTIONS_PATH,
  THEMES_PATH,
  docChunkPath,
  englishWordsPath,
  relatedPath,
  shardOf,
  shardPath,
  vocabularyPath,
  type DocDetails,
  type Manifest,
  type RelatedForms,
  type RelatedShard,
  type Shard,
  type Suggestions,
  type SynonymRule,
  type Vocabulary,
} from '../format';
import type { IndexSource } from './types';

/**
 * The split index's files as the engine asks for them, each fetched once and kept (a failed fetch
 * is forgotten, so that it is tried again): the manifest, a term's shard and its postings decoded,
 * the related forms and synonym rules of a term, the per-answer facts, the details of results.
 */
export class IndexFiles {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly source: IndexSource) {}

  private load<T>(path: string, read: (path: string) => Promise<T>): Promise<T> {
    let promise = this.cache.get(path) as Promise<T> | undefined;
    if (!promise) {
      promise = read(path);
      this.cache.set(path, promise);
      promise.catch(() => this.cache.delete(path));
    }
    return promise;
  }

  manifest = (): Promise<Manifest> => this.load(MANIFEST_PATH, (p) => this.source.json<Manifest>(p));
  themes = (): Promise<Uint8Array> => this.load(THEMES_PATH, (p) => this.source.bytes(p));
  shard = (n: number): Promise<Shard> => this.load(shardPath(n), (p) => this.source.json<Shard>(p));
  relatedShard = async (term: string): Promise<RelatedShard> => {
    const { relatedShardCount } = await this.manifest();
    return this.load(relatedPath(shardOf(term, relatedShardCount)), (p) => this.source.json<RelatedShard>(p));
  };
  /** Other forms of a term among the answers' terms. */
  related = async (term: string): Promise<RelatedForms | undefined> => (await this.relatedShard(term)).forms[term];
  /** The synonym rules whose phrase starts with one of these terms. */
  rules = async (terms: readonly string[]): Promise<Map<string, SynonymRule[]>> =>
    new Map(await Promise.all(terms.map(async (term) => [term, (await this.relatedShard(term)).rules[term] ?? []] as const)));
  suggestions = (): Promise<Suggestions> => this.load(SUGGESTIONS_PATH, (p) => this.source.json<Suggestions>(p));
  vocabulary = (word: string): Promise<Vocabulary> =>
    this.load(vocabularyPath(word), (p) => this.source.json<Vocabulary>(p).catch(() => []));
  /** Whether a word is English. When its list cannot be fetched, it is taken as English: never guess. */
  english = (word: string): Promise<boolean> =>
    isListed(word, (key) => this.load(`english:${key}`, () => this.source.json<EnglishWordFile>(englishWordsPath(key)))).catch(() => true);
  chunk = (docId: number): Promise<DocDetails[]> => this.load(docChunkPath(docId), (p) => this.source.json<DocDetails[]>(p));

  /** Each answer's document and each document's year, worked out once from the manifest. */
  table = () =>
    this.load('table', async () => {
      const { sources, docCount } = await this.manifest();
      const sourceOf = new Uint32Array(docCount);
      sources.forEach((row, i) => sourceOf.fill(i, row[4], sources[i + 1]?.[4] ?? docCount));
      return { sourceOf, years: sources.map((row) => Number(row[3].slice(0, 4))) };
    });

  /** A term's postings as answer → impact, decoded once and kept. */
  postings(term: string): Promise<Map<number, number> | undefined> {
    return this.load(`postings:${term}`, async () => {
      const { shardCount } = await this.manifest();
      const flat = (await this.shard(shardOf(term, shardCount)))[term];
      if (!flat) return undefined;
      const map = new Map<number, number>();
      let docId = 0;
      for (let i = 0; i < flat.length; i += 2) {
        docId += flat[i] ?? 0;
        map.set(docId, flat[i + 1] ?? 0);
      }
      return map;
    });
  }
}
