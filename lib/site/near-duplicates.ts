import { tokenize } from '../language/tokenize';

/** A question and the others that ask much the same thing. */
export interface QuestionLike {
  id: string;
  question: string;
}

/** Share of search terms two questions have in common for them to count as the same question. */
const SIMILARITY = 0.5;
const MIN_TERMS = 3;
/** Each question is compared only with questions sharing one of its rarest terms: linear, not n². */
const RAREST = 3;
const MAX_SHOWN = 5;
const MAX_BUCKET = 200;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** For each question, the ids of other questions that ask much the same (including exact repeats). */
export function findNearDuplicates(items: readonly QuestionLike[]): Map<string, string[]> {
  const terms = items.map((item) => new Set(tokenize(item.question)));
  const frequency = new Map<string, number>();
  for (const set of terms) for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const buckets = new Map<string, number[]>();
  const rarestOf = terms.map((set) =>
    [...set].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b)).slice(0, RAREST),
  );
  terms.forEach((_, index) => {
    for (const term of rarestOf[index] ?? []) {
      const bucket = buckets.get(term);
      if (bucket) bucket.push(index);
      else buckets.set(term, [index]);
    }
  });
  const result = new Map<string, string[]>();
  // Short questions count only when they are the same question; longer ones when they mostly agree.
  const alike = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
    const similarity = jaccard(a, b);
    return similarity === 1 || (Math.min(a.size, b.size) >= MIN_TERMS && similarity >= SIMILARITY);
  };
  terms.forEach((set, index) => {
    if (set.size === 0) return;
    // Candidates share one of this question's rarest terms; a term that many questions share is no sign of sameness.
    const candidates = new Set(
      (rarestOf[index] ?? []).flatMap((term) => ((buckets.get(term)?.length ?? 0) > MAX_BUCKET ? [] : (buckets.get(term) ?? []))),
    );
    // At most MAX_SHOWN, the most alike first: a page lists them, and a list must stay short.
    const similar = [...candidates]
      .filter((other) => other !== index && alike(set, terms[other] ?? new Set()))
      .map((other) => ({ other, similarity: jaccard(set, terms[other] ?? new Set()) }))
      .sort((a, b) => b.similarity - a.similarity || a.other - b.other)
      .slice(0, MAX_SHOWN);
    if (similar.length > 0)
      result.set(
        items[index]?.id ?? '',
        similar.map(({ other }) => items[other]?.id ?? ''),
      );
  });
  return result;
}
