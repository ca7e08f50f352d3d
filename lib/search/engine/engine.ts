import { foldAccents, spelledOneWay, tokenize } from '../../language/tokenize';
import { DOC_CHUNK, type Manifest, type SourceRow } from '../format';
import { CHOICE_FACETS, FACET_NAMES } from '../facets';
import { prefixMatches, typoMatches } from './fuzzy';
import { IndexFiles } from './index-files';
import { parseQuery, type Alternative, type Concept } from './query';
import { RANKING, type Ranking } from './ranking';
import type { IndexSource, SearchRequest, SearchResponse, SearchResult, Verdict, WordReport } from './types';

/** An answer's match with one concept: its score, and how surely it is the reader's concept (the alternative's weight). */
interface Match {
  score: number;
  weight: number;
}

interface Reading {
  report: WordReport;
  matches: Map<number, Match>;
}
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
const YEAR = FACET_NAMES.indexOf('year');
const NO_ROW: SourceRow = [0, 0, 0, '', 0];

/**
 * The one search engine, used by the browser and by Node tests and benchmarks. It fetches only
 * what a query needs: the shards of its terms, the per-answer facts for filters, and the details
 * of the results shown.
 */
export class SearchEngine {
  private readonly index: IndexFiles;

  /** `ranking`: the named parameters, replaceable only so that the tuning bench can try others. */
  constructor(
    source: IndexSource,
    private readonly ranking: Ranking = RANKING,
  ) {
    this.index = new IndexFiles(source);
  }

  /** The index's manifest: fetched early (when the search box takes focus), so that the first query waits less. */
  manifest = (): Promise<Manifest> => this.index.manifest();

  /** A concept's ways to match beyond the reader's own words: for a single word, its other forms among the answers' terms. */
  private async expand(concept: Concept): Promise<Alternative[]> {
    const [own] = concept.alternatives;
    if (!own || own.terms.length !== 1) return concept.alternatives;
    const related = await this.index.related(own.terms[0] ?? '');
    if (!related) return concept.alternatives;
    const [inflections, derivations] = related;
    const known = new Set(concept.alternatives.map((a) => a.terms.join(' ')));
    const forms = [
      ...inflections.map((t) => ({ terms: [t], weight: this.ranking.inflectionWeight })),
      ...derivations.map((t) => ({ terms: [t], weight: this.ranking.derivationWeight })),
    ];
    return [...concept.alternatives, ...forms.filter((a) => !known.has(a.terms[0] ?? ''))];
  }

  /**
   * One concept of the query, read honestly: as typed (with its synonyms and other forms);
   * otherwise, for a single word that is not an English word, as the word still being typed or as
   * a typo of a word of the answers; otherwise missing. A real English word is never changed into
   * another.
   */
  private async read(concept: Concept, typing: boolean, matched: Set<string>): Promise<Reading> {
    const word = concept.text;
    // Asked only when it matters, since each answer costs a fetch: most words are found as typed.
    const english = async () =>
      concept.word !== undefined && !/\d/.test(concept.word) && (await this.index.english(foldAccents(concept.word)));
    const oneWay = spelledOneWay(concept.word ?? '');
    // A last word still being typed that is not yet an English word is most likely unfinished ("paediatr").
    if (typing && concept.word && !(await english())) {
      const completions = prefixMatches(oneWay, await this.index.vocabulary(oneWay));
      const matches = await this.scoreConcept(
        completions.map((c) => ({ terms: [c.term], weight: this.ranking.prefixWeight })),
        matched,
      );
      if (matches.size > 0) return { report: { word, status: 'completed', as: completions.map((c) => c.word) }, matches };
    }
    const exact = await this.scoreConcept(await this.expand(concept), matched);
    if (exact.size > 0) return { report: { word, status: 'found', as: [] }, matches: exact };
    const missing: Reading = { report: { word, status: 'missing', as: [] }, matches: exact };
    if (!concept.word || /\d/.test(concept.word) || (await english())) return missing;
    const vocabulary = await this.index.vocabulary(oneWay);
    const stem = concept.alternatives[0]?.terms[0] ?? oneWay;
    let typos = typoMatches(oneWay, vocabulary, stem);
    if (typos.length === 0) {
      // A typo in the second letter lands in another file: a vowel for a vowel ("dislexia"), or the
      // second and third letters swapped ("shcool").
      const second = oneWay[1] ?? '';
      const prefixes = new Set(
        [...(VOWELS.includes(second) ? VOWELS.filter((v) => v !== second) : []), oneWay[2] ?? ''].map((letter) => `${oneWay[0]}${letter}`),
      );
      prefixes.delete(oneWay.slice(0, 2));
      const others = await Promise.all([...prefixes].map((prefix) => this.index.vocabulary(prefix)));
      typos = typoMatches(oneWay, others.flat(), stem);
    }
    const matches = await this.scoreConcept(
      typos.map((t) => ({ terms: [t.term], weight: this.ranking.typoWeight })),
      matched,
    );
    return matches.size > 0 ? { report: { word, status: 'corrected', as: typos.map((t) => t.word) }, matches } : missing;
  }

  /** Each answer's match with one concept: its best alternative; a phrase needs all its terms. */
  private async scoreConcept(alternatives: Alternative[], matched: Set<string>): Promise<Map<number, Match>> {
    const matches = new Map<number, Match>();
    for (const alternative of alternatives) {
      const lists = await Promise.all(alternative.terms.map((term) => this.index.postings(term)));
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
        if (score > (matches.get(docId)?.score ?? 0))
          matches.set(docId, { score, weight: Math.max(alternative.weight, matches.get(docId)?.weight ?? 0) });
      }
    }
    return matches;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const [manifest, themes, rules] = await Promise.all([
      this.index.manifest(),
      this.index.themes(),
      this.index.rules(tokenize(request.q)),
    ]);
    const concepts = parseQuery(request.q, rules);
    const typing = request.complete === true && /[\p{L}\p{N}]$/u.test(request.q);
    // Start fetching the shards of every word at once rather than one after another.
    const ownTerms = concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms));
    await Promise.all([...ownTerms.map((term) => this.index.postings(term)), ...ownTerms.map((term) => this.index.related(term))]);
    const matched = new Set<string>();
    const lastWord = (i: number) => typing && i === concepts.length - 1;
    const readings = (
      await Promise.all(
        concepts.map(async (concept, i) => {
          const reading = await this.read(concept, lastWord(i), matched);
          if (reading.matches.size > 0 || concept.word !== undefined) return [reading];
          // A phrase that no answer says in any of its ways is read word by word, so that its other words still count ("school transport").
          const words = parseQuery(concept.text, new Map());
          return Promise.all(words.map((word, j) => this.read(word, lastWord(i) && j === words.length - 1, matched)));
        }),
      )
    ).flat();

    // Evidence, not veto: each concept counts by how telling it is (its idf among the answers); a
    // word no answer contains is named to the reader and counts as information no answer carries.
    const n = manifest.docCount;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const information = readings.map((r) => (r.matches.size > 0 ? idf(r.matches.size) : this.ranking.missingInformation * idf(1)));
    const totalInformation = information.reduce((a, b) => a + b, 0);
    let scored: { docId: number; score: number; share: number }[];
    if (concepts.length === 0) {
      scored = Array.from({ length: n }, (_, docId) => ({ docId, score: 0, share: 1 }));
    } else {
      const totals = new Map<number, { score: number; carried: number }>();
      readings.forEach(({ matches }, i) => {
        for (const [docId, match] of matches) {
          const total = totals.get(docId) ?? { score: 0, carried: 0 };
          total.score += match.score;
          total.carried += (information[i] ?? 0) * match.weight;
          totals.set(docId, total);
        }
      });
      scored = [...totals].map(([docId, t]) => {
        const share = t.carried / totalInformation;
        return { docId, score: t.score * share ** this.ranking.coverageExponent, share };
      });
    }
    const all = await this.select(scored, request, manifest, themes);
    const verdict: Verdict =
      all.strength >= this.ranking.matchShare ? 'matches' : all.strength >= this.ranking.noAnswerShare ? 'closest' : 'none';
    // The matches are the answers that carry a good part of what the best one carries; the rest share only a word or two.
    const enough = Math.max(this.ranking.noAnswerShare, this.ranking.resultShare * all.strength);
    const main =
      verdict === 'matches'
        ? await this.select(
            scored.filter((s) => s.share >= enough),
            request,
            manifest,
            themes,
          )
        : undefined;

    const queryTerms = new Set(ownTerms);
    const suggestions =
      verdict === 'matches'
        ? []
        : (await this.index.suggestions())
            .filter((s) => s.terms.some((t) => queryTerms.has(t)))
            .slice(0, 8)
            .map(({ label, href }) => ({ label, href }));
    return {
      verdict,
      strength: all.strength,
      total: main?.total ?? 0,
      results: main?.results ?? [],
      facets: (main ?? all).facets,
      terms: [...matched],
      suggestions,
      words: readings.map((reading) => reading.report),
      ...(!main && all.total > 0 ? { closest: { total: all.total, results: all.results } } : {}),
    };
  }

  /**
   * Filters, facet counts, order and the page shown. Filters and counts work on numbers: each
   * answer's value for each facet of lib/search/facets.ts and its year; a bit per facet the answer fails, and
   * it counts for a facet if it fails no other.
   */
  private async select(
    scored: readonly { docId: number; score: number; share: number }[],
    request: SearchRequest,
    manifest: Manifest,
    themes: Uint8Array,
  ) {
    const { sourceOf, years } = await this.index.table();
    const wanted = (list: readonly { id: string }[], id: string | undefined) =>
      id === undefined ? undefined : list.findIndex((item) => item.id === id);
    const labelOf = CHOICE_FACETS.map((facet) => manifest[facet.values]);
    const want = CHOICE_FACETS.map((facet, i) => wanted(labelOf[i] ?? [], request[facet.name]));
    const counts = FACET_NAMES.map(() => new Map<number, number>());
    const kept: { docId: number; score: number; date: string }[] = [];
    let strength = 0;
    for (const item of scored) {
      const sourceIndex = sourceOf[item.docId] ?? 0;
      const row = manifest.sources[sourceIndex] ?? NO_ROW;
      const year = years[sourceIndex] ?? 0;
      const values = [...CHOICE_FACETS.map((facet) => facet.valueOf(row, themes[item.docId] ?? 0)), year];
      let fails = 0;
      want.forEach((target, facet) => {
        if (target !== undefined && values[facet] !== target) fails |= 1 << facet;
      });
      if ((request.from && year < request.from) || (request.to && year > request.to)) fails |= 1 << YEAR;
      values.forEach((value, facet) => {
        if ((fails & ~(1 << facet)) === 0) counts[facet]?.set(value, (counts[facet]?.get(value) ?? 0) + 1);
      });
      if (fails !== 0) continue;
      kept.push({ docId: item.docId, score: item.score, date: row[3] });
      strength = Math.max(strength, item.share);
    }
    const facets = Object.fromEntries(
      FACET_NAMES.map((name, facet) => [
        name,
        new Map([...(counts[facet] ?? [])].map(([value, count]) => [labelOf[facet]?.[value]?.id ?? String(value), count])),
      ]),
    ) as SearchResponse['facets'];
    // Best first; without a query, newest first; ties in document order, so results never shuffle.
    kept.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.docId - b.docId);

    const pageSize = request.pageSize ?? 10;
    const page = kept.slice(((request.page ?? 1) - 1) * pageSize, (request.page ?? 1) * pageSize);
    const results = await Promise.all(
      page.map(async ({ docId, score }): Promise<SearchResult> => {
        const details = (await this.index.chunk(docId))[docId % DOC_CHUNK];
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
    return { total: kept.length, results, facets, strength };
  }
}
