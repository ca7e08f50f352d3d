import { words } from './coverage';
import { firstLine } from './preview';
import { BARE_ADDRESS, closesDocument, ENDS_QUESTION, OPENS_QUESTION } from './reading/vocabulary';
import type { ParsedDocument, ParsedEntry } from './types';

/**
 * The verdict on a reading's structure, which keeping every word cannot give: a reading that puts
 * the whole document in one entry keeps every word too. Each doubt names the entry a person should
 * look at and why; a reading without doubts "looks right".
 */
export type DoubtCode =
  | 'question-does-not-ask'
  | 'question-too-long'
  | 'no-answer'
  | 'answer-holds-question'
  | 'numbering-skips'
  | 'entry-holds-most'
  | 'text-after-last-answer'
  | 'question-runs-on'
  | 'answer-starts-mid-sentence'
  | 'preamble-holds-question'
  | 'parts-in-one-entry'
  | 'answer-holds-heading'
  | 'extraction';

export interface Doubt {
  code: DoubtCode;
  /** 1-based entry the doubt is about; undefined for the document as a whole. */
  entry?: number;
  reason: string;
}

/** A question this long is a paragraph of minutes or an answer read as the question. */
const MAX_QUESTION_WORDS = 80;
/** Past this share of the document's words, one entry is holding what should be several. */
const MOST_OF_THE_DOCUMENT = 0.5;
/** …in a document long enough to hold several exchanges. */
const DOCUMENT_OF_SEVERAL = 150;

// Reported speech asks without a "?": "asked whether …", "sought clarity on …", "raised concerns about …".
const REPORTED_ASKING =
  /\b(?:ask(?:ed|s|ing)?|enquir(?:ed|y)|inquir(?:ed|y)|quer(?:ied|y)|whether|wonder(?:ed)?|want(?:ed)? to know|sought|clarity|clarification|concern(?:s|ed)?|raised|request(?:ed|s)?|feedback|told us|you said|comment(?:ed|s)?|question(?:ed|s)?|suggest(?:ed|ion)|worr(?:y|ies|ied)|issue|point)\b/i;
// A paragraph of an answer that opens another exchange: "Mr Brown asked a further question", "3. How many …?".
const OPENS_ANOTHER_EXCHANGE =
  /^(?:[^.?!]{0,80}\b(?:asked (?:a|another|the following|whether|if|about|for|what|how|why|when)|supplementary question|further question)\b|\d{1,3}[.)]\s*\S[^\n]*\?$)/i;

const quote = (text: string) => `'${firstLine(text)}'`;

function asks(entry: ParsedEntry): boolean {
  return (
    entry.kind !== 'question' || /\?/.test(entry.question) || OPENS_QUESTION.test(entry.question) || REPORTED_ASKING.test(entry.question)
  );
}

/** The paragraphs and sentences of an answer that look like another exchange opening. */
function otherQuestions(response: string): string[] {
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
      return OPENS_ANOTHER_EXCHANGE.test(line) || (first !== '' && OPENS_QUESTION.test(first) && words(first).length <= 40);
    });
}

/** Past its first paragraph, a paragraph of an answer that is a few words without a full stop: a heading, a sign-off, the next item. */
function headingIn(response: string): string | undefined {
  const paragraphs = response.split(/\n\n+/).slice(1);
  return paragraphs.find(
    (p) =>
      !p.includes('\n') &&
      !/^[-*]\s|^\d+[.)]\s/.test(p) &&
      words(p).length <= HEADING_WORDS &&
      !/[.?!:;,)]["”’]?$/.test(p.trim()) &&
      !BARE_ADDRESS.test(p) &&
      !/\d{3,}[ \d]{4,}/.test(p),
  );
}

/** Question numbers the reading consumed, in order, and where they jump. */
function numberingSkips(parsed: ParsedDocument): Doubt[] {
  const numbers = (parsed.labels ?? []).flatMap((label) => {
    const match = /^\W*(?:q|qu|question)?\W*(\d{1,3})\b/i.exec(label.text);
    return match ? [Number(match[1])] : [];
  });
  const doubts: Doubt[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n > previous + 1 && n !== 1)
      doubts.push({
        code: 'numbering-skips',
        entry: index + 1,
        reason: `the numbering skips from ${previous} to ${n}: question ${previous + 1} may be inside the entry before`,
      });
  });
  return doubts;
}

// Parts lettered or numbered in roman numerals: "(a) how many …", "ii. when …".
const PART = /(?:^|\n|\s)\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})[).]\s+\p{L}/gu;

/** Two parts or more inside one entry: a question in parts answered in parallel, read as one. */
function partsIn(entry: ParsedEntry): boolean {
  return (entry.question.match(PART)?.length ?? 0) + (entry.response.match(PART)?.length ?? 0) >= 3;
}

/** A paragraph this short without a full stop is a heading or a sign-off rather than part of an answer. */
const HEADING_WORDS = 8;

/** Words after a question's "?" that are not a question themselves: its answer, read into it. */
const RUNS_ON_WORDS = 8;

/** The text after a question's last "?", when that is long and asks nothing. */
function runsOn(question: string): string | undefined {
  const after = /\?["”’')\]]*\s+([^?]+)$/.exec(question)?.[1];
  return after !== undefined && words(after).length >= RUNS_ON_WORDS ? after : undefined;
}

/** Every doubt about a reading, entry by entry, then `extra` (doubts about the text itself, from extraction). */
export function doubtsAbout(parsed: ParsedDocument, extra: readonly Doubt[] = []): Doubt[] {
  const doubts: Doubt[] = [];
  const total = words([parsed.preamble, ...parsed.entries.flatMap((e) => [e.question, e.response])].join(' ')).length;
  parsed.entries.forEach((entry, index) => {
    const n = index + 1;
    const questionWords = words(entry.question).length;
    if (questionWords > MAX_QUESTION_WORDS)
      doubts.push({
        code: 'question-too-long',
        entry: n,
        reason: `its question is a paragraph long (${questionWords} words): ${quote(entry.question)}`,
      });
    else if (!asks(entry))
      doubts.push({ code: 'question-does-not-ask', entry: n, reason: `its question does not ask anything: ${quote(entry.question)}` });
    const tail = runsOn(entry.question);
    if (tail !== undefined)
      doubts.push({
        code: 'question-runs-on',
        entry: n,
        reason: `its question goes on after its "?": ${quote(tail)} may be the start of its answer`,
      });
    if (entry.response.trim() === '') doubts.push({ code: 'no-answer', entry: n, reason: 'it has no answer' });
    // A question cut where no sentence or clause ends, and an answer starting in lower case: one sentence split in two.
    else if (!/[.?!:;,)"”’*_]$/.test(entry.question.trim()) && /^\p{Ll}/u.test(entry.response.trim())) {
      doubts.push({
        code: 'answer-starts-mid-sentence',
        entry: n,
        reason: `its answer starts in the middle of a sentence: ${quote(entry.response)}`,
      });
    }
    if (partsIn(entry))
      doubts.push({
        code: 'parts-in-one-entry',
        entry: n,
        reason: 'it holds a question in parts (a), (b) …: each part and its answer may be an entry of its own',
      });
    const heading = headingIn(entry.response);
    if (heading !== undefined)
      doubts.push({
        code: 'answer-holds-heading',
        entry: n,
        reason: `its answer holds what looks like a heading or a sign-off: ${quote(heading)}`,
      });
    const other = otherQuestions(entry.response)[0];
    if (other !== undefined)
      doubts.push({
        code: 'answer-holds-question',
        entry: n,
        reason: `its answer holds what looks like another question: ${quote(other)}`,
      });
    const share = (questionWords + words(entry.response).length) / Math.max(1, total);
    if (total >= DOCUMENT_OF_SEVERAL && share > MOST_OF_THE_DOCUMENT)
      doubts.push({ code: 'entry-holds-most', entry: n, reason: `it holds ${Math.round(share * 100)}% of the document's words` });
  });
  doubts.push(...numberingSkips(parsed));
  const missed = parsed.preamble
    .split(/\n+/)
    .find((line) => ENDS_QUESTION.test(line.trim()) && OPENS_QUESTION.test(line.replace(/^[-*\d.)\s]+/, '')));
  if (missed !== undefined)
    doubts.push({
      code: 'preamble-holds-question',
      reason: `the text before the first entry holds what looks like a question: ${quote(missed)}`,
    });
  const last = parsed.entries.at(-1);
  const closing = last?.response.split(/\n+/).at(-1)?.replace(/^\\/, '').trim();
  if (last && closing && parsed.entries.length > 0 && closesDocument(closing)) {
    doubts.push({
      code: 'text-after-last-answer',
      entry: parsed.entries.length,
      reason: `its answer ends with what may follow the last answer: ${quote(closing)}`,
    });
  }
  return [...doubts, ...extra].sort((a, b) => (a.entry ?? 0) - (b.entry ?? 0));
}

/** What an extraction could not vouch for ("line 14: a table row has one cell"), as doubts of the verdict. */
export function extractionDoubts(doubts: readonly { line?: number; reason: string }[]): Doubt[] {
  return doubts.map((doubt) => ({
    code: 'extraction',
    reason: doubt.line === undefined ? doubt.reason : `line ${doubt.line}: ${doubt.reason}`,
  }));
}

/** The verdict in words: "looks right", or the entries to check and why. */
export function formatVerdict(doubts: readonly Doubt[]): string[] {
  if (doubts.length === 0) return ['Verdict: looks right.'];
  const entries = [...new Set(doubts.flatMap((d) => (d.entry === undefined ? [] : [d.entry])))];
  const head =
    entries.length > 0
      ? `Verdict: check ${entries.length === 1 ? 'entry' : 'entries'} ${entries.join(', ')}:`
      : 'Verdict: check the reading:';
  return [head, ...doubts.map((d) => `  ${d.entry === undefined ? 'the document' : `entry ${d.entry}`}: ${d.reason}`)];
}
