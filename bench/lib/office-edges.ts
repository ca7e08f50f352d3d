import type { Block, NormalStyle } from './office-docx';
import type { ExpectedEntry, OfficeDocument } from './office-documents';

/**
 * Office documents for what stands before the first answer, after the last and around a table's
 * cells: a masthead table whose logo cell has no text, and a floating box that prompts its own
 * advice ("Not sure where to start?") beside the introduction; a table's last row followed by a
 * thanks, a note on later questions or the document's control lines; a last question about the
 * next meeting, answered by the words that elsewhere announce it, above a signature; a "More
 * information" heading and a contact paragraph after bold questions; a feedback cell of two
 * paragraphs; compounds the PDF breaks at their own hyphens. Every name is made up.
 */

const p = (paragraph: string): Block => ({ paragraph });
/** Word's template: Calibri 11 pt, 8 pt after each paragraph. */
const WORD: NormalStyle = { font: 'Calibri', size: 11, after: 8 };

/** Feedback whose first cell runs to two paragraphs: the family's words, both of them. */
const FEEDBACK: { said: string[]; did: string[] }[] = [
  {
    said: ['Families said the waiting room at the child development centre is too noisy for autistic children.'],
    did: ['A quiet room with low lighting opened in October, and families can ask for it when they book.'],
  },
  {
    said: [
      'Parents felt that nobody explained what happens at an EHC needs assessment panel.',
      'Several had only found out the outcome from their child’s school.',
    ],
    did: [
      'Caseworkers now phone every family on the day of the panel to explain its decision.',
      'A short film about the panel has been added to the Local Offer.',
    ],
  },
  {
    said: ['Carers told us the short breaks application form asks the same questions three times.'],
    did: ['The form has been cut from eleven pages to four, with help from the Carers Network.'],
  },
];

/** Two themes, so that the first theme row is a section and not the end of the title. */
const themeOf = (index: number) => (index < 2 ? 'Health and care' : 'Short breaks');

const feedbackEntries: ExpectedEntry[] = FEEDBACK.map(({ said, did }, index) => ({
  section: themeOf(index),
  question: said.join(' '),
  response: did.join('\n\n'),
}));

const REFERENCED: ExpectedEntry[] = [
  {
    question: 'How do we ask for a change of school named in a plan?',
    response:
      'Ask for an early annual review. The caseworker will consult the school you would like, and write to you within fifteen days of its reply.',
  },
  {
    question: 'Will the council pay for an independent assessment?',
    response:
      'Not usually. The council commissions the advice it needs for an assessment, and you can send us any report you already have.',
  },
  {
    question: 'Who decides how much top-up funding a school gets?',
    response: 'A panel of head teachers and officers, using the banding framework published on the Local Offer.',
  },
  {
    question: 'Can a child with a plan attend a nursery part time?',
    response: 'Yes. The plan names the setting, and the hours are agreed with you and the nursery at the review.',
  },
];

const MEETING: ExpectedEntry[] = [
  {
    question: 'Is the sensory room at the family hub open at weekends?',
    response: 'Yes, on Saturday mornings from 9am to 12 noon. Booking is not needed.',
  },
  {
    question: 'Can siblings come to the holiday club?',
    response: 'Brothers and sisters under twelve are welcome on Fridays, when the club runs family sessions.',
  },
  {
    question: 'Who should I tell if my child’s taxi is late?',
    response: 'Ring the travel assistance team straight away. They log every late journey and take it up with the operator.',
  },
  {
    question: 'Where will the next meeting be held?',
    response: 'The next meeting will be held at Ashby Community Centre on Tuesday 3 March, from 10am to midday.',
  },
];

/** Answers long enough to wrap, each with compounds that a line may end inside. */
const COMPOUNDS: [string, ExpectedEntry[]][] = [
  [
    'Support in school',
    [
      {
        question: 'Will my child get one-to-one support in class?',
        response:
          'Some children need an adult beside them for part of the day, but most do better with support that builds independence. Schools decide with you how support is given: it may be one-to-one or in a small group, face-to-face or through step-by-step changes to how lessons are taught, and it is reviewed termly against a well-planned set of targets. Ask the SENCo to explain the plan for your child and how it will be reviewed.',
      },
      {
        question: 'Are parents’ meetings held in person?',
        response:
          'Most schools now offer both. You can ask for a face-to-face meeting if you prefer one, or a video call if that is easier for you to fit around work. Meetings should be long enough to talk about progress and agree next steps, and you can bring someone with you for support.',
      },
    ],
  ],
  [
    'Health',
    [
      {
        question: 'Can the school nurse help with my child’s medicine?',
        response:
          'Yes. The school nurse writes a care plan with you and trains the staff who will give the medicine. The plan covers day-to-day doses and what staff should do in an emergency, and it is checked at least once a year or sooner if the medicine changes.',
      },
    ],
  ],
];

const STARTING: [string, ExpectedEntry[]][] = [
  [
    'First steps',
    [
      {
        question: 'Who is my child’s key worker?',
        response: 'The SENCo at your child’s nursery or school, until a caseworker is named in a plan.',
      },
      {
        question: 'How do I find local activities?',
        response: 'The Local Offer lists clubs, holiday schemes and groups, with a filter for age and need.',
      },
    ],
  ],
  [
    'Plans',
    [
      {
        question: 'How long does an EHC needs assessment take?',
        response: 'No more than twenty weeks from the request to the final plan, if one is issued.',
      },
    ],
  ],
];

export const OFFICE_EDGES: OfficeDocument[] = [
  ...[true, false].map((tagged): OfficeDocument => ({
    name: `masthead-logo-advice-box${tagged ? '' : '-untagged'}`,
    description: `a borderless masthead table with a logo, a floating advice box beside the introduction, Heading 3 questions${tagged ? ', tagged' : ''}`,
    tagged,
    spec: {
      normal: WORD,
      footer: 'Brookfield SEND guide – Page {page}',
      body: [
        { table: { borders: false, widths: [1, 5], rows: [[['{logo}'], ['**Brookfield Council**', 'A guide for new families']]] } },
        {
          textbox: ['Not sure where to start?', 'Ring the SEND advice line on 01632 960 777, weekdays 9am to 4pm.'],
          paragraph: 'This guide answers the questions families ask us most in their first year with the SEND service in Brookfield.',
        },
        ...STARTING.flatMap(([section, entries]) => [
          { heading: section, level: 2 } as Block,
          ...entries.flatMap((entry): Block[] => [{ heading: entry.question, level: 3 }, p(entry.response)]),
        ]),
      ],
    },
    entries: STARTING.flatMap(([section, entries]) => entries.map((entry) => ({ section, ...entry }))),
    furniture: ['Brookfield SEND guide'],
  })),
  {
    name: 'feedback-two-paragraphs-thanks',
    description: 'You said | We did with a feedback cell of two paragraphs, then a thanks after the table, tagged',
    tagged: true,
    spec: {
      normal: WORD,
      footer: 'Family feedback report – Page {page} of {pages}',
      body: [
        { heading: 'What families told us this autumn', level: 1 },
        p('Each term the Hadley SEND service asks families what is and is not working.'),
        {
          table: {
            header: ['You said', 'We did'],
            rows: FEEDBACK.flatMap(({ said, did }, index) => [
              ...(index > 0 && themeOf(index) === themeOf(index - 1) ? [] : [[{ text: [themeOf(index)], span: 2 }]]),
              [said, did],
            ]),
          },
        },
        p('Thank you to everybody who gave us their views. The next report will follow in the spring.'),
      ],
    },
    entries: feedbackEntries,
    furniture: ['Family feedback report', 'You said', 'We did'],
  },
  {
    name: 'ref-table-document-control',
    description: 'a Ref | Question | Answer table, then a note on later questions and the document’s control lines, untagged',
    tagged: false,
    spec: {
      header: ['Larkfield Council\tSEND questions log'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Questions from the SENCo network, January', level: 1 },
        {
          table: {
            header: ['Ref', 'Question', 'Answer'],
            widths: [1, 5, 7],
            rows: REFERENCED.map((entry, i) => [[`Q${i + 1}`], [entry.question], [entry.response]]),
          },
        },
        p('Questions sent in after 30 January will be answered in the next edition of this log.'),
        p('Document owner: SEND Commissioning Manager. Review date: April 2026.'),
      ],
    },
    entries: REFERENCED,
    furniture: ['Larkfield Council', 'SEND questions log', 'Page', 'Ref', 'Question', 'Answer'],
  },
  {
    name: 'numbered-next-meeting-signed',
    description: 'a one-page note of numbered bold questions, the last about the next meeting, then a signature block, untagged',
    tagged: false,
    spec: {
      normal: WORD,
      body: [
        { heading: 'Carers’ drop-in: questions and answers', level: 1 },
        p('These are the questions carers asked at the January drop-in, with the answers from the family hub team.'),
        ...MEETING.flatMap((entry, i) => [p(`${i + 1}. **${entry.question}**`), p(entry.response)]),
        p('Signed: Ruth Okafor'),
        p('Family Hub Manager'),
        p('Date: 28 January 2026'),
      ],
    },
    entries: MEETING,
    furniture: [],
  },
  {
    name: 'bold-questions-more-information',
    description:
      'topic headings and bold questions, compounds broken at their hyphens, a "More information" heading and contacts at the end, untagged',
    tagged: false,
    spec: {
      normal: WORD,
      header: ['Thornfield Borough Council\tParent information evening'],
      footer: '{page}',
      body: [
        { heading: 'Parent information evening: your questions', level: 1 },
        p('Around sixty parents came to the evening at Thornfield Library. Here are their questions and our answers.'),
        ...COMPOUNDS.flatMap(([section, entries]) => [
          { heading: section, level: 2 } as Block,
          ...entries.flatMap((entry) => [p(`**${entry.question}**`), p(entry.response)]),
        ]),
        { heading: 'More information', level: 2 },
        p('If you have a query about your own child’s support, please email send@thornfield.gov.uk or call 01632 960 555.'),
      ],
    },
    entries: COMPOUNDS.flatMap(([section, entries]) => entries.map((entry) => ({ section, ...entry }))),
    furniture: ['Thornfield Borough Council', 'Parent information evening'],
  },
];
