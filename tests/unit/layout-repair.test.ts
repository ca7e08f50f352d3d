import { describe, expect, it } from 'vitest';
import { joinLines, splitParagraphs, toLines } from '../../lib/import/reading/blocks';
import { dropPlaceholderLinks, unwrapWholeBold } from '../../lib/import/reading/inline';
import { normaliseText, redact, removeFurniture } from '../../lib/import/reading/normalise';

describe('layout repair', () => {
  it.each([
    { name: 'collapses PDF spacing and non-breaking spaces', input: 'Follow \u00a0 up \u00a0from', expected: 'Follow up from' },
    { name: 'turns hyphen + U+2010 into one hyphen', input: 'off-\u2010rolling', expected: 'off-rolling' },
    { name: 'turns a lone U+2010 into a hyphen', input: 'school\u2010based', expected: 'school-based' },
    { name: 'drops trailing spaces but keeps indentation', input: ' - o answer  \r\nnext', expected: ' - o answer\nnext' },
  ])('$name', ({ input, expected }) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each([
    {
      name: 'joins a word broken at a hyphen without a space',
      input: ['having a melt-', 'down’ but'],
      expected: 'having a melt-down’ but',
    },
    { name: 'joins other lines with one space', input: ['the school ', ' should'], expected: 'the school should' },
    { name: 'keeps a dash that stands alone', input: ['EHCP -', 'the'], expected: 'EHCP - the' },
  ])('$name', ({ input, expected }) => {
    expect(joinLines(input)).toBe(expected);
  });

  it.each([
    { name: 'a page break before a lower-case word continues the paragraph', input: 'is a primary\n\nfocus in', paragraphs: 1 },
    {
      name: 'a wide gap after an unfinished line continues the paragraph',
      input: 'for Autism; Hearing\n\n\n\nImpairment; and',
      paragraphs: 1,
    },
    { name: 'a blank line after a finished sentence starts a new paragraph', input: 'in Barnet.\n\nHowever, we', paragraphs: 2 },
    { name: 'a bullet always starts a new paragraph', input: 'the joint\n\n• meeting', paragraphs: 2 },
  ])('$name', ({ input, paragraphs }) => {
    expect(splitParagraphs(toLines(input), (text) => text.startsWith('•'))).toHaveLength(paragraphs);
  });

  it.each([
    { name: 'placeholder link keeps its text', input: 'via the Local Offer [here](#).', expected: 'via the Local Offer here.' },
    { name: 'empty link address keeps its text', input: 'see [the slides]()', expected: 'see the slides' },
    { name: 'a real link is kept', input: '[DfE](https://www.gov.uk/)', expected: '[DfE](https://www.gov.uk/)' },
  ])('$name', ({ input, expected }) => {
    expect(dropPlaceholderLinks(input)).toBe(expected);
  });

  it.each([
    {
      name: 'bold around a whole answer is dropped',
      input: '**This will be addressed in a future forum.**',
      expected: 'This will be addressed in a future forum.',
    },
    {
      name: 'bold italic around a whole answer is dropped',
      input: '***Thank you for your suggestion.***',
      expected: 'Thank you for your suggestion.',
    },
    { name: 'bold inside an answer is kept', input: 'providers **cannot legally** be', expected: 'providers **cannot legally** be' },
    { name: 'two bold runs are not one whole answer', input: '**Yes** and **no**', expected: '**Yes** and **no**' },
  ])('$name', ({ input, expected }) => {
    expect(unwrapWholeBold(input)).toBe(expected);
  });

  it('removes declared furniture even when bold and wrapped over two lines', () => {
    expect(removeFurniture('answer\n**THE EDUCATION\nPEOPLE**\n- next', ['THE EDUCATION PEOPLE'])).toBe('answer\n\n\n- next');
  });

  it('leaves furniture words that are part of a sentence', () => {
    expect(removeFurniture('ask THE EDUCATION PEOPLE team', ['THE EDUCATION PEOPLE'])).toBe('ask THE EDUCATION PEOPLE team');
  });

  it('redacts a declared name even when a line break splits it', () => {
    // The line break is kept, so that line numbers still match the document.
    expect(redact('Question 5: Alex\nExample said', ['Alex Example'])).toBe('Question 5: [name withheld]\n said');
  });
});
