import { tokenize } from '../language/tokenize';

/** What the comparison needs to know of an answer. */
export interface AnswerLike {
  id: string;
  council: string;
  theme: string;
  question: string;
  response: string;
}

/** How many of an answer's most telling terms describe it; the rest of its words do not take part. */
const TERMS_PER_ANSWER = 40;
/** How many answers each (theme, term) pair keeps, those where the term weighs most: the bound that keeps the pass linear. */
const BUCKET_SIZE = 64;
/** Below this cosine (over the telling terms) two answers are not about the same thing. */
const MIN_SIMILARITY = 0.05;
export const MAX_SIMILAR = 5;
/** So that the list shows how several councils answered, not one council five times. */
const MAX_PER_COUNCIL = 2;
/** A word in the question says more about what was asked than one in a long answer. */
const QUESTION_WEIGHT = 2;

interface Vector {
  /** Term ids (see tellingTerms), most telling first. */
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Each answer's most telling terms (tf-idf), scaled to length 1, so that a dot product is a cosine.
 * Terms become numbers as they are first seen, so that 100,000 answers do not leave millions of
 * short-lived strings and maps behind; `vocabulary` is how many there are.
 */
function tellingTerms(items: readonly AnswerLike[]): { vectors: Vector[]; vocabulary: number } {
  const ids = new Map<string, number>();
  const counts = (item: AnswerLike) => {
    const counted = new Map<number, number>();
    const add = (text: string, weight: number) => {
      for (const term of tokenize(text)) {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = ids.size));
        counted.set(id, (counted.get(id) ?? 0) + weight);
      }
    };
    add(item.question, QUESTION_WEIGHT);
    add(item.response, 1);
    return counted;
  };
  // Two passes, tokenising twice, so that only one answer's counts are held at a time.
  const documentFrequency: number[] = [];
  for (const item of items) for (const id of counts(item).keys()) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const vectors = items.map((item) => {
    const scored = [...counts(item)]
      .map(([id, count]) => ({ id, weight: count * Math.log(items.length / (documentFrequency[id] ?? 1)) }))
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight || a.id - b.id)
      .slice(0, TERMS_PER_ANSWER);
    const length = Math.hypot(...scored.map(({ weight }) => weight)) || 1;
    return { terms: Int32Array.from(scored, ({ id }) => id), weights: Float64Array.from(scored, ({ weight }) => weight / length) };
  });
  return { vectors, vocabulary: ids.size };
}

/** Each item's value of `key` as a small number, the same for equal values: compared as numbers in the inner loop. */
function numbered<T>(items: readonly T[], key: (item: T) => string): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(items, (item) => {
    const value = key(item);
    let number = numbers.get(value);
    if (number === undefined) numbers.set(value, (number = numbers.size));
    return number;
  });
}

/** Candidates beyond this many are never reached: the council limit and exclusions pass over only a few. */
const SHORTLIST = MAX_SIMILAR * 4;

/** The best-scoring candidates above the threshold, best first, by insertion into a short list: no sort of every candidate. */
function best(candidates: readonly number[], scores: Float64Array): number[] {
  const list: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const candidate of candidates) {
    if (scores[candidate]! < MIN_SIMILARITY) continue;
    if (list.length === SHORTLIST && !better(candidate, list[SHORTLIST - 1]!)) continue;
    if (list.length === SHORTLIST) list.pop();
    let at = list.length;
    while (at > 0 && better(candidate, list[at - 1]!)) at--;
    list.splice(at, 0, candidate);
  }
  return list;
}

/**
 * For each answer, up to five answers on the same theme from other councils that use the same telling
 * words, best first: "How other councils answered". Only answers with a response are offered. Each
 * answer is compared only with the answers kept under its own telling terms, so the work grows with
 * the number of answers, not its square. `exclude` holds pairs already shown elsewhere (the same
 * question, under "Also asked").
 */
export function findSimilarAnswers(
  items: readonly AnswerLike[],
  exclude: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, string[]> {
  const { vectors, vocabulary } = tellingTerms(items);
  const themeOf = numbered(items, (item) => item.theme);
  const councilOf = numbered(items, (item) => item.council);
  // One number for each (theme, term) pair.
  const keyOf = (index: number, term: number) => themeOf[index]! * vocabulary + term;
  const collected = new Map<number, { index: number; weight: number }[]>();
  items.forEach((item, index) => {
    if (item.response.trim() === '') return;
    const vector = vectors[index]!;
    vector.terms.forEach((term, position) => {
      const key = keyOf(index, term);
      const member = { index, weight: vector.weights[position]! };
      const bucket = collected.get(key);
      if (bucket) bucket.push(member);
      else collected.set(key, [member]);
    });
  });
  // Kept as typed arrays: the scoring loop below runs answers × terms × bucket size times.
  const buckets = new Map<number, { indexes: Int32Array; weights: Float64Array }>();
  for (const [key, members] of collected) {
    const kept =
      members.length > BUCKET_SIZE ? members.sort((a, b) => b.weight - a.weight || a.index - b.index).slice(0, BUCKET_SIZE) : members;
    buckets.set(key, {
      indexes: Int32Array.from(kept, (member) => member.index),
      weights: Float64Array.from(kept, (member) => member.weight),
    });
  }
  collected.clear();

  const result = new Map<string, string[]>();
  // One score slot per answer, reset after each use: no map of candidates per answer.
  const scores = new Float64Array(items.length);
  const touched: number[] = [];
  items.forEach((item, index) => {
    const { terms, weights } = vectors[index]!;
    const council = councilOf[index];
    touched.length = 0;
    for (let position = 0; position < terms.length; position++) {
      const bucket = buckets.get(keyOf(index, terms[position]!));
      if (!bucket) continue;
      const weight = weights[position]!;
      for (let member = 0; member < bucket.indexes.length; member++) {
        const other = bucket.indexes[member]!;
        if (councilOf[other] === council) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight * bucket.weights[member]!;
      }
    }
    const ranked = best(touched, scores);
    for (const other of touched) scores[other] = 0;
    const excluded = new Set(exclude.get(item.id) ?? []);
    const perCouncil = new Map<string, number>();
    const chosen: string[] = [];
    for (const other of ranked) {
      const { id, council: otherCouncil } = items[other]!;
      if (excluded.has(id) || (perCouncil.get(otherCouncil) ?? 0) >= MAX_PER_COUNCIL) continue;
      perCouncil.set(otherCouncil, (perCouncil.get(otherCouncil) ?? 0) + 1);
      chosen.push(id);
      if (chosen.length === MAX_SIMILAR) break;
    }
    if (chosen.length > 0) result.set(item.id, chosen);
  });
  return result;
}
