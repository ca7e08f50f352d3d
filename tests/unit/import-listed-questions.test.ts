import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/import/import-document';
import { measureCoverage, isComplete } from '../../lib/import/coverage';

const minutes = [
  'Item 4 - Public questions',
  '',
  '- Mr Hale asked whether the waiting list was',
  '  shrinking; the Director said that it had fallen by a',
  '  third since March.',
  '- Ms Penn asked about transport. She was told that',
  '  the new routes start in September.',
].join('\n');
const read = (questions: (string | number)[], answers?: (string | number | null)[]) =>
  readDocument({ text: minutes, layout: 'listed-questions', questions, answers });

describe('the sidecar says where each question starts (layout: listed-questions)', () => {
  it('reads each question from its first words to where its answer starts, and keeps every word', () => {
    const parsed = read(['Mr Hale asked', 'Ms Penn asked'], ['the Director said', 'She was told']);
    expect(parsed.entries.map((e) => [e.question, e.response])).toEqual([
      ['Mr Hale asked whether the waiting list was shrinking;', 'the Director said that it had fallen by a third since March.'],
      ['Ms Penn asked about transport.', 'She was told that the new routes start in September.'],
    ]);
    expect(parsed.preamble).toBe('Item 4 - Public questions');
    expect(isComplete(measureCoverage({ text: minutes }, parsed, parsed))).toBe(true);
  });

  it('takes line numbers, a bullet not counting as a first word, and without answers ends a question at its paragraph', () => {
    const parsed = readDocument({
      text: 'Intro\n\n- Can I appeal?\nYes, within two months.\n\n- Who pays\nfor transport\n\nThe council does.',
      layout: 'listed-questions',
      questions: [3, 6],
    });
    expect(parsed.entries.map((e) => [e.question, e.response])).toEqual([
      ['Can I appeal?', 'Yes, within two months.'],
      ['Who pays for transport', 'The council does.'],
    ]);
  });

  it('says which listed place it cannot find, and what to write instead', () => {
    expect(() => read(['Mr Hale asked', 'Mrs Penn asked'])).toThrow(
      "questions (2): 'Mrs Penn asked' is not in the document after line 3; copy the first words exactly as the document has them, or give the line number",
    );
    expect(() => read(['Mr Hale asked'], ['the Director said', 'She was told'])).toThrow(
      'answers: lists 2 places for 1 questions; give one for each question, in order (null for a question with no answer)',
    );
    expect(() => read([40])).toThrow('questions (1): line 40 is past the end of the document (7 lines)');
    expect(() => readDocument({ text: minutes, layout: 'listed-questions' })).toThrow(
      "the sidecar lists no questions: give 'questions:' with the first words of each question",
    );
  });
});
