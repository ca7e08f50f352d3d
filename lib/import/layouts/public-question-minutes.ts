import { REDACTION_MARKER } from '../../common/redaction';
import { escapeRegExp } from '../../common/text';
import { escapeMarkdown, paragraphText, renderBlocks, splitParagraphs, toLines, type Line } from '../reading/blocks';
import { numberLabels } from '../reading/labels';
import { ImportError, type ConsumedLabel, type LayoutFamily, type ParsedEntry } from '../types';

// "Mrs J Smith asked the following question:", "Mr Brown asked whether …", "By way of a supplementary question, …"
const ASKS =
  /\b(?:asked (?:the following|a|an|whether|if|why|what|how|when|where|who|which|about|for|that)|(?:put|submitted|raised) the following|supplementary question|queried|enquired|asked:|question (?:had been |has been |was )?(?:received|submitted) from)/i;
// "Councillor Green replied as follows:", "The Director stated that …", reported speech of every kind.
const REPLIES =
  /\b(?:replied|responded|answered|gave the following (?:reply|response|answer)|(?:stated|said|explained|reported|confirmed|advised|agreed|undertook|acknowledged) that|in (?:reply|response)[ ,])/i;
// An asker named alone on a line: "Mrs J Smith", "Councillor A Brown", "Dr Patel:", or the name withheld.
const NAME_ALONE = new RegExp(String.raw`^(?:${escapeRegExp(REDACTION_MARKER)}|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})\s*:?$`);


/** Reported speech names its speaker first: a paragraph that asks before anyone replies is a question. */
function asksFirst(words: string): boolean {
  const asked = ASKS.exec(words)?.index;
  const replied = REPLIES.exec(words)?.index;
  return asked !== undefined && (replied === undefined || asked < replied);
}

const replies = (words: string) => REPLIES.test(words) && !asksFirst(words);

interface Minute {
  askedBy?: string;
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
    const paragraphs = splitParagraphs(toLines(text));
    const labels: ConsumedLabel[] = [];
    const nameAlone = (index: number) => {
      const paragraph = paragraphs[index];
      const next = paragraphs[index + 1];
      return paragraph?.length === 1 && next !== undefined && NAME_ALONE.test(paragraph[0]?.text.trim() ?? '') && !replies(paragraphText(next));
    };
    const asks = (index: number) => {
      const words = paragraphText(paragraphs[index] ?? []);
      return asksFirst(words);
    };
    const first = paragraphs.findIndex((_, index) => nameAlone(index) || asks(index));
    if (first === -1) throw new ImportError(1, "found no paragraph where someone 'asked the following question' or 'asked whether', and no asker named alone on a line");
    const minutes: Minute[] = [];
    let inReply = false;
    for (let index = first; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] ?? [];
      // "1. Mrs Jones asked …": the number is the minute's, not the question's.
      const number = numberLabels(paragraph[0]?.text ?? '');
      if (number) labels.push({ line: paragraph[0]?.number ?? 0, text: number.consumed });
      const words = paragraphText(number ? [{ ...(paragraph[0] as Line), text: number.rest }, ...paragraph.slice(1)] : paragraph);
      const current = minutes.at(-1);
      if (nameAlone(index)) {
        minutes.push({ askedBy: words.replace(/:$/, ''), asks: [], replies: [] });
        inReply = false;
      } else if (asks(index) && (current === undefined || current.replies.length > 0)) {
        // A question asked after a reply is a new entry, a supplementary question included.
        minutes.push({ asks: [words], replies: [] });
        inReply = false;
      } else if (replies(words) || inReply) {
        current?.replies.push(words);
        inReply = true;
      } else current?.asks.push(words);
    }
    const entries = minutes.map(({ askedBy, asks: asked, replies }): ParsedEntry => {
      if (asked.length === 0) throw new ImportError(1, `'${askedBy ?? ''}' is named as asking, but no question follows`);
      return {
        question: asked.join(' '),
        response: renderBlocks(replies.map((reply) => ({ kind: 'paragraph', text: escapeMarkdown(reply) }))),
        kind: 'question',
        ...(askedBy === undefined ? {} : { askedBy }),
      };
    });
    return {
      preamble: renderBlocks(paragraphs.slice(0, first).map((p) => ({ kind: 'paragraph', text: escapeMarkdown(paragraphText(p)) }))),
      entries,
      labels,
    };
  },
};
