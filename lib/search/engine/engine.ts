import { DOC_CHUNK, MANIFEST_PATH, THEMES_PATH, docChunkPath, shardOf, shardPath, vocabularyPath, type DocDetails, type Manifest, type Shard, type Vocabulary } from '../format';
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
}

/** Weight of a term reached by correcting a typo, or by completing a word still being typed. */
const TYPO_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.8;
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
  private vocabulary = (term: string): Promise<Vocabulary> => this.load(vocabularyPath(term), (p) => this.source.json<Vocabulary>(p).catch(() => []));
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

  /** Adds typo corrections and completions for a single word the index does not know. */
  private async widen(concept: Concept, isLast: boolean): Promise<Alternative[]> {
    const own = concept.alternatives[0];
    if (!concept.word || !own || own.terms.length !== 1 || (await this.postings(own.terms[0] ?? ''))) return concept.alternatives;
    const vocabulary = await this.vocabulary(concept.word);
    // A last word with completions is still being typed; otherwise it is probably mistyped.
    const completions = isLast ? prefixMatches(own.terms[0] ?? '', vocabulary).map((term) => ({ terms: [term], weight: PREFIX_WEIGHT })) : [];
    if (completions.length > 0) return [...concept.alternatives, ...completions];
    return [...concept.alternatives, ...typoMatches(concept.word, vocabulary, own.terms[0]).map((term) => ({ terms: [term], weight: TYPO_WEIGHT }))];
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
    const endsWithWord = /[\p{L}\p{N}]$/u.test(request.q);
    const widened = await Promise.all(concepts.map((concept, i) => this.widen(concept, endsWithWord && i === concepts.length - 1)));
    // Start fetching every shard at once rather than one after another.
    await Promise.all(widened.flat().flatMap((a) => a.terms).map((term) => this.postings(term)));
    const matched = new Set<string>();
    const perConcept = await Promise.all(widened.map((alternatives) => this.scoreConcept(alternatives, matched)));

    let scored: { docId: number; score: number }[];
    if (concepts.length === 0) {
      scored = Array.from({ length: manifest.docCount }, (_, docId) => ({ docId, score: 0 }));
    } else {
      const totals = new Map<number, { score: number; concepts: number }>();
      for (const scores of perConcept) {
        for (const [docId, score] of scores) {
          const total = totals.get(docId) ?? { score: 0, concepts: 0 };
          total.score += score;
          total.concepts += 1;
          totals.set(docId, total);
        }
      }
      // An answer that matches every concept of the query ranks above one that matches some.
      scored = [...totals].map(([docId, t]) => ({ docId, score: t.score * (t.concepts / concepts.length) ** 2 }));
    }

    // Filters and counts work on numbers: each answer's theme, council, year, audience and event
    // type. A bit per facet the answer fails; it counts for a facet if it fails no other.
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
      page.map(async ({ docId, score }) => {
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
    const queryTerms = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
    const suggestions = kept.length > 0 ? [] : manifest.suggestions.filter((s) => s.terms.some((t) => queryTerms.has(t))).slice(0, 8).map(({ label, href }) => ({ label, href }));
    return { total: kept.length, results, facets, terms: [...matched], suggestions };
  }
}
