import type { Block, NormalStyle } from './office-docx';
import type { ExpectedEntry, OfficeDocument } from './office-documents';

/**
 * Labels set in bold with what they label: a whole question line bold, its "Q." label included
 * ("**Q. Can I …?**"), and only the answer's label bold ("**A.** Yes …"), as a webinar's
 * follow-up note sets them. Every name is made up.
 */

const p = (paragraph: string): Block => ({ paragraph });
/** Word's template: Calibri 11 pt, 8 pt after each paragraph. */
const WORD: NormalStyle = { font: 'Calibri', size: 11, after: 8 };

const WEBINAR: ExpectedEntry[] = [
  {
    question: 'Can I record the annual review meeting?',
    response: 'Please ask the school first. Most schools agree, and will send you their own notes within two weeks.',
  },
  {
    question: 'Who writes the draft amended plan?',
    response: 'Your caseworker, using the school’s report and any new advice from professionals.',
  },
  {
    question: 'What if the review is late?',
    response: 'Tell your caseworker. The council must still decide within four weeks of the meeting whether to amend the plan.',
  },
];

export const OFFICE_LABELS: OfficeDocument[] = [
  {
    name: 'bold-question-labels',
    description: 'Q. / A. labels in bold, the whole question line bold with its label, untagged',
    tagged: false,
    spec: {
      normal: WORD,
      footer: 'Annual reviews webinar – {page}',
      body: [
        { heading: 'Annual reviews webinar: your questions', level: 1 },
        p('These are the questions asked in the chat during the webinar on 12 March.'),
        ...WEBINAR.flatMap((entry) => [p(`**Q. ${entry.question}**`), p(`**A.** ${entry.response}`)]),
      ],
    },
    entries: WEBINAR,
    furniture: ['Annual reviews webinar –'],
  },
];
