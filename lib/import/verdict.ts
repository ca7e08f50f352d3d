import { words } from './coverage';
import { firstLine } from './preview';
import { answersQuestionAbove, closesDocument, ENDS_QUESTION, OPENS_QUESTION } from './reading/vocabulary';
import type { ParsedDocument } from './types';
import {
  asks,
  cutMidSentence,
  exchangeIn,
  columnFields,
  headingIn,
  introductionIn,
  otherQuestions,
  partsIn,
  replyIn,
  runsOn,
  signsOffWithContacts,
  unansweredAsPublished,
} from './verdict-signs';

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
  | 'question-holds-reply'
  | 'preamble-holds-exchange'
  | 'question-holds-introduction'
  | 'extraction';

export interface Doubt {
  code: DoubtCode;
  /** 1-based entry the doubt is about; undefined for the document as a whole. */
  entry?: number;
  reason: string;
}

/** A question this long is a paragraph of minutes or an answer read as the question. */
const MAX_QUESTION_WORDS = 80;
/** Past this share of the document's words, one entry is holding what should be several… */
const MOST_OF_THE_DOCUMENT = 0.5;
/** …when it is this many times as long as the next longest: two long answers of a short reading share it fairly. */
const TIMES_THE_NEXT = 3;
/** …in a document long enough to hold several exchanges. */
const DOCUMENT_OF_SEVERAL = 150;

const quote = (text: string) => `'${firstLine(text)}'`;

/**
 * Question numbers the reading consumed, in order, and where they jump past a number consumed
 * nowhere: answers given by number skip the one nobody answered, whose question was read.
 */
function numberingSkips(parsed: ParsedDocument): Doubt[] {
  const numbers = (parsed.labels ?? []).flatMap((label) => {
    const match = /^\W*(?:q|qu|question)?\W*(\d{1,3})\b/i.exec(label.text);
    return match ? [Number(match[1])] : [];
  });
  const consumed = new Set(numbers);
  const doubts: Doubt[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    const missing = previous === undefined ? [] : Array.from({ length: Math.max(0, n - previous - 1) }, (_, k) => previous + 1 + k);
    if (previous !== undefined && n !== 1 && missing.some((each) => !consumed.has(each)))
      doubts.push({
        code: 'numbering-skips',
        entry: index + 1,
        reason: `the numbering skips from ${previous} to ${n}: question ${previous + 1} may be inside the entry before`,
      });
  });
  return doubts;
}

/**
 * For each entry, the share of the document's words it holds when that is most of the document
 * and far more than any other entry holds; sizes are counted once, so a long reading costs no square.
 */
function holdingMost(parsed: ParsedDocument, total: number): (number | undefined)[] {
  const sizes = parsed.entries.map((entry) => words(entry.question).length + words(entry.response).length);
  const largest = sizes.reduce((best, size, index) => (size > (sizes[best] ?? -1) ? index : best), 0);
  const secondSize = Math.max(0, ...sizes.filter((_, index) => index !== largest));
  return sizes.map((mine, index) => {
    const next = index === largest ? secondSize : (sizes[largest] ?? 0);
    const share = mine / Math.max(1, total);
    return total >= DOCUMENT_OF_SEVERAL && share > MOST_OF_THE_DOCUMENT && mine > TIMES_THE_NEXT * next ? share : undefined;
  });
}

/**
 * A line of the preamble that looks like a question no entry asks (a request quoted again in the
 * reply asks one, and so does each question of a contents list the page answers below it).
 */
function missedQuestion(parsed: ParsedDocument): string | undefined {
  const asked = new Set(parsed.entries.map((entry) => words(entry.question).join(' ')));
  return parsed.preamble.split(/\n+/).find((line) => {
    const text = line.replace(/^[-*\d.)\s\\]+/, '');
    const questions = text.match(/[^?]+\?/g) ?? [];
    return ENDS_QUESTION.test(line.trim()) && OPENS_QUESTION.test(text) && !questions.every((q) => asked.has(words(q).join(' ')));
  });
}

/** Every doubt about a reading, entry by entry, then `extra` (doubts about the text itself, from extraction). */
export function doubtsAbout(parsed: ParsedDocument, extra: readonly Doubt[] = []): Doubt[] {
  const doubts: Doubt[] = [];
  const total = words([parsed.preamble, ...parsed.entries.flatMap((e) => [e.question, e.response])].join(' ')).length;
  const most = holdingMost(parsed, total);
  const unanswered = parsed.entries.filter((entry) => entry.response.trim() === '').length;
  const columns = columnFields(parsed.entries.map((entry) => entry.response));
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
    const introduction = introductionIn(entry.question);
    if (introduction !== undefined)
      doubts.push({
        code: 'question-holds-introduction',
        entry: n,
        reason: `its question opens with what reads as the page's introduction: ${quote(introduction)}`,
      });
    const reply = replyIn(entry.question);
    if (reply !== undefined)
      doubts.push({ code: 'question-holds-reply', entry: n, reason: `its question holds what looks like the reply: ${quote(reply)}` });
    if (entry.response.trim() === '') {
      if (!unansweredAsPublished(parsed.entries, index, unanswered))
        doubts.push({ code: 'no-answer', entry: n, reason: 'it has no answer' });
    }
    // A question cut where no sentence or clause ends, and an answer starting in lower case: one sentence split in two.
    else if (cutMidSentence(entry)) {
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
    const heading = headingIn(entry.response, columns);
    if (heading !== undefined)
      doubts.push({
        code: 'answer-holds-heading',
        entry: n,
        reason: `its answer holds what looks like a heading, a sign-off or a sentence cut short: ${quote(heading)}`,
      });
    const other = otherQuestions(entry.response)[0];
    if (other !== undefined)
      doubts.push({
        code: 'answer-holds-question',
        entry: n,
        reason: `its answer holds what looks like another question: ${quote(other)}`,
      });
    const share = most[index];
    if (share !== undefined)
      doubts.push({ code: 'entry-holds-most', entry: n, reason: `it holds ${Math.round(share * 100)}% of the document's words` });
  });
  doubts.push(...numberingSkips(parsed));
  const missed = missedQuestion(parsed);
  if (missed !== undefined)
    doubts.push({
      code: 'preamble-holds-question',
      reason: `the text before the first entry holds what looks like a question: ${quote(missed)}`,
    });
  const exchange = exchangeIn(parsed.preamble);
  if (exchange !== undefined)
    doubts.push({
      code: 'preamble-holds-exchange',
      reason: `the text before the first entry holds what looks like a question and its reply: ${quote(exchange)}`,
    });
  const last = parsed.entries.at(-1);
  const lines = last?.response.split(/\n+/) ?? [];
  const closing = lines.at(-1)?.replace(/^\\/, '').trim();
  // A contact line after the rest of the last answer is the page signing off, as closing.ts reads it when it can.
  // …and one that is the whole answer, taking up its question, answers it (reading/closing.ts reads it so too).
  const answers = (line: string) => lines.length === 1 && answersQuestionAbove(last?.question ?? '', line);
  const signsOff = (line: string) => (closesDocument(line) && !answers(line)) || (lines.length > 1 && signsOffWithContacts(line));
  if (last && closing && parsed.entries.length > 0 && signsOff(closing)) {
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
