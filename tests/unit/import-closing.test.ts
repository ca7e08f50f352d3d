import { describe, expect, it } from 'vitest';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { readDocument } from '../../lib/import/import-document';
import { closingStart } from '../../lib/import/reading/closing';

const faq = (after: string) => `Q: Can I appeal?\nA: Yes, within two months.\n\nQ: Who pays?\nA: The council does.\n\n${after}`;

describe('what follows the last answer', () => {
  it.each([
    ['a sign-off', 'Kind regards,\nJo Pryce\nHead of SEND'],
    ['the meeting moving on', 'The Chair thanked the questioners and closed the item.'],
    ['a cited footnote', 'Figures as at March*.\n\n* Provisional figures.'],
    ["an FOI reply's review rights", 'If you are unhappy with this reply you may ask for an internal review.'],
    ['a contact sign-off', 'You can contact the SEND Information team on 01632 960 731 or email sendinfo@westbury.gov.uk.'],
    ["a page's contacts under a heading", 'Contact the Local Offer team\nEmail: localoffer@marsham.gov.uk\nTelephone: 01632 960 415'],
    ['thanks for the questions', 'Thank you for your questions.'],
    ['when the page was last updated', 'Last updated: 3 June 2024'],
    ["an FAQ page's last prompt", 'Still have a question? Email shortbreaks@calderbrook.gov.uk.'],
    ['thanks to everybody', 'Thank you to everybody who came along this evening.'],
    ['a note on questions sent in later', 'Questions sent in after 4 May will be answered in the next edition of the newsletter.'],
    ["the document's control lines", 'Document owner: Head of SEND. Review date: June 2026.'],
    ["a closing heading and the page's contacts", 'More information\n\nIf you have a query about your child, email send@westbury.gov.uk.'],
    [
      "the minutes' actions and recommendations",
      'Actions/further information to be provided:\nThe Director to circulate the figures.\n\nRecommendations:\nThe Committee notes the update.',
    ],
    [
      "an FOI reply's re-use notice and reference",
      'The information in this response may be re-used for research.\nRequest reference:\nFOI 2025-0042',
    ],
    ["a page's related links", 'Related pages\nShort breaks\nWas this page helpful? Yes / No'],
    [
      'a note that the last answer is still awaited',
      "We are still waiting for the health team's reply and will add it here when we have it.",
    ],
    ['the next part of the agenda, with nothing in it', 'Petitions\nNo petitions were received.'],
    ["the write-up's dateline", 'Westmoor Parent Carer Forum, May 2025'],
    ['the Chair ending the item under its own number', '7. The Chair thanked the speakers.'],
    ["the minutes' next item, numbered without a stop", '14 ANY OTHER BUSINESS\nThere was no other business.'],
  ])('is kept apart from the last answer, for any layout: %s', (_, after) => {
    const text = faq(after);
    const parsed = readDocument({ text, layout: 'labelled-qa' });
    expect(parsed.entries.at(-1)?.response).toBe(
      after.startsWith('Figures') ? 'The council does.\n\nFigures as at March*.' : 'The council does.',
    );
    expect(parsed.closing).not.toBe('');
    expect(isComplete(measureCoverage({ text }, parsed, parsed))).toBe(true);
  });

  it('is not a line that only sounds like one, or one with more questions after it', () => {
    expect(closingStart(faq('- * a bullet, not a footnote'))).toBeUndefined();
    // A paragraph's first line, without a stop, goes on in lower case: it is no heading.
    expect(closingStart(faq('Parents are asked to agree to the request and are told what\nthe service will do and when.'))).toBeUndefined();
    // A heading with a question under it is the next question's.
    expect(closingStart(faq('Transport\nWho pays for my taxi?'))).toBeUndefined();
    // Contact details straight after a question are its answer.
    expect(
      closingStart('Q: Can I appeal?\nA: Yes.\n\nQ: How do I contact the team?\nEmail: send@example.gov.uk\nTelephone: 01632 960 000'),
    ).toBeUndefined();
    // …and so are a closing's words that take up the question above them; words that do not still close.
    expect(closingStart('Q: Who pays?\nA: The council.\n\nQ: When is the next meeting?\nThe next meeting is on 4 May.')).toBeUndefined();
    expect(closingStart('Q: Who pays?\nA: The council.\n\nQ: What about transport?\nThe meeting closed at 8pm.')).toBe(4);
    // A note that the answer is still awaited answers nothing, though it names what the question asks about.
    expect(
      closingStart(
        'Q: Who pays?\nA: The council.\n\nQ: Why were short breaks cut?\nWe are still waiting for a reply from the Short Breaks team and will add it here.',
      ),
    ).toBe(4);
    expect(
      closingStart(
        `Q: First?\nA: Thank you for your question. Yes.\n\nQ: Second?\nA: The Chair thanked the school.\n\nQ: Third?\nA: No.\nQ: Fourth?\nA: Maybe.\nQ: Fifth?\nA: Yes.\nQ: Sixth?\nA: No.`,
      ),
    ).toBeUndefined();
  });
});
