import { words } from './coverage';
import { isBareLabel } from './reading/labels';
import {
  asksThenGivesContext,
  BARE_ADDRESS,
  signsOffAfterAnswer,
  OPENS_QUESTION,
  pageIntroduction,
  PROMPTS_ADVICE,
} from './reading/vocabulary';
import type { ParsedEntry } from './types';

/**
 * The signs the verdict (verdict.ts) reads in one entry or one piece of text: each answers one
 * question a careful reader asks of a reading ("does this question ask?", "does this answer hold
 * another question?"). Kept apart from the verdict, which only says which entries they touch.
 */

// Reported speech asks without a "?": "asked whether …", "sought clarity on …", "raised concerns about …".
const REPORTED_ASKING =
  /\b(?:ask(?:ed|s|ing)?|enquir(?:ed|y)|inquir(?:ed|y)|quer(?:ied|y)|whether|wonder(?:ed)?|want(?:ed)? to know|sought|clarity|clarification|concern(?:s|ed)?|raised|request(?:ed|s)?|feedback|told us|you said|comment(?:ed|s)?|question(?:ed|s)?|suggest(?:ed|ion)|worr(?:y|ies|ied)|issue|point|(?:parents?|carers?|families|family|young people|attendees)\b[^.]{0,40}\b(?:said|told|felt|described|reported|mentioned))\b/i;
// A request asks without a "?": "Please provide the names of …", "I would like to know …", and FOI's noun phrases, "The number of …".
const REQUESTS =
  /^\W*(?:(?:the |a )?(?:number|total|amount|cost|list|names?|details|copy|copies|breakdown|percentage|proportion|average) of\b|please (?:provide|tell|confirm|send|list|give|supply|advise|state|explain|share|let|detail|set out)|(?:i|we) would like|(?:i|we)'d like|(?:i|we) (?:am|are) requesting|(?:i|we) request|(?:can|could|would) you)\b/i;
// A paragraph of an answer that opens another exchange: "Mr Brown asked a further question", "3. How many …?".
const OPENS_ANOTHER_EXCHANGE =
  /^(?:[^.?!]{0,80}\b(?:asked (?:a|another|the following|whether|if|about|for|what|how|why|when)|supplementary question|further question|in (?:answer|reply|response) to (?:a|an|the|his|her|their) (?:\w+ ){0,3}question)\b|\d{1,3}[.)]\s*\S[^\n]*\?$|(?:q|question)\s*\d{0,3}\s*[:.)]\s+\S)/i;
// Another question and its labelled answer run into an answer, as table cells pasted line by line leave them: "… 2 Cllr Mbeki How many …? Response: Eleven …".
const ASKED_THEN_LABELLED = /\?["”’')\]]*\s+(?:answer|response|reply|a)\s*:\s+\S/i;
// A sentence that opens a reply in reported speech: "The officer explained that …", "In response, the Director said …", "It was confirmed that …".
const OPENS_REPLY =
  /^(?:in (?:response|reply)\s*,|it was (?:confirmed|explained|agreed|clarified|noted)\b|(?:the|an?)\s[^.;,]{0,60}?\b(?:replied|responded|explained|confirmed|clarified|said|stated|answered|advised|acknowledged)\b)/i;
// …or a clause that is the reply: "… about respite, and were told that …", "…; they were assured that …".
const REPLY_INSIDE =
  /(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:(?:he|she|they)\s+)?(?:(?:was|were)\s+(?:told|advised|informed|assured|reassured|promised|reminded)\b|(?:heard|learned|learnt)\s+(?:that|about|how)\b)/i;
// A paragraph of minutes in which someone asks and is then answered: "A Member asked whether …. The officer explained …".
const ASKED_THEN_REPLIED =
  /\b(?:asked (?:whether|if|how|what|why|when|about|for)|queried|enquired|sought (?:clarity|clarification|assurance|reassurance))\b[^]*?(?:[.;,]\s+)(?:in (?:response|reply)\b|[^.;]{0,60}?\b(?:replied|responded|explained|confirmed|clarified|said that|stated that|was told|were told)\b)/i;
// An answer opening with the passive verb that answered it: "Worries about … / were answered with …", "Parents asked about … / and were told …", as such write-ups phrase it.
const PASSIVE_REPLY_OPENING =
  /^(?:and )?(?:(?:was|were) (?:answered|met|addressed|responded to|told|advised|informed|assured|reassured|promised|reminded)|heard|learned|learnt)\b/i;

/** A paragraph this short without a full stop is a heading or a sign-off rather than part of an answer. */
const HEADING_WORDS = 8;
/** Words after a question's "?" that are not a question themselves: its answer, read into it. */
const RUNS_ON_WORDS = 8;
/** A line this short around an email address or a telephone number is a sign-off, not an answer's sentence. */
const SIGN_OFF_WORDS = 20;
/** A question this short at most, in a reading where most questions are answered, may simply have had no reply. */
const UNANSWERED_QUESTION_WORDS = 40;

const sentences = (text: string) => text.split(/(?<=[.?!;])\s+(?=["“]?[A-Z])/).map((each) => each.trim());

/**
 * Whether an entry's question asks: "?", a question word, reported speech; comments and concerns
 * need not. A page prompting its own advice ("Not sure whether …?") asks nobody anything.
 */
export function asks(entry: ParsedEntry): boolean {
  if (entry.kind !== 'question') return true;
  if (PROMPTS_ADVICE.test(entry.question.trim())) return false;
  return (
    /\?/.test(entry.question) ||
    OPENS_QUESTION.test(entry.question) ||
    REQUESTS.test(entry.question) ||
    REPORTED_ASKING.test(entry.question)
  );
}

/** The sentences opening a question that speak about the page ("Welcome to our FAQs …"): its introduction, read into it. */
export function introductionIn(question: string): string | undefined {
  return pageIntroduction(question);
}

/** The paragraphs and sentences of an answer that look like another exchange opening. */
export function otherQuestions(response: string): string[] {
  return response
    .split(/\n+|(?<=[.;])\s+(?=[A-Z])/)
    .map((line) =>
      line
        .replace(/^[-*]\s+/, '')
        .replace(/\\/g, '')
        .trim(),
    )
    .filter((line) => {
      // A paragraph that opens with a short question of its own: "What if I am refused? You can ask …".
      const first = /^[^?.!]*\?["”’')\]]*(?=\s|$)/.exec(line)?.[0] ?? '';
      return (
        OPENS_ANOTHER_EXCHANGE.test(line) ||
        ASKED_THEN_LABELLED.test(line) ||
        (first !== '' && OPENS_QUESTION.test(first) && words(first).length <= 40)
      );
    });
}

/** A few words without a full stop that are not a label the document keeps, a list item, an address or a number. */
const looksLikeHeading = (text: string) =>
  !isBareLabel(text) &&
  !/^[-*]\s|^\d+[.)]\s/.test(text) &&
  words(text).length <= HEADING_WORDS &&
  !/[.?!:;,)]["”’]?$/.test(text.trim()) &&
  !BARE_ADDRESS.test(text) &&
  !/\d{3,}[ \d]{4,}/.test(text);

/** The words after the last sentence of a line, if any: "… within five working days. Events" gives "Events". */
const LAST_WORDS = /[.?!]["”’)]?\s+([^.?!]+)$/;

/**
 * Past its first paragraph, a paragraph of an answer that is a few words without a full stop: a
 * heading, a sign-off, the next item; not a label the document keeps in the answer ("WE DID"), nor
 * a field of the `columns` that end most answers.
 * Or the same words after the last sentence of the answer's last line, where a document without
 * blank lines ran the next section's heading on: "… within five working days. Events".
 */
export function headingIn(response: string, columns: ReadonlySet<string> = new Set()): string | undefined {
  const heading = (text: string) => looksLikeHeading(text) && !columns.has(fieldName(text) ?? '');
  const paragraphs = response.split(/\n\n+/).slice(1);
  const own = paragraphs.find((p) => !p.includes('\n') && heading(p));
  if (own !== undefined) return own;
  const last = response.trim().split('\n').at(-1) ?? '';
  const tail = LAST_WORDS.exec(last)?.[1]?.trim();
  return tail !== undefined && !/^[-*]\s|^\d+[.)]\s/.test(last) && heading(tail) ? tail : undefined;
}

/** A named field ("Lead officer: Priya Raman, …", "Action/Owner: …"): its name, lower case. */
const fieldName = (text: string) => /^([\p{L}][\p{L} ’'/&-]{0,30}):\s+\S/u.exec(text.trim())?.[1]?.toLowerCase();

/**
 * The fields that end most answers of a reading, two at least: a table's other column written
 * after each answer ("Lead officer: …"), who answered or what follows, not a heading run on. One
 * field after one answer ("Request reference: FOI 11943") is still doubted.
 */
export function columnFields(responses: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const response of responses) {
    const last = response.trim().split('\n').at(-1) ?? '';
    const name = fieldName(LAST_WORDS.exec(last)?.[1] ?? last);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2 && count * 2 >= responses.length).map(([name]) => name));
}

// Parts lettered or numbered in roman numerals: "(a) how many …", "ii. when …".
const PART = /(?:^|\n|\s)\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})[).]\s+\p{L}/gu;

/** Two parts or more inside one entry: a question in parts answered in parallel, read as one. */
export function partsIn(entry: ParsedEntry): boolean {
  return (entry.question.match(PART)?.length ?? 0) + (entry.response.match(PART)?.length ?? 0) >= 3;
}

/** The text after a question's last "?", when that is long and asks nothing. */
export function runsOn(question: string): string | undefined {
  const after = /\?["”’')\]]*\s+([^?]+)$/.exec(question)?.[1];
  return after !== undefined && words(after).length >= RUNS_ON_WORDS && !asksThenGivesContext(question) ? after : undefined;
}

/** A sentence of a reported-speech question, past its first, that is the reply: "… . The officer explained that …". */
export function replyIn(question: string): string | undefined {
  if (question.includes('?')) return undefined;
  const text = question.replace(/\\/g, '');
  const told = REPLY_INSIDE.exec(text);
  if (told) return text.slice(told.index).replace(/^[,;\s]+/, '');
  return sentences(text)
    .slice(1)
    .find((sentence) => OPENS_REPLY.test(sentence));
}

/** A question cut in the middle of a sentence, the rest read as its answer; not the passive a write-up answers with. */
export function cutMidSentence(entry: ParsedEntry): boolean {
  const answer = entry.response.trim();
  return !/[.?!:;,)"”’*_]$/.test(entry.question.trim()) && /^\p{Ll}/u.test(answer) && !PASSIVE_REPLY_OPENING.test(answer);
}

/** A paragraph of the preamble in which someone asks and is answered: an exchange the reading left out. */
export function exchangeIn(preamble: string): string | undefined {
  return preamble.split(/\n\n+/).find((paragraph) => ASKED_THEN_REPLIED.test(paragraph.replace(/\n/g, ' ')));
}

/**
 * An entry without answer that a document may well hold: a short question, in a reading where
 * most are answered, whose next entry does not start a new heading (where a heading would be its
 * answer read as one). FOI items nobody replied to and feedback the council has not acted on look so.
 * `unanswered` is how many entries of the reading have no answer.
 */
export function unansweredAsPublished(entries: readonly ParsedEntry[], index: number, unanswered: number): boolean {
  const entry = entries[index];
  const next = entries[index + 1];
  return (
    entry !== undefined &&
    unanswered * 2 < entries.length &&
    words(entry.question).length <= UNANSWERED_QUESTION_WORDS &&
    replyIn(entry.question) === undefined &&
    runsOn(entry.question) === undefined &&
    (next === undefined || next.section === entry.section)
  );
}

/** A short line giving the page's contacts: a contact line, or a few words around an email address or a telephone number. */
export function signsOffWithContacts(line: string): boolean {
  const text = line.replace(/\\/g, '').trim();
  const contacts = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b0\d{2,4}[ \d]{6,9}\b/.test(text);
  return signsOffAfterAnswer(text) || (contacts && words(text).length <= SIGN_OFF_WORDS && !/^[-*]\s/.test(text));
}
