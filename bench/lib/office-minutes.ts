import type { Block, NormalStyle } from './office-docx';
import type { ExpectedEntry, OfficeDocument } from './office-documents';

/**
 * Minutes whose public questions are quoted in the questioners' own words, several sentences
 * inside one pair of quotation marks, with a supplementary question, and a reply read out for a
 * questioner who could not attend; read with no sidecar, as a new editor's import reads them.
 * Every name is made up.
 */

const p = (paragraph: string): Block => ({ paragraph });
/** Word's template: Calibri 11 pt, 8 pt after each paragraph. */
const WORD: NormalStyle = { font: 'Calibri', size: 11, after: 8 };

const QUOTED: ExpectedEntry[] = [
  {
    question:
      'Mr Daniel Reeve asked: “Our daughter has waited eight months for a place at a special school. The panel agreed she needs one. When will the council tell us which school she can go to?”',
    response:
      'The Lead Member for Education (Councillor Sara Quinn) replied that she understood how hard the wait had been. Offers for September would be made by the end of March, and the family’s caseworker would ring them that week.',
  },
  {
    question: 'By way of a supplementary question, Mr Reeve asked whether his daughter could visit the school before the offer was made.',
    response: 'Councillor Quinn replied that visits could be arranged through the caseworker as soon as a school had been consulted.',
  },
  {
    question:
      'Ms Aisha Karim had submitted the following question but could not attend the meeting: “Why are short breaks for disabled teenagers only offered during the school holidays?”',
    response:
      'In Ms Karim’s absence, the Chair read out the following reply: term-time sessions on Saturdays are being tried at two youth centres this spring, and will be extended if families use them.',
  },
];

export const OFFICE_MINUTES: OfficeDocument[] = [
  {
    name: 'minutes-quoted-questions',
    description:
      'committee minutes: questions quoted in several sentences, a supplementary question, a reply read out for an absent questioner, no sidecar',
    tagged: false,
    spec: {
      normal: WORD,
      footer: 'Education and Skills Committee – 9 February 2026 – Page {page}',
      body: [
        p('**MINUTES of the Education and Skills Committee held at Ferndale Civic Centre on 9 February 2026**'),
        p('Present: Councillor Sara Quinn (Chair), Councillors A. Bishop, L. Grant and N. Hussain.'),
        p('1. **PUBLIC QUESTIONS**'),
        p('Two questions had been received from members of the public. The questions and the replies are set out below.'),
        ...QUOTED.flatMap((entry) => [p(entry.question), p(entry.response)]),
        p('The Chair thanked the questioners and closed the item.'),
        p('2. **SCHOOL PLACES PLANNING**'),
        p('The committee noted the report.'),
      ],
    },
    entries: QUOTED,
    furniture: ['Education and Skills Committee'],
  },
];
