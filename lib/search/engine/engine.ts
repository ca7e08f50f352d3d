import { wordListKey } from '../../language/english-words';
import { foldAccents, spelledOneWay } from '../../language/tokenize';
import { DOC_CHUNK, MANIFEST_PATH, THEMES_PATH, docChunkPath, englishWordsPath, shardOf, shardPath, vocabularyPath, type DocDetails, type Manifest, type Shard, type Vocabulary } from '../format';
import { prefixMatches, typoMatches } from './fuzzy';
import { parseQuery, type Alternative, type Concept } from './query';

/** Where the index files come from: fetch in the browser, the file system in Node. */
export interface IndexSource {
  json<T>(path: string): Promise<T>;
  bytes(path: string): Promise<Uint8Array>;
}

export interface SearchRequest {
  q: string;
  theme?: string;
  council?: string;
  audience?: string;
  eventType?: string;
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

export type FacetName = 'theme' | 'council' | 'year' | 'audience' | 'eventType';

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  /** For each facet, how many results each value would give with the other filters kept. */
  facets: Record<FacetName, Map<string, number>>;
  /** Index terms that matched, for highlighting. */
  terms: string[];
  suggestions: { label: string; href: string }[];
  words: WordReport[];
  /**
   * When some words of the query are missing, no answer is a match; answers that contain the other
   * words are offered apart, as such, never counted as results.
   */
  partial?: { total: number; results: SearchResult[] };
}

interface Reading {
  report: WordReport;
  scores: Map<number, number>;
}

/** Weight of a term reached by correcting a typo, or by completing a word still being typed. */
const TYPO_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.8;
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
const FACETS: FacetName[] = ['theme', 'council', 'year', 'audience', 'eventType'];
const YEAR = FACETS.indexOf('year');

/**
 * The one search engine, used by the browser and by Node tests and benchmarks. It fetches only
 * what a query needs: the shards of its terms, the per-answer facts for filters, and the details
 * of the results shown.
 */
export class SearchEngine {
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
  private themes = (): Promise<Uint8Array> => this.load(THEMES_PATH, (p) => this.source.bytes(p));
  private shard = (n: number): Promise<Shard> => this.load(shardPath(n), (p) => this.source.json<Shard>(p));
  private vocabulary = (word: string): Promise<Vocabulary> => this.load(vocabularyPath(word), (p) => this.source.json<Vocabulary>(p).catch(() => []));
  /** Whether a word is English. When its list cannot be fetched, it is taken as English: never guess. */
  private english = (word: string): Promise<boolean> =>
    this.load(`english:${wordListKey(word)}`, async () => new Set(await this.source.json<string[]>(englishWordsPath(wordListKey(word)))))
      .then((words) => words.has(word))
      .catch(() => true);
  private chunk = (docId: number): Promise<DocDetails[]> => this.load(docChunkPath(docId), (p) => this.source.json<DocDetails[]>(p));

  /** Each answer's document and each document's year, worked out once from the manifest. */
  private table = () =>
    this.load('table', async () => {
      const { sources, docCount } = await this.manifest();
      const sourceOf = new Uint32Array(docCount);
      sources.forEach((row, i) => sourceOf.fill(i, row[4], sources[i + 1]?.[4] ?? docCount));
      return { sourceOf, years: sources.map((row) => Number(row[3].slice(0, 4))) };
    });

  /** A term's postings as answer → impact, decoded once and kept. */
  private postings(term: string): Promise<Map<number, number> | undefined> {
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

  /**
   * One concept of the query, read honestly: as typed (with its synonyms); otherwise, for a single
   * word that is not an English word, as the word still being typed or as a typo of a word of the
   * answers; otherwise missing. A real English word is never changed into another.
   */
  private async read(concept: Concept, typing: boolean, matched: Set<string>): Promise<Reading> {
    const word = concept.word ?? concept.alternatives[0]?.terms.join(' ') ?? '';
    const exact = await this.scoreConcept(concept.alternatives, matched);
    if (exact.size > 0) return { report: { word, status: 'found', as: [] }, scores: exact };
    const missing: Reading = { report: { word, status: 'missing', as: [] }, scores: exact };
    if (!concept.word || /\d/.test(concept.word) || (await this.english(foldAccents(concept.word)))) return missing;
    const oneWay = spelledOneWay(concept.word);
    const vocabulary = await this.vocabulary(oneWay);
    if (typing) {
      const completions = prefixMatches(oneWay, vocabulary);
      const scores = await this.scoreConcept(completions.map((c) => ({ terms: [c.term], weight: PREFIX_WEIGHT })), matched);
      if (scores.size > 0) return { report: { word, status: 'completed', as: completions.map((c) => c.word) }, scores };
    }
    const stem = concept.alternatives[0]?.terms[0] ?? oneWay;
    let typos = typoMatches(oneWay, vocabulary, stem);
    if (typos.length === 0) {
      // A typo in the second letter lands in another file: a vowel for a vowel ("dislexia"), or the
      // second and third letters swapped ("shcool").
      const second = oneWay[1] ?? '';
      const prefixes = new Set([...(VOWELS.includes(second) ? VOWELS.filter((v) => v !== second) : []), oneWay[2] ?? ''].map((letter) => `${oneWay[0]}${letter}`));
      prefixes.delete(oneWay.slice(0, 2));
      const others = await Promise.all([...prefixes].map((prefix) => this.vocabulary(prefix)));
      typos = typoMatches(oneWay, others.flat(), stem);
    }
    const scores = await this.scoreConcept(typos.map((t) => ({ terms: [t.term], weight: TYPO_WEIGHT })), matched);
    return scores.size > 0 ? { report: { word, status: 'corrected', as: typos.map((t) => t.word) }, scores } : missing;
  }

  /** Each answer's score for one concept: its best alternative; a phrase needs all its terms. */
  private async scoreConcept(alternatives: Alternative[], matched: Set<string>): Promise<Map<number, number>> {
    const scores = new Map<number, number>();
    for (const alternative of alternatives) {
      const lists = await Promise.all(alternative.terms.map((term) => this.postings(term)));
      if (lists.some((list) => list === undefined)) continue;
      const [first, ...rest] = lists as Map<number, number>[];
      for (const [docId, impact] of first ?? []) {
        let total = impact;
        let all = true;
        for (const list of rest) {
          const other = list.get(docId);
          if (other === undefined) {
            all = false;
            break;
          }
          total += other;
        }
        if (!all) continue;
        alternative.terms.forEach((term) => matched.add(term));
        const score = (alternative.weight * total) / alternative.terms.length;
        if (score > (scores.get(docId) ?? 0)) scores.set(docId, score);
      }
    }
    return scores;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const [manifest, themes] = await Promise.all([this.manifest(), this.themes()]);
    const concepts = parseQuery(request.q, manifest.synonyms);
    const typing = request.complete === true && /[\p{L}\p{N}]$/u.test(request.q);
    // Start fetching the shards of every word at once rather than one after another.
    await Promise.all(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)).map((term) => this.postings(term)));
    const matched = new Set<string>();
    const readings = await Promise.all(concepts.map((concept, i) => this.read(concept, typing && i === concepts.length - 1, matched)));
    const found = readings.filter((reading) => reading.report.status !== 'missing');

    let scored: { docId: number; score: number }[];
    if (concepts.length === 0) {
      scored = Array.from({ length: manifest.docCount }, (_, docId) => ({ docId, score: 0 }));
    } else {
      const totals = new Map<number, { score: number; concepts: number }>();
      for (const { scores } of found) {
        for (const [docId, score] of scores) {
          const total = totals.get(docId) ?? { score: 0, concepts: 0 };
          total.score += score;
          total.concepts += 1;
          totals.set(docId, total);
        }
      }
      // An answer that matches every word of the query ranks above one that matches some.
      scored = [...totals].map(([docId, t]) => ({ docId, score: t.score * (t.concepts / found.length) ** 2 }));
    }
    // A word no answer contains makes every answer a partial match at best: none is a result.
    const someMissing = found.length < readings.length;
    const main = await this.select(someMissing ? [] : scored, request, manifest, themes);
    const partial = someMissing && found.length > 0 ? await this.select(scored, { ...request, page: 1 }, manifest, themes) : undefined;

    const queryTerms = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
    const suggestions = main.total > 0 ? [] : manifest.suggestions.filter((s) => s.terms.some((t) => queryTerms.has(t))).slice(0, 8).map(({ label, href }) => ({ label, href }));
    return {
      total: main.total,
      results: main.results,
      facets: main.facets,
      terms: [...matched],
      suggestions,
      words: readings.map((reading) => reading.report),
      ...(partial && partial.total > 0 ? { partial: { total: partial.total, results: partial.results } } : {}),
    };
  }

  /**
   * Filters, facet counts, order and the page shown. Filters and counts work on numbers: each
   * answer's theme, council, year, audience and event type; a bit per facet the answer fails, and
   * it counts for a facet if it fails no other.
   */
  private async select(scored: readonly { docId: number; score: number }[], request: SearchRequest, manifest: Manifest, themes: Uint8Array) {
    const { sourceOf, years } = await this.table();
    const wanted = (list: readonly { id: string }[], id: string | undefined) => (id === undefined ? undefined : list.findIndex((item) => item.id === id));
    const want = [wanted(manifest.themes, request.theme), wanted(manifest.councils, request.council), undefined, wanted(manifest.audiences, request.audience), wanted(manifest.eventTypes, request.eventType)];
    const counts = FACETS.map(() => new Map<number, number>());
    const kept: { docId: number; score: number; date: string }[] = [];
    for (const item of scored) {
      const sourceIndex = sourceOf[item.docId] ?? 0;
      const [council = 0, audience = 0, eventType = 0, date = ''] = manifest.sources[sourceIndex] ?? [];
      const year = years[sourceIndex] ?? 0;
      const values = [themes[item.docId] ?? 0, council, year, audience, eventType];
      let fails = 0;
      values.forEach((value, facet) => {
        const target = want[facet];
        if (target !== undefined && value !== target) fails |= 1 << facet;
      });
      if ((request.from && year < request.from) || (request.to && year > request.to)) fails |= 1 << YEAR;
      values.forEach((value, facet) => {
        if ((fails & ~(1 << facet)) === 0) counts[facet]?.set(value, (counts[facet]?.get(value) ?? 0) + 1);
      });
      if (fails === 0) kept.push({ docId: item.docId, score: item.score, date });
    }
    const labelOf = [manifest.themes, manifest.councils, undefined, manifest.audiences, manifest.eventTypes];
    const facets = Object.fromEntries(
      FACETS.map((name, facet) => [name, new Map([...(counts[facet] ?? [])].map(([value, count]) => [labelOf[facet]?.[value]?.id ?? String(value), count]))]),
    ) as SearchResponse['facets'];
    // Best first; without a query, newest first; ties in document order, so results never shuffle.
    kept.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.docId - b.docId);

    const pageSize = request.pageSize ?? 10;
    const page = kept.slice(((request.page ?? 1) - 1) * pageSize, (request.page ?? 1) * pageSize);
    const results = await Promise.all(
      page.map(async ({ docId, score }): Promise<SearchResult> => {
        const details = (await this.chunk(docId))[docId % DOC_CHUNK];
        const sourceIndex = sourceOf[docId] ?? 0;
        const [council = 0, , , date = ''] = manifest.sources[sourceIndex] ?? [];
        return {
          id: details?.id ?? '',
          question: details?.q ?? '',
          excerpt: details?.x ?? '',
          council: manifest.councils[council]?.name ?? '',
          date,
          year: years[sourceIndex] ?? 0,
          theme: manifest.themes[themes[docId] ?? 0]?.name ?? '',
          score,
        };
      }),
    );
    return { total: kept.length, results, facets };
  }
}
