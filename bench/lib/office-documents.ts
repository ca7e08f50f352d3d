import type { Layout } from '../../lib/content/schema';
import type { Block, CellSpec, DocumentSpec, NormalStyle } from './office-docx';
import { OFFICE_EDGES } from './office-edges';
import { OFFICE_LABELS } from './office-labels';
import { OFFICE_MINUTES } from './office-minutes';
import { OFFICE_VARIATIONS } from './office-variations';

/**
 * The council documents the office-suite fixtures are made from: each as a Word document spec,
 * the entries a person reads in it (written here, before any import was run) and the words that
 * must never reach an entry (page headers, footers, table headings). Every name is made up.
 */
export interface ExpectedEntry {
  section?: string;
  question: string;
  /** Markdown: paragraphs apart, bullets as "- ", links as [words](address), footnotes as [^n]. */
  response: string;
}

export interface OfficeDocument {
  name: string;
  /** What the document is like, for the bench and the test names. */
  description: string;
  spec: DocumentSpec;
  /** Export the PDF with its structure tree (File → Export as PDF → Tagged PDF). */
  tagged: boolean;
  entries: ExpectedEntry[];
  /** Text that is on the page but belongs to no entry. */
  furniture: string[];
  /** Reading instructions an editor would put in the sidecar. */
  sidecar?: { layout?: Layout; labels?: { question: string[]; answer: string[] } };
  /** Why the importer is known to read it wrongly: then its verdict must say so, never "looks right". */
  readsWrong?: string;
}

/** Word's template, which most council documents keep; the others keep LibreOffice's defaults. */
const WORD: NormalStyle = { font: 'Calibri', size: 11, after: 8 };

const cell = (response: string): string[] => response.split(/\n\n|\n(?=- )/);
const p = (paragraph: string): Block => ({ paragraph });

const TOPICS = [
  'EHC needs assessments',
  'annual reviews',
  'school transport',
  'short breaks',
  'speech and language therapy',
  'preparing for adulthood',
  'the Local Offer',
  'personal budgets',
];

/** The four-page table: varied questions and answers, every fourth with bullets, some long enough to cross a page. */
const forumRows: ExpectedEntry[] = Array.from({ length: 40 }, (_, i) => {
  const topic = TOPICS[i % TOPICS.length] ?? '';
  const n = i + 1;
  const long =
    i % 5 === 2
      ? `\n\nWe know that waiting is hard. The team publishes its figures for ${topic} every month on the Local Offer, and the parent carer forum reviews them with us each term so that families can see whether things are improving.`
      : '';
  const bullets =
    i % 4 === 1
      ? `\n- ask your caseworker for an update on ${topic}\n- email the SEND team, quoting your child's reference\n- contact SENDIASS for independent advice`
      : '';
  return {
    question: `How long should a family expect to wait for news about ${topic} (point ${n} raised at the forum), and who can they ask?`,
    response: `For ${topic}, the council aims to reply within ${10 + (i % 6)} working days of the request.${long}${bullets}`,
  };
});

/** The same rows put as issues, not questions. */
const issueRows = forumRows.slice(0, 12).map((entry) => ({
  ...entry,
  question: entry.question
    .replace(/^How long should a family expect/, 'Families do not know how long to expect')
    .replace(/, and who can they ask\?$/, '.'),
}));

const ownYouSaid: [string, ExpectedEntry[]][] = [
  [
    'Communication',
    [
      {
        question: 'Parents told us they did not know who their caseworker was.',
        response: 'Every family now receives a letter naming their caseworker within ten working days.',
      },
      {
        question: 'You said that emails went unanswered for weeks.',
        response: 'We set up a shared inbox that is checked every morning, and replies are sent within five working days.',
      },
    ],
  ],
  [
    'Annual reviews',
    [
      {
        question: 'Reports arrived too late to read before the meeting.',
        response: 'Schools now send reports at least two weeks before a review.\n\nWhere this does not happen, the review can be moved.',
      },
      {
        question: 'Young people were not asked for their views.',
        response: 'A one-page profile, written with the young person, is now part of every review.',
      },
    ],
  ],
  [
    'Transport',
    [{ question: 'Drivers changed without warning.', response: 'Operators must now tell families two days before a new driver starts.' }],
  ],
];

const FAQ: [string, ExpectedEntry[]][] = [
  [
    'Getting help',
    [
      {
        question: 'How do I ask for an EHC needs assessment?',
        response:
          'You can ask using the [online request form](https://www.westmere.gov.uk/send/request). Your child’s school can also make the request.',
      },
      {
        question: 'Can I get help with the paperwork?',
        response: 'Yes. SENDIASS can help you fill in the form, and the parent carer forum runs drop-in sessions.',
      },
    ],
  ],
  [
    'Travel',
    [
      {
        question: 'Who is eligible for free school transport?',
        response:
          'It depends on your child’s age and how far they live from the nearest suitable school:\n\n| Age | Distance |\n| --- | --- |\n| Under 8 | More than 2 miles |\n| 8 to 16 | More than 3 miles |\n\nChildren who cannot walk that distance because of their needs may also be eligible.',
      },
      {
        question: 'What if my child’s needs change during the year?',
        response: 'Tell the travel team as soon as you can, and they will look at the arrangements again.',
      },
    ],
  ],
];

const themeRows: { theme: string; rows: [string, string, string][] }[] = [
  {
    theme: 'Assessment',
    rows: [
      [
        'Why do assessments take longer than twenty weeks?',
        'The number of requests has doubled since 2021, and we have recruited four more educational psychologists.',
        'Head of SEND',
      ],
      [
        'Can families see the draft advice before the plan is written?',
        'Yes: advice is shared with families when the draft plan is sent.',
        'SEND team manager',
      ],
    ],
  },
  {
    theme: 'Placements',
    rows: [
      [
        'How are special school places allocated?',
        'A panel meets every fortnight and decides on the evidence in the plan.',
        'Placement panel chair',
      ],
      ['Will the new special school open on time?', 'Building work is on schedule for September.', 'Capital projects lead'],
      [
        'What happens while a child waits for a place?',
        'The current school keeps the support in the plan, with outreach from the special school.',
        'Inclusion lead',
      ],
    ],
  },
];

const QA_COLUMNS: ExpectedEntry[] = [
  {
    question: 'What is a personal budget?',
    response: 'An amount of money identified by the council to deliver provision set out in an EHC plan.',
  },
  {
    question: 'Who can ask for one?',
    response: 'A parent, or a young person over sixteen, can ask for a personal budget when a plan is being drawn up or reviewed.',
  },
  {
    question: 'Can a personal budget pay for transport?',
    response: 'Yes. Some families choose a travel allowance instead of a place on a bus.',
  },
  {
    question: 'How is the money paid?',
    response: 'As a direct payment into a separate bank account, or held by the school or the council on the family’s behalf.',
  },
  {
    question: 'Do I have to keep receipts?',
    response: 'Yes. Keep receipts for twelve months; the finance team checks a sample each year.',
  },
];

const BORDERLESS: ExpectedEntry[] = [
  {
    question: 'What is a key worker?',
    response: 'A named person who helps a family find their way through services and keeps everyone informed.',
  },
  { question: 'Who has one?', response: 'Families of children with complex needs, where several services are involved.' },
  {
    question: 'How do we ask for one?',
    response: 'Ask your health visitor, your child’s school or the SEND team.\n- by phone\n- by email',
  },
  { question: 'Does it cost anything?', response: 'No. The service is free.' },
];

const FOOTNOTES: OfficeDocument = {
  name: 'footnotes-and-text-box',
  description: 'Q: / A: paragraphs with footnotes and a text box',
  tagged: true,
  spec: {
    footnotes: { 1: 'Children and Families Act 2014, section 36.', 2: 'The figure for the year to March 2025.' },
    body: [
      { heading: 'Northfield SEND webinar: your questions', level: 1 },
      { textbox: ['Need help now? Call SENDIASS on 01234 567890.'] },
      p('Q: How long does an assessment take?'),
      p('A: The council must decide whether to assess within six weeks[^1]. Most decisions were made on time.[^2]'),
      p('Q: Can I ask again if the council says no?'),
      p('A: Yes. You can appeal to the tribunal, or ask again after six months if things have changed.'),
    ],
  },
  entries: [
    {
      question: 'How long does an assessment take?',
      response:
        'The council must decide whether to assess within six weeks[^1]. Most decisions were made on time.[^2]\n\n[^1]: Children and Families Act 2014, section 36.\n\n[^2]: The figure for the year to March 2025.',
    },
    {
      question: 'Can I ask again if the council says no?',
      response: 'Yes. You can appeal to the tribunal, or ask again after six months if things have changed.',
    },
  ],
  furniture: [],
};

/** Set so that LibreOffice breaks the first answer's line at the hyphen of "after-school". */
const CLUBS: ExpectedEntry[] = [
  {
    question: 'Are there after-school clubs for disabled children?',
    response:
      'Yes. The short breaks team funds twelve clubs for disabled young people in the county, and the list of after-school and holiday clubs is on the [Local Offer](https://www.northfield.gov.uk/local-offer).',
  },
  {
    question: 'Can my child bring a one-to-one worker?',
    response:
      'Yes. Clubs welcome one-to-one workers, and the short-breaks grant can pay for a worker’s place at after-school and holiday clubs alike.',
  },
  { question: 'How do I book a place?', response: 'Book through the club directly. Places for the long-term programme open in June.' },
];

/** Questions and answers of equal length: no row leaves a gap in either column to show where it ends. */
const WAITING: ExpectedEntry[] = Array.from({ length: 6 }, (_, i) => ({
  question: `My child is ${i + 5} and has been waiting for an assessment since last year; what can we do while we wait for the council to decide?`,
  response: `Ask the school to put support in place now, using its own SEN budget, and ask your caseworker for a date (row ${i + 1}).`,
}));

/** A borderless table long enough to run over two pages, a row cut by the break. */
const LONG_WAIT: ExpectedEntry[] = Array.from({ length: 30 }, (_, i) => ({
  question: `My child is ${i + 5} (case ${i + 1}) has been waiting since last year; what can we do while we wait?`,
  response: `Ask the school to put support in place now (row ${i + 1}).${i % 5 === 0 ? ' The caseworker will also phone you to agree what happens next, and write to confirm it within ten working days of the call.' : ''}`,
}));

const FORUM_TABLE: OfficeDocument = {
  name: 'forum-table-four-pages',
  description:
    'No. | Question | Response over four pages, header row repeated, bullets in cells, a borderless logo-and-title table, a two-part page header and Page X of Y',
  tagged: false,
  spec: {
    normal: WORD,
    header: ['Northshire County Council\tSEND Team'],
    footer: 'Page {page} of {pages}',
    body: [
      {
        table: {
          borders: false,
          widths: [1, 5],
          rows: [[['{logo}'], ['**Northshire SEND Parent Carer Forum**', 'Questions and answers, 12 May 2025']]],
        },
      },
      p('These are the questions families asked at the forum, with the responses from the council.'),
      {
        table: {
          header: ['No.', 'Question', 'Response'],
          widths: [1, 6, 8],
          rows: forumRows.map((entry, i) => [[`${i + 1}`], [entry.question], cell(entry.response)]),
        },
      },
    ],
  },
  entries: forumRows,
  furniture: ['Northshire County Council', 'SEND Team', 'Page', 'No.', 'Question', 'Response'],
};

export const OFFICE_DOCUMENTS: OfficeDocument[] = [
  {
    name: 'borderless-tagged-two-pages',
    description: 'a borderless Question | Answer table over two pages, read from the tags of a tagged PDF',
    tagged: true,
    spec: {
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Waiting', level: 1 },
        { table: { borders: false, header: ['Question', 'Answer'], rows: LONG_WAIT.map((entry) => [[entry.question], [entry.response]]) } },
      ],
    },
    entries: LONG_WAIT,
    furniture: ['Page', 'Question', 'Answer'],
  },
  {
    name: 'borderless-equal-rows',
    description: 'a borderless Question | Answer table whose cells are of one height, so only the order the file draws them shows the rows',
    tagged: false,
    spec: {
      body: [
        { heading: 'While you wait', level: 1 },
        { table: { borders: false, header: ['Question', 'Answer'], rows: WAITING.map((entry) => [[entry.question], [entry.response]]) } },
      ],
    },
    entries: WAITING,
    furniture: ['Question', 'Answer'],
  },
  {
    name: 'borderless-question-table',
    description: 'a Question | Answer table with no borders, as white space alone shows it',
    tagged: false,
    spec: {
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Key workers: questions from families', level: 1 },
        {
          table: {
            borders: false,
            header: ['Question', 'Answer'],
            widths: [2, 3],
            rows: BORDERLESS.map((entry) => [[entry.question], cell(entry.response)]),
          },
        },
      ],
    },
    entries: BORDERLESS,
    furniture: ['Page', 'Question', 'Answer'],
  },
  FORUM_TABLE,
  // The same table exported with tags: its rows from the structure tree, the header row repeated as an artifact.
  {
    ...FORUM_TABLE,
    name: 'forum-table-four-pages-tagged',
    description: 'the four-page forum table again, exported with tags',
    tagged: true,
  },
  {
    name: 'you-said-we-did',
    description: 'You said | We did, theme rows merged across both columns',
    tagged: true,
    spec: {
      body: [
        { heading: 'You said, we did: summer 2025', level: 1 },
        p('What families told the Eastmoor SEND service this year, and what the service changed.'),
        {
          table: {
            header: ['You said', 'We did'],
            rows: ownYouSaid.flatMap(([theme, entries]) => [
              [{ text: [theme], span: 2 }],
              ...entries.map((entry) => [[entry.question], cell(entry.response)]),
            ]),
          },
        },
      ],
    },
    entries: ownYouSaid.flatMap(([section, entries]) => entries.map((entry) => ({ section, ...entry }))),
    furniture: ['You said', 'We did'],
  },
  {
    name: 'running-text-headings',
    description: 'running text under topic headings, bold questions, links',
    tagged: true,
    spec: {
      normal: WORD,
      header: ['Southvale Council\tSEND Information, Advice and Support'],
      body: [
        { heading: 'Your questions about SEND support', level: 1 },
        p('We collected these questions at coffee mornings across Southvale this spring.'),
        ...FAQ.flatMap(([section, entries]) => [
          { heading: section, level: 2 } as Block,
          ...entries
            .filter((entry) => !entry.response.includes('|'))
            .flatMap((entry) => [p(`**${entry.question}**`), ...cell(entry.response).map(p)]),
        ]),
      ],
    },
    entries: FAQ.flatMap(([section, entries]) =>
      entries.filter((entry) => !entry.response.includes('|')).map((entry) => ({ section, ...entry })),
    ),
    furniture: ['Southvale Council', 'SEND Information, Advice and Support'],
  },
  {
    name: 'q-and-a-two-columns',
    description: 'Q1. / A1. paragraphs in a two-column section',
    tagged: false,
    spec: {
      normal: { font: 'Arial', size: 10, after: 6, justified: true },
      columns: 2,
      body: [
        { heading: 'Personal budgets: questions and answers', level: 1 },
        ...QA_COLUMNS.flatMap((entry, i) => [p(`Q${i + 1}. ${entry.question}`), p(`A${i + 1}. ${entry.response}`)]),
      ],
    },
    entries: QA_COLUMNS,
    furniture: [],
  },
  {
    name: 'minutes-supplementary',
    description: 'committee minutes: public questions, a supplementary question, the next agenda item',
    tagged: true,
    spec: {
      normal: WORD,
      footer: 'Page {page}',
      body: [
        { heading: 'Children and Young People Scrutiny Committee – 4 March 2025', level: 1 },
        { heading: 'Item 5: Public questions', level: 2 },
        p('1. Mr Dale Finch asked whether the council would publish how long families wait for an EHC needs assessment.'),
        p('The Cabinet Member replied that the figures would be published on the Local Offer every month from April.'),
        p('2. Ms Ivy Rowe asked how many children were waiting for a specialist place.'),
        p(
          'The Director of Children’s Services replied that 46 children were waiting, and that a new resource base would open in September.',
        ),
        p('As a supplementary question, Ms Rowe asked whether the resource base would take children from outside the county.'),
        p('The Director replied that places would be offered to Eastmoor children first.'),
      ],
    },
    entries: [
      {
        question: 'Mr Dale Finch asked whether the council would publish how long families wait for an EHC needs assessment.',
        response: 'The Cabinet Member replied that the figures would be published on the Local Offer every month from April.',
      },
      {
        question: 'Ms Ivy Rowe asked how many children were waiting for a specialist place.',
        response:
          'The Director of Children’s Services replied that 46 children were waiting, and that a new resource base would open in September.',
      },
      {
        question: 'As a supplementary question, Ms Rowe asked whether the resource base would take children from outside the county.',
        response: 'The Director replied that places would be offered to Eastmoor children first.',
      },
    ],
    furniture: ['Page'],
    sidecar: { layout: 'public-question-minutes' },
  },
  {
    name: 'faq-heading-3',
    description: 'an FAQ of Heading 3 questions, a table inside one answer',
    tagged: true,
    spec: {
      body: [
        { heading: 'Westmere SEND frequently asked questions', level: 1 },
        ...FAQ.flatMap(([section, entries]) => [
          { heading: section, level: 2 } as Block,
          ...entries.flatMap((entry): Block[] => {
            const [before = '', table = '', after = ''] = entry.response.split('\n\n');
            if (!table.includes('|')) return [{ heading: entry.question, level: 3 }, ...cell(entry.response).map(p)];
            const rows = table
              .split('\n')
              .filter((line) => !line.startsWith('| ---'))
              .map((line) => line.slice(2, -2).split(' | '));
            return [
              { heading: entry.question, level: 3 },
              p(before),
              { table: { header: rows[0], rows: rows.slice(1).map((row) => row.map((text) => [text])) } },
              p(after),
            ];
          }),
        ]),
      ],
    },
    entries: FAQ.flatMap(([section, entries]) => entries.map((entry) => ({ section, ...entry }))),
    furniture: [],
  },
  {
    name: 'landscape-theme-table',
    description: 'landscape Theme | Question | Response | Action/Owner, the theme merged down its rows',
    tagged: false,
    spec: {
      normal: WORD,
      landscape: true,
      header: ['Eastmoor SEND Partnership Board\tBoard papers'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Questions from the March board meeting', level: 1 },
        {
          table: {
            header: ['Theme', 'Question', 'Response', 'Action/Owner'],
            widths: [2, 5, 6, 3],
            rows: themeRows.flatMap(({ theme, rows }) =>
              rows.map(([question, response, owner], i): (CellSpec | null)[] => [
                i === 0 ? { text: [theme], down: rows.length } : null,
                [question],
                [response],
                [owner],
              ]),
            ),
          },
        },
      ],
    },
    entries: themeRows.flatMap(({ theme, rows }) =>
      rows.map(([question, response, owner]) => ({ section: theme, question, response: `${response}\n\nAction/Owner: ${owner}` })),
    ),
    furniture: ['Eastmoor SEND Partnership Board', 'Board papers', 'Page', 'Theme'],
  },
  FOOTNOTES,
  // The same document exported without tags: its text box is found from how the file draws it.
  {
    ...FOOTNOTES,
    name: 'footnotes-and-text-box-untagged',
    description: 'the footnotes and text box again, exported without tags',
    tagged: false,
  },
  {
    name: 'issue-response-table',
    description: 'Issue raised | Council response, ruled, a row crossing a page break',
    tagged: true,
    spec: {
      normal: WORD,
      header: ['Riverside Parent Carer Forum'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Issues raised with the local authority, autumn 2024', level: 1 },
        {
          table: { header: ['Issue raised', 'Council response'], rows: issueRows.map((entry) => [[entry.question], cell(entry.response)]) },
        },
      ],
    },
    entries: issueRows,
    furniture: ['Riverside Parent Carer Forum', 'Page', 'Issue raised', 'Council response'],
  },
  {
    name: 'numbered-questions-hyphens',
    description: 'numbered questions, a real hyphen at a line end (after-school), a link, page numbers',
    tagged: false,
    spec: {
      footer: '{page}',
      body: [
        { heading: 'After-school clubs and holiday activities', level: 1 },
        ...CLUBS.flatMap((entry, i) => [p(`${i + 1}. ${entry.question}`), p(entry.response)]),
      ],
    },
    entries: CLUBS,
    furniture: [],
  },
  {
    name: 'one-page-header-footer',
    description: 'one page, a two-part page header without a number and a footer',
    tagged: false,
    spec: {
      header: ['Westmere Council\tSEND Team'],
      footer: 'Published by the SEND Team, Westmere Council',
      body: [
        { heading: 'Coffee morning questions', level: 1 },
        p('Q: When is the next coffee morning?'),
        p('A: On the first Tuesday of every month, at the family hub.'),
        p('Q: Do I need to book?'),
        p('A: No. Just come along; children are welcome.'),
      ],
    },
    entries: [
      { question: 'When is the next coffee morning?', response: 'On the first Tuesday of every month, at the family hub.' },
      { question: 'Do I need to book?', response: 'No. Just come along; children are welcome.' },
    ],
    furniture: ['Westmere Council', 'SEND Team', 'Published by'],
  },
  {
    name: 'question-answer-labels-lists',
    description: 'Question: / Answer: paragraphs with bullets and a numbered list in an answer, tagged',
    tagged: true,
    spec: {
      header: ['Southvale SEND newsletter'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Spring term questions', level: 1 },
        p('Question: What should I bring to an annual review?'),
        p('Answer: Bring anything that shows how your child is doing:'),
        p('- recent school reports'),
        p('- letters from health professionals'),
        p('- your own notes'),
        p('Question: What happens after the review?'),
        p('Answer: The school sends a report to the council, which then:'),
        p('1. decides whether to amend the plan'),
        p('2. writes to you within four weeks'),
        p('3. sends a draft of any changes'),
      ],
    },
    entries: [
      {
        question: 'What should I bring to an annual review?',
        response:
          'Bring anything that shows how your child is doing:\n\n- recent school reports\n- letters from health professionals\n- your own notes',
      },
      {
        question: 'What happens after the review?',
        response:
          'The school sends a report to the council, which then:\n\n1. decides whether to amend the plan\n2. writes to you within four weeks\n3. sends a draft of any changes',
      },
    ],
    furniture: ['Southvale SEND newsletter', 'Page'],
  },
  ...OFFICE_VARIATIONS,
  ...OFFICE_EDGES,
  ...OFFICE_MINUTES,
  ...OFFICE_LABELS,
];
