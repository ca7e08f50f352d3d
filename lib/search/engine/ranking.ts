/**
 * The named parameters of ranking and of the "no answer" decision, each with the reason for its
 * value. Values marked "tuned" were chosen on the tune half of bench/judged/ (npm run bench:search
 * prints both halves); the held-out half was never used to choose them.
 */
export interface Ranking {
  inflectionWeight: number;
  derivationWeight: number;
  typoWeight: number;
  prefixWeight: number;
  coverageExponent: number;
  missingInformation: number;
  matchShare: number;
  resultShare: number;
  noAnswerShare: number;
}

export const RANKING: Ranking = {
  /** The reader's word in another inflection (children → child): the same word. */
  inflectionWeight: 1,
  /** A derivation of the reader's word (autistic → autism, trainer → train): the same idea, or a shifted one. Tuned. */
  derivationWeight: 0.5,
  /** A word reached by correcting a typo: the correction may be wrong, so it counts less than a word as typed. */
  typoWeight: 0.9,
  /** A word completed while the reader is still typing. */
  prefixWeight: 0.8,
  /**
   * How much an answer's share of the query's information multiplies its score (score × share^x):
   * an answer with the telling words of a long message should rank above one with many common words.
   * Tuned.
   */
  coverageExponent: 1,
  /**
   * How telling a word no answer contains is taken to be, as a share of the information of a word
   * only one answer contains: a missing word may be the whole point of the query ("transport") or
   * an everyday word of a long message ("nan"). Tuned.
   */
  missingInformation: 1,
  /** The best answer must carry at least this share of the query's information to be shown as a match. Tuned. */
  matchShare: 0.55,
  /** An answer is listed among the matches when it carries at least this part of what the best one carries. Tuned. */
  resultShare: 0.3,
  /** Below this share, the page says no answer covers the query (and still lists the closest). Tuned. */
  noAnswerShare: 0.1,
};
