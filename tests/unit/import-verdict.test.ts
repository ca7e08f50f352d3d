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
      entry('Who pays for it?', ''),
    ]);
    expect(codes(doubtful)).toEqual(['1 question-does-not-ask', '2 no-answer', '3 answer-holds-question', '4 no-answer']);
    expect(formatVerdict(doubtsAbout(doubtful))).toEqual([
      'Verdict: check entries 1, 2, 3, 4:',
      "  entry 1: its question does not ask anything: 'The meeting was held at County Hall and chaired by the Leader.'",
      '  entry 2: it has no answer',
      "  entry 3: its answer holds what looks like another question: 'What if I am refused? You can ask for a review.'",
      '  entry 4: it has no answer',
    ]);
  });

  it('takes what a right reading of a real document holds as the document, not as doubts', () => {
    // An FOI item nobody answered, its request quoted before the reply, answers by number skipping it.
    const foi = reading(
      [
        entry('How many pupils were educated at home?', '342 pupils.'),
        entry('How many had an EHC plan?', '58 pupils.'),
        entry('How many visits did the council make?', ''),
        entry('How many families asked for help?', '21 families.'),
      ],
      {
        preamble: 'Your request\n\n1\\. How many visits did the council make?',
        labels: [1, 2, 3, 4, 1, 2, 4].map((n, i) => ({ line: i + 3, text: `${n}. ` })),
      },
    );
    expect(codes(foi)).toEqual([]);
    // Two long answers of a short reading; a write-up's "Worries about … / were answered with …".
    const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const minutes = reading([
      entry('Mr Ford asked whether transport would be reviewed.', `The Director said ${long(95)}.`),
      entry('Ms Lee asked about short breaks.', `The Cabinet Member said ${long(70)}.`),
      entry('Worries about the new banding', 'were answered with a promise to consult schools first.'),
      // A label the document keeps inside the answer, alone on its line.
      entry(
        'There are not enough holiday club places.',
        'Both clubs were full by Easter.\n\nWE DID\n\nWe funded a nurse at three more clubs.',
        {
          kind: 'comment',
        },
      ),
    ]);
    expect(codes(minutes)).toEqual([]);
  });

  it('notices a reply in reported speech read into the question, and an exchange left in the preamble', () => {
    const parsed = reading(
      [
        entry('Members queried how many families heard late. In response,', 'the Director said that 310 families had.'),
        entry('A Member asked whether drivers were found. The officer explained that 42 had been recruited.', ''),
        entry('Councillor Lewis asked whether travel training would grow.', 'It was confirmed that it would.'),
      ],
      {
        preamble:
          'Key points:\n\n1\\. Councillor Ahmed sought reassurance that pupils were monitored. The Head of Inclusion explained that they were.',
      },
    );
    expect(codes(parsed)).toEqual(['- preamble-holds-exchange', '1 question-holds-reply', '2 question-holds-reply', '2 no-answer']);
    // A labelled question inside an answer: the label was missed.
    expect(codes(reading([entry('Can I appeal?', 'Yes, within two months.\n\nQ3: Who pays for the appeal? The council does.')]))).toEqual([
      '1 answer-holds-question',
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
        // Table cells pasted one a line, the next row's question and labelled answer read into this answer.
        entry('Is the new unit open?', 'Yes, since May. 4 Cllr Shaw Cllr Ray How many places does it have? Response: Twelve.'),
      ],
      { preamble: 'Parent forum\n\nWhat is a personal budget?' },
    );
    expect(codes(parsed)).toEqual([
      '- preamble-holds-question',
      '1 parts-in-one-entry',
      '2 question-runs-on',
      '2 answer-starts-mid-sentence',
      '3 answer-holds-heading',
      '4 answer-holds-question',
    ]);
  });

  it("takes a table's other column written after the answer for a field, not a heading run on", () => {
    const parsed = reading([
      entry('Who checks the plans?', 'The quality team reads a sample each month. Lead officer: Dana Pryce, Quality Manager'),
      entry('Who pays for transport?', 'The council does.\n\nLead officer: Head of SEND'),
      entry('Where is the hub?', 'On Station Road. Transport'),
    ]);
    expect(codes(parsed)).toEqual(['3 answer-holds-heading']);
    // …where it ends most answers: one field after one answer may be what follows the last answer.
    expect(codes(reading([entry('How many plans?', '1,204. Request reference: FOI 11943')]))).toEqual(['1 answer-holds-heading']);
  });

  it("notices an FAQ page's introduction, its prompts and its sign-off read as a family's questions", () => {
    const parsed = reading([
      entry('Welcome to our FAQs about short breaks. Who can have a short break?', 'Children aged 0 to 18.'),
      entry('Not sure whether your child is eligible?', 'Use the online checker.'),
      entry('Can I pay a relative?', 'Only in exceptional circumstances.\n\nStill have a question? Email the team.'),
    ]);
    expect(codes(parsed)).toEqual(['1 question-holds-introduction', '2 question-does-not-ask', '3 text-after-last-answer']);
    const contacts = (answer: string) => codes(reading([entry('How often are entries checked?', answer)]));
    expect(contacts('Every six months.\n\nEmail localoffer@example.gov.uk or ring 01632 960 415.')).toEqual(['1 text-after-last-answer']);
    // An answer that is the contacts, to a question asking for them, is one.
    expect(contacts('Email localoffer@example.gov.uk or ring 01632 960 415.')).toEqual([]);
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
