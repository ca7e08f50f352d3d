import { escapeMarkdown, joinLines, renderBlocks, splitParagraphs, toLines, type Line } from '../reading/blocks';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

// "Mrs J Smith asked the following question:", "Mr Brown asked whether …"
const ASKS = /\basked (?:the following (?:question|supplementary question)|whether|if|why|what|how|when|about|for)\b/i;
// "Councillor Green replied as follows:", "The Cabinet Member responded that …"
const REPLIES = /\b(?:replied|responded|answered|gave the following (?:reply|response))\b/i;

const textOf = (paragraph: readonly Line[]) => joinLines(paragraph.map((line) => line.text));

/**
 * Public-question minutes: a member of the public asks (often in reported speech) and an officer
 * or councillor replies. Every word is kept, including "asked the following question"; names of
 * the public are redacted through the sidecar's `redact` list.
 */
export const publicQuestionMinutes: LayoutParser = {
  description: "minutes of public questions: 'X asked the following question' / 'asked whether', then 'Y replied'",
  markers: [],
  parse({ text }) {
    const paragraphs = splitParagraphs(toLines(text));
    const first = paragraphs.findIndex((p) => ASKS.test(textOf(p)));
    if (first === -1) throw new ImportError(1, "found no paragraph where someone 'asked the following question' or 'asked whether'");
    const entries: (ParsedEntry & { replies: string[]; asks: string[] })[] = [];
    let inReply = false;
    for (const paragraph of paragraphs.slice(first)) {
      const text = textOf(paragraph);
      const current = entries.at(-1);
      if (ASKS.test(text) && !REPLIES.test(text)) {
        entries.push({ question: '', response: '', kind: 'question', asks: [text], replies: [] });
        inReply = false;
      } else if (REPLIES.test(text) || inReply) {
        current?.replies.push(text);
        inReply = true;
      } else current?.asks.push(text);
    }
    return {
      preamble: renderBlocks(paragraphs.slice(0, first).map((p) => ({ kind: 'paragraph', text: escapeMarkdown(textOf(p)) }))),
      entries: entries.map(({ asks, replies, kind }) => ({
        question: asks.join(' '),
        response: renderBlocks(replies.map((reply) => ({ kind: 'paragraph', text: escapeMarkdown(reply) }))),
        kind,
      })),
    };
  },
};
