import { describe, expect, it } from 'vitest';
import { formatPreview } from '../../lib/import/preview';
import type { ParsedDocument, ParsedEntry } from '../../lib/import/types';
import { doubtsAbout, extractionDoubts, formatVerdict } from '../../lib/import/verdict';

const entry = (question: string, response: string, extra: Partial<ParsedEntry> = {}): ParsedEntry => ({
  question,
  response,
  kind: 'question',
  ...extra,
});
const reading = (entries: ParsedEntry[], more: Partial<ParsedDocument> = {}): ParsedDocument => ({
  preamble: 'Parent forum questions, March 2024',
  entries,
  ...more,
});
const codes = (parsed: ParsedDocument) => doubtsAbout(parsed).map((d) => `${d.entry ?? '-'} ${d.code}`);

const clean = reading([
  entry('How long is the wait for an assessment?', 'About twelve weeks from the request.'),
  entry('Who decides on a school place?', 'The SEND panel, which meets every fortnight.'),
  entry('Mrs Reid asked whether transport would be funded.', 'The Director replied that it would.'),
]);

describe('the verdict on a reading', () => {
  it('finds nothing to doubt in one entry per question, reported speech included', () => {
    expect(doubtsAbout(clean)).toEqual([]);
    expect(formatVerdict([])).toEqual(['Verdict: looks right.']);
  });

  it('names each entry to check and why', () => {
    const doubtful = reading([
      entry('The meeting was held at County Hall and chaired by the Leader.', 'Minutes were agreed.'),
      entry('Can I appeal?', ''),
      entry('Is there help with transport?', 'Yes, apply online.\n\nWhat if I am refused? You can ask for a review.'),
    ]);
    expect(codes(doubtful)).toEqual(['1 question-does-not-ask', '2 no-answer', '3 answer-holds-question']);
    expect(formatVerdict(doubtsAbout(doubtful))).toEqual([
      'Verdict: check entries 1, 2, 3:',
      "  entry 1: its question does not ask anything: 'The meeting was held at County Hall and chaired by the Leader.'",
      '  entry 2: it has no answer',
      "  entry 3: its answer holds what looks like another question: 'What if I am refused? You can ask for a review.'",
    ]);
  });

  it('notices a question a paragraph long, one entry holding most of the document, and numbering that skips', () => {
    const long = Array.from({ length: 90 }, (_, i) => `word${i}`).join(' ');
    const answer = Array.from({ length: 200 }, () => 'the council replied').join(' ');
    const parsed = reading([entry(`${long}?`, 'Yes.'), entry('What about the rest?', answer)], {
      labels: [
        { line: 3, text: '1. ' },
        { line: 9, text: '3. ' },
      ],
    });
    expect(codes(parsed)).toEqual(['1 question-too-long', '2 entry-holds-most', '2 numbering-skips']);
    expect(doubtsAbout(parsed).find((d) => d.code === 'numbering-skips')?.reason).toBe(
      'the numbering skips from 1 to 3: question 2 may be inside the entry before',
    );
  });

  it('notices the shapes that keep every word and read the document wrong', () => {
    const parsed = reading(
      [
        entry(
          'Will the Chair tell me:',
          '(a) how many wait; (b) for how long; (c) what is being done?\n\n(a) 40. (b) A year. (c) More places.',
        ),
        entry('How do I apply? Fill in the form on the Local Offer and send it to the team', 'within two weeks of the decision.'),
        entry('Who pays for transport?', 'The council does.\n\nShort breaks'),
      ],
      { preamble: 'Parent forum\n\nWhat is a personal budget?' },
    );
    expect(codes(parsed)).toEqual([
      '- preamble-holds-question',
      '1 parts-in-one-entry',
      '2 question-runs-on',
      '2 answer-starts-mid-sentence',
      '3 answer-holds-heading',
    ]);
  });

  it('notices text after the last answer that it could not keep apart', () => {
    const parsed = reading([entry('Can I appeal?', 'Yes, within two months.\n\nThe Chair thanked everyone for attending.')]);
    expect(codes(parsed)).toEqual(['1 text-after-last-answer']);
  });

  it('adds doubts about the extracted text, so that a doubtful extraction never reads as right', () => {
    const extra = extractionDoubts([{ line: 14, reason: 'a table row has one cell' }]);
    expect(formatVerdict(doubtsAbout(clean, extra))).toEqual([
      'Verdict: check the reading:',
      '  the document: line 14: a table row has one cell',
    ]);
  });
});

describe('the preview of a reading', () => {
  it('gives each entry on one line, question then answer, each cut to its first line', () => {
    expect(
      formatPreview(reading([entry('How long is the wait?', '- About twelve weeks.\n- Longer in August.'), entry('Can I appeal?', '')])),
    ).toEqual(['1. How long is the wait? → About twelve weeks.', '2. Can I appeal? → (no answer)']);
  });
});
