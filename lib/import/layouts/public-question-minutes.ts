import { ImportError } from '../errors';
import { REDACTION_MARKER } from '../../common/redaction';
import { escapeRegExp } from '../../common/escape-regexp';
import { escapeMarkdown, paragraphText, renderBlocks, splitParagraphs, toLines, type Line } from '../reading/blocks';
import { ANSWER_LABELS, keywordLabels, numberLabels } from '../reading/labels';
import { ENDS_QUESTION, ENDS_SENTENCE, looksLikeHeading } from '../reading/vocabulary';
import { splitParallelParts } from '../reading/parallel-parts';
import { asksFirst, replies, splitExchange } from '../reading/reported-speech';
import { type ConsumedLabel, type LayoutFamily, type ParsedEntry } from '../types';

// A minute's own number ("23.1", "4.") or bullet starts a new point even without a blank line before it.
const POINT_START = /^[ \t]*(?:\d{1,3}\.\d{1,3}\.?[ \t]+|\d{1,3}[.)][ \t]+|[-–—*•·▪●][ \t]+)/;
// …or its number alone on a line, the point's words on the next ("1." / "A Member asked …"), as PDFs extract numbered lists.
const NUMBER_ALONE = /^[ \t]*(?:\d{1,3}\.\d{1,3}\.?|\d{1,3}[.)])[ \t]*$/;
// An asker named alone on a line: "Mrs J Smith", "Councillor A Brown", "Dr Patel:", or the name withheld.
const NAME_ALONE = new RegExp(
  String.raw`^(?:${escapeRegExp(REDACTION_MARKER)}|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})\s*:?$`,
);

/** Paragraphs, split again where a numbered or bulleted point starts on the next line, and around a line naming the answer's source. */
function points(lines: readonly Line[]): Line[][] {
  return splitParagraphs(lines).flatMap((paragraph) => {
    const parts: Line[][] = [];
    let afterSource = false;
    let afterNumber = false;
    for (const line of paragraph) {
      const source = answerSource(line.text) !== undefined;
      const starts = POINT_START.test(line.text) || NUMBER_ALONE.test(line.text) || source || afterSource;
      if (parts.length === 0 || (starts && !afterNumber)) parts.push([line]);
      else parts.at(-1)!.push(line);
      afterSource = source;
      afterNumber = NUMBER_ALONE.test(line.text);
    }
    return parts.flatMap(byLine);
  });
}

/**
 * A write-up sets each point on a line of its own, with no blank line between: a part whose lines
 * each end a sentence (or are a heading), some too long to be one hard-wrapped line, is one point a line.
 */
function byLine(part: Line[]): Line[][] {
  const whole = part.every((line) => ENDS_SENTENCE.test(line.text.trim()) || isHeading(line.text));
  return part.length > 1 && whole && part.some((line) => line.text.trim().length > WRAPPED_WIDTH) ? part.map((line) => [line]) : [part];
}

/** Minutes hard-wrapped for print stay under this width; a longer line is a paragraph of its own. */
const WRAPPED_WIDTH = 100;
const isHeading = (text: string) => looksLikeHeading(text) && text.trim().length <= 80 && !ENDS_SENTENCE.test(text.trim());

/** A point that asks on its first lines and goes on after its "?" ("…learn from them?"" / "The Chair thanked …"): cut there. */
function splitAfterQuestion(paragraph: readonly Line[], words: (lines: readonly Line[]) => string): [string, string] | undefined {
  const asked = paragraph.findIndex((line) => ENDS_QUESTION.test(line.text.trim()));
  return asked === -1 || asked === paragraph.length - 1
    ? undefined
    : [words(paragraph.slice(0, asked + 1)), words(paragraph.slice(asked + 1))];
}

// Where the answer comes from, on a line of its own: "Response from the Director:", "Written reply from the Cabinet Member".
const answerSource = keywordLabels(
  ANSWER_LABELS.filter((label) => label.words !== 'a' && !label.keep),
  'answers',
);

interface Minute {
  section?: string;
  askedBy?: string;
  answeredBy?: string;
  asks: string[];
  replies: string[];
}

/**
 * Public-question minutes: a member of the public or a councillor asks (in quotes or reported
 * speech), and an officer or councillor replies ("replied", "stated that", "explained that" …).
 * Every word is kept, "asked the following question" included; an asker named alone on a line is
 * kept as who asked; each supplementary question is its own entry; names of the public are
 * withheld through the sidecar's `redact` list.
 */
export const publicQuestionMinutes: LayoutFamily = {
  name: 'public-question-minutes',
  description: 'minutes where someone "asked" and an officer "replied" or "stated that"',
  parse({ text }) {
    const paragraphs = points(toLines(text));
    const labels: ConsumedLabel[] = [];
    const nameAlone = (index: number) => {
      const paragraph = paragraphs[index];
      const next = paragraphs[index + 1];
      return (
        paragraph?.length === 1 && next !== undefined && NAME_ALONE.test(paragraph[0]?.text.trim() ?? '') && !replies(paragraphText(next))
      );
    };
    const asks = (index: number) => {
      const words = paragraphText(paragraphs[index] ?? []);
      // "Members of the public raised questions as follows:-" above the first asker's name announces the questions; it asks none.
      const announces = /:-?\s*$/.test(words) && nameAlone(index + 1);
      return asksFirst(words) && !announces;
    };
    const topic = (index: number) =>
      paragraphs[index]?.length === 1 && isHeading(paragraphs[index]?.[0]?.text ?? '') && !nameAlone(index) && asks(index + 1);
    const asking = paragraphs.findIndex((_, index) => nameAlone(index) || asks(index));
    // Topic headings are sections only in a document that has them between its questions; before
    // the first question alone, a short line is the end of the title ("Public questions").
    const sectioned = paragraphs.some((_, index) => index > asking && topic(index));
    const heading = (index: number) => sectioned && topic(index);
    const first = asking > 0 && heading(asking - 1) ? asking - 1 : asking;
    if (first === -1)
      throw new ImportError(
        1,
        "found no paragraph where someone 'asked the following question' or 'asked whether', and no asker named alone on a line",
      );
    const minutes: Minute[] = [];
    let inReply = false;
    let section: string | undefined;
    for (let index = first; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] ?? [];
      // "1. Mrs Jones asked …", "23.4 The Service Manager said …": the number (or bullet) is the minute's, not the question's.
      const head = paragraph[0]?.text ?? '';
      const number = POINT_START.exec(head)?.[0] ?? numberLabels(head)?.consumed;
      if (number) labels.push({ line: paragraph[0]?.number ?? 0, text: number });
      const unnumbered = number ? [{ ...(paragraph[0] as Line), text: head.slice(number.length) }, ...paragraph.slice(1)] : paragraph;
      const words = paragraphText(unnumbered);
      const current = minutes.at(-1);
      const exchange = asks(index) ? (splitExchange(words) ?? splitAfterQuestion(unnumbered, paragraphText)) : undefined;
      const source = paragraph.length === 1 && !asks(index) ? answerSource(head) : undefined;
      if (heading(index)) {
        section = words;
        inReply = false;
      } else if (source && current) {
        labels.push({ line: paragraph[0]?.number ?? 0, text: source.consumed });
        current.answeredBy ??= source.attribution;
        if (source.rest.trim() !== '') current.replies.push(source.rest.trim());
        inReply = true;
      } else if (nameAlone(index)) {
        minutes.push({ section, askedBy: words.replace(/:$/, ''), asks: [], replies: [] });
        inReply = false;
      } else if (exchange) {
        // One point holds the question and its reply: "X asked whether …; the Director replied that …".
        if (current !== undefined && current.asks.length === 0) {
          current.asks.push(exchange[0]);
          current.replies.push(exchange[1]);
        } else minutes.push({ section, asks: [exchange[0]], replies: [exchange[1]] });
        inReply = true;
      } else if (asks(index) && (current === undefined || current.replies.length > 0)) {
        // A question asked after a reply is a new entry, a supplementary question included.
        minutes.push({ section, asks: [words], replies: [] });
        inReply = false;
      } else if (replies(words) || inReply) {
        current?.replies.push(words);
        inReply = true;
      } else current?.asks.push(words);
    }
    // How many entries each minute became: its parts, asked together and then answered together, are one group.
    const groups: number[] = [];
    const entries = minutes.flatMap(({ section: under, askedBy, answeredBy, asks: asked, replies }): ParsedEntry[] => {
      if (asked.length === 0) throw new ImportError(1, `'${askedBy ?? ''}' is named as asking, but no question follows`);
      // A question in lettered parts answered part by part is an exchange per part.
      const exchanges = splitParallelParts(asked.join(' '), replies) ?? [{ question: asked.join(' '), replies }];
      groups.push(exchanges.length);
      return exchanges.map((exchange) => ({
        question: exchange.question,
        response: renderBlocks(exchange.replies.map((reply) => ({ kind: 'paragraph', text: escapeMarkdown(reply) }))),
        kind: 'question',
        ...(under === undefined ? {} : { section: under }),
        ...(askedBy === undefined ? {} : { askedBy }),
        ...(answeredBy === undefined ? {} : { answeredBy }),
      }));
    });
    return {
      preamble: renderBlocks(paragraphs.slice(0, first).map((p) => ({ kind: 'paragraph', text: escapeMarkdown(paragraphText(p)) }))),
      entries,
      labels,
      ...(groups.some((size) => size > 1) ? { groups } : {}),
    };
  },
};
