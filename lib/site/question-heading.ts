/**
 * An answer page's heading is the parent's question, sometimes 60 words long. Set whole in bold it
 * fills a phone's screen; so a long question's first sentence leads, in bold, and the rest follows
 * in ordinary type, still inside the heading (it is still the question, read as one).
 */

/** Questions longer than this are set as a lead sentence and the rest. */
export const LONG_QUESTION = 140;

/** Abbreviations a sentence does not end at ("e.g. in a mediation…"). */
const ABBREVIATIONS = /(?:^|\s|\()(?:e\.g|i\.e|etc|eg|ie|vs|no|mr|mrs|ms|dr|st|cllr|approx)\.$/i;

/** The shortest lead worth setting apart, and the longest that still reads as a heading. */
const MIN_LEAD = 15;
const MAX_LEAD = 200;

export interface QuestionHeading {
  lead: string;
  /** The rest of the question, or '' when it is short or one sentence. */
  rest: string;
}

export function questionHeading(question: string): QuestionHeading {
  if (question.length <= LONG_QUESTION) return { lead: question, rest: '' };
  // A sentence ends at . ? or ! (and any closing quote or bracket) before a space and a capital, digit or quote.
  const ends = question.matchAll(/[.?!]+["'’”)]*(?=\s+["'‘“(]?[\p{Lu}\d])/gu);
  for (const end of ends) {
    const cut = end.index + end[0].length;
    const lead = question.slice(0, cut);
    if (lead.length < MIN_LEAD || ABBREVIATIONS.test(lead)) continue;
    if (lead.length > MAX_LEAD) break;
    return { lead, rest: question.slice(cut).trim() };
  }
  return { lead: question, rest: '' };
}
