/**
 * Reported speech, as minutes and write-ups record an exchange: who asked ("asked whether …",
 * "sought reassurance", "Families raised …") and where the reply starts ("The Director explained
 * that …", "…; they were told …", "… were answered with …"). One home, for every layout that reads
 * minutes.
 */

// "Mrs J Smith asked the following question:", "Mr Brown asked whether …", "By way of a supplementary question, …", "Families raised concerns about …"
// "A question had been received from Mrs Lee", "Two written questions had been submitted by Councillor Vasquez"; not "Two questions had
// been received from members of the public", the minutes introducing the questions.
export const ASKS =
  /\b(?:asked (?:the following|a|an|whether|if|why|what|how|when|where|who|which|about|for|that)|(?:put|submitted|raised) the following|supplementary question\b|in (?:answer|reply|response) to (?:a|an|the|his|her|their)\b[^.;]{0,40}\bquestions?\b|^(?:(?:one|a|another|several|some|many|two|three)\s+)?(?:parents?|carers?|families|family|grandparents?|young people|mums?|dads?|attendees|members of the public)\b[^.;]{0,40}?\b(?:said|told us|told the|felt|described|reported|commented|mentioned)\b|^an?\s+(?:question|concern|worry|query|point)\s+(?:about|over|on|regarding)\b[^.;]{0,100}?\b(?:was|were)\s+(?:also\s+)?raised\b|queried|enquired|asked:|sought (?:clarity|clarification|assurance|reassurance|confirmation|an update|information|details)|(?:wanted|wished) to know|questioned (?:whether|why|how)|requested (?:an update|information|clarification|details)|^(?:worries|concerns|questions|queries) (?:about|over|on|that)\b|\b(?:questions?|concerns?|worries|queries) (?:was|were) (?:also )?raised\b|(?:raised|highlighted|voiced|shared|expressed) (?:concerns?|worries|questions?|issues?|the|that|how|whether|about|a|an)\b|question (?:had been |has been |was )?(?:received|submitted) (?:from|by)|questions (?:had been |have been |were )?submitted by)/i;
// "Councillor Green replied as follows:", "The Director stated that …", "The Committee heard that …", reported speech of every kind.
const REPLIES =
  /\b(?:replied|responded|answered|(?:gave|read(?: out)?|provided|circulated) the following (?:reply|response|answer)|(?:stated|said|explained|reported|confirmed|advised|agreed|undertook|acknowledged|clarified|assured|informed|outlined|indicated)(?: that)?\b|(?:was|were) told|heard (?:that|how)|the (?:response|reply|answer) (?:was|given was)\b|in (?:reply|response)(?! to (?:a|an|the|his|her|their)\b[^.;]{0,40}\bquestion)[ ,])/i;
// Where a reply starts inside the paragraph that asks: "…in the autumn; the Assistant Director replied that …",
// "…about whether …, the Designated Clinical Officer said that …", "…; she was told that …", "… last year. The Cabinet Member responded …".
// A pronoun that "said" is the questioner going on ("She said that she had waited"); one that "was told" is being answered.
// A sentence that opens "In response, …" or "In reply, …" is the reply from its first words.
const REPLY_CLAUSE =
  /(?:[;,]|\.(?=\s+[A-Z]))\s+(?=(?:he|she|they)\s+(?:was|were)\s+(?:told|advised|informed|reassured|promised|reminded)\b|in (?:response|reply)\s*,|the (?:response|reply|answer)(?: given)? was\b|(?!(?:he|she|they)\b)[^;,.]{0,100}?\b(?:replied|responded|answered|said|stated|explained|confirmed|advised|reported|(?:was|were) told|agreed|acknowledged|undertook|clarified|assured|informed|outlined|indicated|heard (?:that|how))\b)/gi;
// …or at "and were told" with no comma before it: "Parents asked about respite and were told that …".
const PASSIVE_REPLY =
  /\s(?=(?:was|were) (?:answered|met|addressed|responded to) (?:with|by)\b|and (?:(?:was|were) (?:told|advised|informed|assured|reassured|promised|reminded)|heard|learned|learnt) (?:that|about|how)\b)/i;

// A quotation opening straight after the ask, to its closing mark: “…” or "…".
const QUOTED_AFTER = /^[^“"\w]{0,3}(?:“[^”]*”|"[^"]*")/;

// Procedure notes ask nothing: "Each questioner may ask one supplementary question."
const MODAL_BEFORE = /\b(?:may|can|must|will|shall|should)\b[^.;]{0,25}$/i;
/** Characters before a match that MODAL_BEFORE can reach: its longest modal, 25 more, and a few for the word boundary before it. */
const MODAL_REACH = 40;

// Those who answer in minutes: what they "highlighted" or "shared" is their report, not a question.
const ANSWERER =
  /^(?:the\s+)?(?:(?:assistant|executive|deputy|interim|corporate)\s+)?(?:director|officers?|head of|cabinet member|lead member|portfolio holder|service manager|chief executive)\b/i;
// The verbs that ask only when someone other than an answerer uses them: "Families highlighted that …".
const WEAK_ASK = /^(?:raised|highlighted|voiced|shared|expressed)\b/i;

/** Where the sentence holding `at` starts. */
const sentenceStart = (words: string, at: number) =>
  Math.max(0, ...[...words.slice(0, at).matchAll(/[.?!;]\s+/g)].map((m) => m.index + m[0].length));

/** An ask an answerer makes with a weak verb ("The Director introduced the report and highlighted that …") reports, not asks. */
const reportsInstead = (words: string, match: RegExpExecArray) =>
  WEAK_ASK.test(match[0]) && ANSWERER.test(words.slice(sentenceStart(words, match.index), match.index));

/**
 * The first place the paragraph asks, past an answerer's report; none in a procedure note, which
 * says what questioners "may ask" and goes on about the supplementary question.
 */
function firstAsk(words: string): RegExpExecArray | undefined {
  for (const match of words.matchAll(new RegExp(ASKS.source, 'gi'))) {
    // The modal and what follows it fit in MODAL_REACH characters: testing the whole text before each match was quadratic in a long paragraph.
    if (MODAL_BEFORE.test(words.slice(Math.max(0, match.index - MODAL_REACH), match.index))) return undefined;
    if (!reportsInstead(words, match)) return match;
  }
  return undefined;
}

/** Reported speech names its speaker first: a paragraph that asks before anyone replies is a question. */
export function asksFirst(words: string): boolean {
  const asked = firstAsk(words)?.index;
  const replied = REPLIES.exec(words)?.index;
  return asked !== undefined && (replied === undefined || asked < replied);
}

export const replies = (words: string) => REPLIES.test(words) && !asksFirst(words);

// A reply set after the question with a dash, as minutes note who answered: "… before the budget was set. – The Leader, Cllr Hughes, responded …".
const DASHED_REPLY =
  /[.?!]["”’)]*[ \t]*[-–—][ \t]*(?=[A-Z][^.;]{0,150}?\b(?:replied|responded|answered|said|stated|explained|confirmed|undertook|agreed)\b)/g;

/** A point that asks and is answered in the same paragraph, cut where the reply starts. */
export function splitExchange(words: string): [string, string] | undefined {
  const asked = firstAsk(words);
  if (!asked) return undefined;
  const after = asked.index + asked[0].length;
  // A question quoted after its asker ("asked: “… . The council agreed … ?”") is the asker's words to its closing quote.
  const quoted = QUOTED_AFTER.exec(words.slice(after));
  const from = quoted ? after + quoted[0].length : after;
  DASHED_REPLY.lastIndex = from;
  const dashed = DASHED_REPLY.exec(words);
  if (dashed) return [words.slice(0, dashed.index + 1), words.slice(dashed.index + dashed[0].length)];
  REPLY_CLAUSE.lastIndex = from;
  const clause = REPLY_CLAUSE.exec(words);
  // "Worries about … were answered with an explanation that …", "… were answered by the manager, who said …": the reply starts at the passive verb.
  const passive = PASSIVE_REPLY.exec(words.slice(after));
  if (passive && (!clause || after + passive.index < clause.index)) {
    const at = after + passive.index;
    return [words.slice(0, at).trimEnd(), words.slice(at).trimStart()];
  }
  return clause ? [words.slice(0, clause.index + 1), words.slice(clause.index + clause[0].length)] : undefined;
}
