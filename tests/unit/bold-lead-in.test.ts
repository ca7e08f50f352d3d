import { describe, expect, it } from 'vitest';
import { boldLeadInDoubts, markdownParagraphs } from '../../lib/import/extract/bold-lead-in';
import { parseHtmlDocument } from '../../lib/import/extract/dom';
import { htmlToText } from '../../lib/import/extract/html-text';

describe('a bold question over two paragraphs', () => {
  it('doubts a bold sentence standing straight before a bold question, which a reading puts in the answer before it', () => {
    const body = parseHtmlDocument(
      '<!doctype html><html><body><p><strong>Does the band change?</strong></p><p>Yes.</p><p><strong>My son is in Year 5 and has a plan.</strong></p><p><strong>How is his funding worked out?</strong></p><p>By the band.</p></body></html>',
    ).body;
    expect(htmlToText(body).doubts).toEqual([
      '"My son is in Year 5 and has a plan." is set in bold like the question after it, "How is his funding worked out?": it may be the first part of that question',
    ]);
  });

  it('does not doubt a bold heading over a bold question, nor two bold questions, nor a plain sentence before one', () => {
    const paragraphs = markdownParagraphs([
      '**Getting help**',
      '',
      '**Who can ask?**',
      '',
      '**Can I ask again?**',
      '',
      'Read this first.',
      '',
      '**Is it free?**',
    ]);
    expect(paragraphs.map((paragraph) => paragraph.bold)).toEqual([true, true, true, false, true]);
    expect(boldLeadInDoubts(paragraphs)).toEqual([]);
  });
});
