import { explainPartialDate } from '../content/partial-date';
import type { Council, VocabularyTerm } from '../content/schema';
import { escapeRegExp } from '../common/escape-regexp';
import type { Filled, SidecarValues } from './sidecar-file';

/**
 * What a new document's own words and file name say about it: its title, date, council and kind of
 * event. Every value is a guess for the editor to confirm, and is marked so in the sidecar.
 */
export interface GuessInput {
  text: string;
  title?: string;
  fileName: string;
  councils: readonly Council[];
  eventTypes: readonly VocabularyTerm[];
  audiences: readonly VocabularyTerm[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
const two = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** The first date the start of the document states, as precisely as it states it. */
export function guessDate(text: string): string | undefined {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+(\\d{4})\\b`, 'i'),
      (m) => `${m[3]}-${two(monthOf(m[2] ?? ''))}-${two(Number(m[1]))}`,
    ],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => `${m[3]}-${two(Number(m[2]))}-${two(Number(m[1]))}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i'), (m) => `${m[2]}-${two(monthOf(m[1] ?? ''))}`],
  ];
  const head = text.split('\n').slice(0, 40).join('\n');
  const found = patterns
    .flatMap(([pattern, format]) => {
      const match = pattern.exec(head);
      return match ? [{ at: match.index, value: format(match) }] : [];
    })
    .filter(({ value }) => explainPartialDate(value) === undefined)
    .sort((a, b) => a.at - b.at);
  return found[0]?.value;
}

/** The council named most often in the file name (which counts three times) and the text. */
export function guessCouncil(text: string, fileName: string, councils: readonly Council[]): Council | undefined {
  const count = (haystack: string, council: Council) =>
    [council.name, council.shortName].reduce(
      (sum, name) => sum + (haystack.match(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'))?.length ?? 0),
      0,
    );
  const scored = councils
    .map((council) => ({ council, score: count(text, council) + 3 * count(fileName.replace(/[-_]+/g, ' '), council) }))
    .filter((c) => c.score > 0);
  return scored.sort((a, b) => b.score - a.score)[0]?.council;
}

const EVENT_WORDS: [RegExp, string][] = [
  [/\bwebinar\b/i, 'webinar'],
  [/\bsenco\b/i, 'senco-forum'],
  [/\bscrutiny\b/i, 'scrutiny-minutes'],
  [/\b(?:cabinet|full council|council meeting|committee|minutes)\b/i, 'council-meeting'],
  [/\byou said\b|\blocal offer feedback\b/i, 'local-offer-feedback'],
  [/\bfrequently asked\b|\bfaqs?\b/i, 'faq'],
  [/\bdrop-?in\b|\broadshow\b/i, 'drop-in'],
  [/\binformation (?:evening|session)\b/i, 'information-evening'],
  [/\bconference\b|\bforum\b/i, 'parents-conference'],
];
// A document that names no kind of event is most often a page of questions and answers.
const NO_EVENT_WORDS = 'faq';
const AUDIENCE_OF: Record<string, string> = { 'senco-forum': 'schools', 'scrutiny-minutes': 'councillors', 'council-meeting': 'public' };

export function guessSidecar(input: GuessInput): SidecarValues {
  const guessed = <T>(value: T | undefined, note: string): Filled<T> | undefined => (value === undefined ? undefined : { value, note });
  const head = `${input.title ?? ''}\n${input.fileName}\n${input.text.split('\n').slice(0, 15).join('\n')}`;
  const title =
    input.title ??
    input.text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
  const stated = guessDate(`${input.title ?? ''}\n${input.text}`);
  const date = stated ?? guessDate(input.fileName.replace(/[-_]+/g, ' '));
  const council = guessCouncil(input.text, input.fileName, input.councils);
  const named = EVENT_WORDS.find(([pattern, id]) => pattern.test(head) && input.eventTypes.some((t) => t.id === id))?.[1];
  const eventType = named ?? (input.eventTypes.some((t) => t.id === NO_EVENT_WORDS) ? NO_EVENT_WORDS : undefined);
  const audience = AUDIENCE_OF[eventType ?? ''] ?? 'parents';
  const values: SidecarValues = {
    title: guessed(title, 'taken from the document: check it is its title'),
    date: date
      ? { value: date, note: `the first date in the ${stated ? 'document' : 'file name'}: check it is when the questions were answered` }
      : { value: 'not stated', note: 'no date found in the document: give one only if you know it' },
    council: guessed(council?.id, `guessed: '${council?.name ?? ''}' is named most often: confirm`),
    event: guessed(title, 'guessed from the title: say what the event was'),
    eventType: guessed(
      eventType,
      named ? 'guessed from the words of the title: confirm' : 'guessed: the title names no kind of event: confirm or change',
    ),
    audience: input.audiences.some((a) => a.id === audience)
      ? { value: audience, note: 'guessed from the kind of event: confirm' }
      : undefined,
  };
  return values;
}
