/**
 * A question set in bold over two paragraphs: what the parent said ("My son is in Year 5 and has
 * a plan.") and then what they asked ("How is his funding worked out?"). A reading that takes a
 * question to be one paragraph puts the first in the answer before it, or in the preamble, and
 * nothing in the words shows it; the extraction, which sees the bold, says so.
 */
export interface WeightedParagraph {
  text: string;
  /** Set wholly in bold. */
  bold: boolean;
}

const quote = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().slice(0, 50);

/** A doubt for each bold sentence standing straight before a bold question, as the first part of it may. */
export function boldLeadInDoubts(paragraphs: readonly WeightedParagraph[]): string[] {
  return paragraphs.flatMap((paragraph, index) => {
    const next = paragraphs[index + 1];
    // A sentence, not a heading (which ends with no full stop) nor a question of its own.
    const sentence = /[.!]["”’)]?$/.test(paragraph.text.replace(/\*\*$/, '').trim());
    const asks = next !== undefined && /\?["”’)]?$/.test(next.text.replace(/\*\*$/, '').trim());
    return paragraph.bold && next?.bold && sentence && asks
      ? [
          `"${quote(paragraph.text)}" is set in bold like the question after it, "${quote(next.text)}": it may be the first part of that question`,
        ]
      : [];
  });
}

/** The paragraphs of written text (blank lines between them), each wholly in bold when markdown's ** wraps it. */
export function markdownParagraphs(lines: readonly string[]): WeightedParagraph[] {
  const paragraphs: WeightedParagraph[] = [];
  let current: string[] = [];
  const close = () => {
    const text = current.join(' ').trim();
    if (text !== '') paragraphs.push({ text, bold: /^\*\*[^*]+\*\*$/.test(text) });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') close();
    else current.push(line.trim());
  }
  close();
  return paragraphs;
}
