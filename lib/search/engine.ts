import { DOC_CHUNK, META_BYTES_PER_DOC, META_PATH, MANIFEST_PATH, docChunkPath, shardOf, shardPath, vocabularyPath, type DocDetails, type Manifest, type Shard, type Vocabulary } from './format';
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
  title: string;
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
  private meta = (): Promise<Uint8Array> => this.load(META_PATH, (p) => this.source.bytes(p));
  private shard = (n: number): Promise<Shard> => this.load(shardPath(n), (p) => this.source.json<Shard>(p));
  private vocabulary = (term: string): Promise<Vocabulary> => this.load(vocabularyPath(term), (p) => this.source.json<Vocabulary>(p).catch(() => []));
  private chunk = (docId: number): Promise<DocDetails[]> => this.load(docChunkPath(docId), (p) => this.source.json<DocDetails[]>(p));

  private async postings(term: string): Promise<Map<number, number> | undefined> {
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
    const [manifest, meta] = await Promise.all([this.manifest(), this.meta()]);
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

    const facts = (docId: number) => {
      const sourceIndex = (meta[docId * META_BYTES_PER_DOC] ?? 0) | ((meta[docId * META_BYTES_PER_DOC + 1] ?? 0) << 8);
      const source = manifest.sources[sourceIndex];
      return {
        source,
        theme: manifest.themes[meta[docId * META_BYTES_PER_DOC + 2] ?? 0]?.id ?? '',
        council: manifest.councils[source?.council ?? 0]?.id ?? '',
        year: String(source?.year ?? ''),
        audience: manifest.audiences[source?.audience ?? 0]?.id ?? '',
        eventType: manifest.eventTypes[source?.eventType ?? 0]?.id ?? '',
      };
    };
    const passes = (f: ReturnType<typeof facts>, except?: FacetName) =>
      (except === 'theme' || !request.theme || f.theme === request.theme) &&
      (except === 'council' || !request.council || f.council === request.council) &&
      (except === 'audience' || !request.audience || f.audience === request.audience) &&
      (except === 'eventType' || !request.eventType || f.eventType === request.eventType) &&
      (except === 'year' || ((!request.from || Number(f.year) >= request.from) && (!request.to || Number(f.year) <= request.to)));

    const facets = Object.fromEntries(FACETS.map((name) => [name, new Map<string, number>()])) as SearchResponse['facets'];
    const kept: { docId: number; score: number; date: string }[] = [];
    for (const item of scored) {
      const f = facts(item.docId);
      for (const name of FACETS) {
        if (passes(f, name)) facets[name].set(f[name], (facets[name].get(f[name]) ?? 0) + 1);
      }
      if (passes(f)) kept.push({ ...item, date: f.source?.date ?? '' });
    }
    // Best first; without a query, newest first; ties in document order, so results never shuffle.
    kept.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.docId - b.docId);

    const pageSize = request.pageSize ?? 10;
    const page = kept.slice(((request.page ?? 1) - 1) * pageSize, (request.page ?? 1) * pageSize);
    const results = await Promise.all(
      page.map(async ({ docId, score }) => {
        const details = (await this.chunk(docId))[docId % DOC_CHUNK];
        const source = manifest.sources[details?.s ?? 0];
        return {
          id: details?.id ?? '',
          question: details?.q ?? '',
          excerpt: details?.x ?? '',
          council: manifest.councils[source?.council ?? 0]?.name ?? '',
          date: source?.date ?? '',
          year: source?.year ?? 0,
          theme: manifest.themes[details?.t ?? 0]?.name ?? '',
          title: source?.title ?? '',
          score,
        };
      }),
    );
    const queryTerms = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
    const suggestions = kept.length > 0 ? [] : manifest.suggestions.filter((s) => s.terms.some((t) => queryTerms.has(t))).slice(0, 8).map(({ label, href }) => ({ label, href }));
    return { total: kept.length, results, facets, terms: [...matched], suggestions };
  }
}
