import type { Block, CellSpec, NormalStyle } from './office-docx';
import type { ExpectedEntry, OfficeDocument } from './office-documents';

/**
 * Office documents in the variations councils' templates add to the first fixtures: protective
 * markings and two-part page headers on every page of an untagged PDF, a running header whose page
 * number changes, a one-page document's header, Q./A. labels with a tab after them, a text box
 * anchored in an answer, a table in landscape whose rows cross page breaks. Every name is made up.
 */

const p = (paragraph: string): Block => ({ paragraph });
/** Word's template: Calibri 11 pt, 8 pt after each paragraph. */
const WORD: NormalStyle = { font: 'Calibri', size: 11, after: 8 };

const SERVICES = [
  'the educational psychology service',
  'the sensory support team',
  'the autism outreach service',
  'the hospital education service',
  'the portage service',
  'the inclusion support team',
];

/** Long enough that a document of a dozen runs over three pages. */
const SERVICE_ENTRIES: ExpectedEntry[] = Array.from({ length: 12 }, (_, i) => {
  const service = SERVICES[i % SERVICES.length] ?? '';
  return {
    question: `How does a school ask for help from ${service} (question ${i + 1} from the survey)?`,
    response: `The school's SENCo completes a request form and sends it to ${service}, which replies within ${5 + (i % 4)} weeks.\n\nParents are asked to agree to the request, and are told what the service will do and when. If the request is turned down, the letter says why and what the school can do instead.`,
  };
});

const TRAVEL: ExpectedEntry[] = Array.from({ length: 9 }, (_, i) => ({
  question: `Can a young person aged ${16 + (i % 4)} keep their travel support when they move to college (case ${i + 1})?`,
  response: `Yes, if they still meet the policy for post-16 travel. The travel team reviews each case before the summer term ends.${i % 3 === 1 ? ' Families who disagree with the decision can ask for a review by a senior officer within twenty working days, and then appeal to a panel of councillors, who will hear from the family in person if they wish.' : ''}`,
}));

const HUB: ExpectedEntry[] = [
  { question: 'Where is the family hub?', response: 'In the old library on Station Road, next to the health centre.' },
  { question: 'Can I bring my child?', response: 'Yes. There is a play area, and staff from the portage service are there to help.' },
  { question: 'Is there parking?', response: 'There are six spaces at the back, two of them for blue badge holders.' },
];

const BOX_ENTRIES: ExpectedEntry[] = [
  {
    question: 'Who do I contact about my child’s EHC plan?',
    response:
      'Your child’s caseworker, whose name is on the front of the plan.\n\nOffice hours: 9am to 5pm, Monday to Friday.\n\nIf you do not know who that is, call the SEND team on 01632 960123.',
  },
  {
    question: 'What if my child’s school cannot meet their needs?',
    response:
      'The school should call a review meeting. The council must then consider whether the plan needs to change[^1].\n\n[^1]: Children and Families Act 2014, section 44.',
  },
  { question: 'Can I visit other schools?', response: 'Yes. Most schools welcome visits; ask the school office for a time.' },
];

/** Rows of a borderless table long enough for two pages; some questions fill their cell's line. */
const HUB_ROWS: ExpectedEntry[] = Array.from({ length: 24 }, (_, i) => {
  const entry = HUB[i % HUB.length] ?? { question: '', response: '' };
  return {
    question:
      i % 4 === 3 ? `Can the family hub help us with an EHC plan (visit ${i + 1})?` : entry.question.replace(/\?$/, ` (visit ${i + 1})?`),
    response: i % 4 === 3 ? 'Yes. A SENDIASS adviser is there on Tuesdays.\n\nBook a slot at reception or by phone.' : entry.response,
  };
});

/** Themes merged down their rows, each theme's rows enough that the table runs over pages. */
const THEMED = [
  { theme: 'Assessment', entries: SERVICE_ENTRIES.slice(0, 4) },
  { theme: 'Support in school', entries: SERVICE_ENTRIES.slice(4, 9) },
  { theme: 'Moving on', entries: SERVICE_ENTRIES.slice(9) },
];

/** A parent's question in two bold paragraphs: what they said, then what they asked. */
const TOP_UP: ExpectedEntry[] = [
  { question: 'Does the band change each year?', response: 'Yes, at the annual review.' },
  {
    question: 'My son is in Year 5 and has an EHC plan.\n\nHow is top-up funding worked out for him?',
    response: 'The school is given a band for each child, set by the needs in the plan.',
  },
  { question: 'Who decides the band?', response: 'The SEND panel, using the plan and the school’s advice.' },
];

/** Long answers with footnotes, so that a text box stands beside lines of an answer, not a short line alone. */
const IN_WRITING =
  ' The school must also tell you in writing, and the letter must say how long the exclusion lasts and how you can ask the governors to look at it again.';
const EXCLUSION_NOTES = {
  1: 'Department for Education, suspension and permanent exclusion guidance, 2024.',
  2: 'It should be tried first, usually for six weeks.',
};
const CONTACT = 'Need advice now? Call SENDIASS on 01632 960111.';
const EXCLUSIONS: ExpectedEntry[] = [
  {
    question: 'Can my child be sent home early without it being recorded?',
    response: `No. Sending a child home for part of the day is an exclusion and must be recorded[^1].${IN_WRITING}`,
  },
  {
    question: 'What is a managed move?',
    response: `A planned move to another school, agreed by everyone[^2]. It is not an exclusion.${IN_WRITING}`,
  },
  { question: 'Can I appeal a permanent exclusion?', response: `Yes, to an independent review panel.${IN_WRITING}` },
];

/** Answers long enough that each page has a note at its foot, the notes alike but for their numbers, as references to one Act are. */
const SECTIONS = [36, 42, 44, 37, 39, 43];
const CITED: ExpectedEntry[] = SECTIONS.map((section, i) => ({
  question: `What does the law say about question ${i + 1} from the forum?`,
  response: `The council must follow the Act[^${i + 1}].${IN_WRITING}${IN_WRITING}${IN_WRITING}\n\n[^${i + 1}]: Children and Families Act 2014, section ${section}.`,
}));

/** The SENCo survey's bold questions and answer paragraphs, under two different templates' headers. */
const SERVICE_SURVEY = [
  { heading: 'Support for schools', level: 1 as const },
  p('These are the questions SENCos asked in the spring survey, with the answers from each service.'),
  ...SERVICE_ENTRIES.flatMap((entry) => [p(`**${entry.question}**`), ...entry.response.split('\n\n').map(p)]),
];

/** The landscape Question | Answer table of post-16 travel over several pages, under a protective marking. */
const landscapeTravel = (marking: string) => ({
  landscape: true,
  marking,
  footer: 'Page {page} of {pages}',
  body: [
    { heading: 'Post-16 travel: questions from families', level: 1 as const },
    { table: { header: ['Question', 'Answer'], widths: [2, 3], rows: TRAVEL.map((entry) => [[entry.question], [entry.response]]) } },
  ],
});

export const OFFICE_VARIATIONS: OfficeDocument[] = [
  {
    name: 'different-first-page-header',
    description:
      'a two-part running header without a number, set inside the margins, on every page but the first, which has its own header (a title page), untagged',
    tagged: false,
    spec: {
      normal: WORD,
      margins: { page: 1.3, header: 1.05 },
      firstPageHeader: ['Kestrel Borough Council'],
      header: ['Kestrel Borough Council\tSEND newsletter, spring term'],
      footer: 'Page {page} of {pages}',
      body: SERVICE_SURVEY,
    },
    entries: SERVICE_ENTRIES,
    furniture: ['Kestrel Borough Council', 'SEND newsletter', 'Page'],
  },
  {
    name: 'borderless-table-over-pages',
    description:
      'a borderless Question | Answer table over two pages, untagged: its header row repeated, a row cut by the break, one-line questions whose cell ends near the next, the footer close under a full page',
    tagged: false,
    spec: {
      normal: WORD,
      marking: 'OFFICIAL',
      header: ['Harrowgate City Council\tFamily hubs'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Family hubs: your questions', level: 1 },
        {
          table: {
            borders: false,
            header: ['Question', 'Answer'],
            rows: HUB_ROWS.map((entry) => [[entry.question], entry.response.split('\n\n')]),
          },
        },
      ],
    },
    entries: HUB_ROWS,
    furniture: ['OFFICIAL', 'Harrowgate City Council', 'Page', 'Question', 'Answer'],
  },
  {
    name: 'footnotes-alike-over-pages',
    description: 'footnotes at the foot of each page, alike but for their numbers (sections of one Act), untagged',
    tagged: false,
    spec: {
      normal: WORD,
      footer: 'Page {page} of {pages}',
      footnotes: Object.fromEntries(SECTIONS.map((section, i) => [i + 1, `Children and Families Act 2014, section ${section}.`])),
      body: [
        { heading: 'The law on exclusions', level: 1 },
        ...CITED.flatMap((entry) => [p(`Q: ${entry.question}`), p(`A: ${entry.response.split('\n\n')[0] ?? ''}`)]),
      ],
    },
    entries: CITED,
    furniture: ['Page'],
  },
  ...[true, false].map((tagged): OfficeDocument => ({
    name: `text-box-over-answer${tagged ? '' : '-untagged'}`,
    description: `a text box drawn over the lines of a long answer (the text does not wrap round it), footnotes in two answers${tagged ? '' : ', untagged'}`,
    tagged,
    spec: {
      normal: WORD,
      footnotes: EXCLUSION_NOTES,
      body: [
        { heading: 'Exclusions: your questions', level: 1 },
        ...EXCLUSIONS.flatMap((entry, i): Block[] => [
          p(`**${entry.question}**`),
          i === 0 ? { textbox: [CONTACT], paragraph: entry.response } : p(entry.response),
        ]),
      ],
    },
    // Each note after the paragraph that cites it; the box after that paragraph and its note.
    entries: EXCLUSIONS.map((entry, i) => ({
      ...entry,
      response: `${entry.response}${i < 2 ? `\n\n[^${i + 1}]: ${EXCLUSION_NOTES[(i + 1) as 1 | 2]}` : ''}${i === 0 ? `\n\n${CONTACT}` : ''}`,
    })),
    furniture: [],
  })),
  ...[true, false].map((tagged): OfficeDocument => ({
    name: `bold-question-two-paragraphs${tagged ? '' : '-untagged'}`,
    description: `bold questions, one of them in two paragraphs (what the parent said, then asked)${tagged ? '' : ', untagged'}`,
    tagged,
    spec: {
      normal: WORD,
      body: [
        { heading: 'Top-up funding: your questions', level: 1 },
        ...TOP_UP.flatMap((entry) => [...entry.question.split('\n\n').map((part) => p(`**${part}**`)), p(entry.response)]),
      ],
    },
    entries: TOP_UP,
    furniture: [],
    readsWrong: 'a question in two paragraphs is read as its last paragraph alone; the first goes into the answer before it',
  })),
  {
    name: 'two-part-header-marking',
    description: 'three pages of bold questions under a protective marking and a long two-part page header (council, tab, title), untagged',
    tagged: false,
    spec: {
      marking: 'OFFICIAL',
      header: ['Harrowgate City Council\tSupport for schools: questions from the SENCo survey'],
      footer: 'Page {page} of {pages}',
      body: SERVICE_SURVEY,
    },
    entries: SERVICE_ENTRIES,
    furniture: ['OFFICIAL', 'Harrowgate City Council', 'Support for schools: questions', 'Page'],
  },
  {
    name: 'official-landscape-table',
    description:
      'a landscape Question | Answer table over pages, header row repeated, rows crossing page breaks, OFFICIAL in header and footer, untagged',
    tagged: false,
    spec: landscapeTravel('OFFICIAL'),
    entries: TRAVEL,
    furniture: ['OFFICIAL', 'Page', 'Question', 'Answer'],
  },
  {
    name: 'official-landscape-table-tagged',
    description: 'the landscape table again, exported with tags',
    tagged: true,
    spec: landscapeTravel('OFFICIAL – SENSITIVE'),
    entries: TRAVEL,
    furniture: ['OFFICIAL', 'Page', 'Question', 'Answer'],
  },
  {
    name: 'running-header-page-number',
    description:
      'Q. and A. with a tab after each, a running header whose page number changes, NOT PROTECTIVELY MARKED in the footer, untagged',
    tagged: false,
    spec: {
      header: ['Parent carer forum, 14 May 2025\tPage {page}'],
      footer: 'NOT PROTECTIVELY MARKED',
      body: [
        { heading: 'Questions to the SEND services', level: 1 },
        ...SERVICE_ENTRIES.slice(0, 8).flatMap((entry) => {
          const [first = '', ...rest] = entry.response.split('\n\n');
          return [p(`Q.\t${entry.question}`), p(`A.\t${first}`), ...rest.map(p)];
        }),
      ],
    },
    entries: SERVICE_ENTRIES.slice(0, 8),
    furniture: ['Parent carer forum', 'Page', 'NOT PROTECTIVELY MARKED'],
  },
  {
    name: 'one-page-marking',
    description:
      'one page, its header inside the page margins: OFFICIAL-SENSITIVE above a two-part header with a date, Word-numbered questions',
    tagged: false,
    spec: {
      margins: { page: 0.9, header: 0.8 },
      marking: 'OFFICIAL-SENSITIVE',
      header: ['Kestrel Borough Council\tFamily hub open day, 3 June 2025'],
      body: [
        { heading: 'Open day questions', level: 1 },
        ...HUB.flatMap((entry, i) => [p(`${i + 1}. ${entry.question}`), p(entry.response)]),
      ],
    },
    entries: HUB,
    furniture: ['OFFICIAL-SENSITIVE', 'Kestrel Borough Council', 'Family hub open day'],
  },
  {
    name: 'landscape-header-in-margins',
    description:
      'landscape, the page header set inside the margins as LibreOffice sets it: OFFICIAL above a two-part header without a number, a ruled table over pages',
    tagged: false,
    spec: {
      normal: WORD,
      landscape: true,
      margins: { page: 0.8, header: 0.8 },
      marking: 'OFFICIAL',
      header: ['Moorbank Borough Council\tSEND Partnership Board: questions and responses'],
      footer: 'Page {page} of {pages}',
      body: [
        { heading: 'Questions to the board', level: 1 },
        p('The board took these questions from families before its meeting.'),
        {
          table: {
            header: ['Question', 'Response'],
            widths: [1, 1],
            rows: SERVICE_ENTRIES.map((entry) => [[entry.question], entry.response.split('\n\n')]),
          },
        },
      ],
    },
    entries: SERVICE_ENTRIES,
    furniture: ['OFFICIAL', 'Moorbank Borough Council', 'SEND Partnership Board', 'Page', 'Question', 'Response'],
  },
  {
    name: 'theme-table-over-pages',
    description:
      'landscape Theme | Question | Response | Lead, each theme merged down its rows across page breaks, OFFICIAL in the footer, untagged',
    tagged: false,
    spec: {
      normal: WORD,
      landscape: true,
      marking: 'OFFICIAL',
      body: [
        { heading: 'Partnership board: questions by theme', level: 1 },
        {
          table: {
            header: ['Theme', 'Question', 'Response', 'Lead'],
            widths: [2, 5, 7, 2],
            rows: THEMED.flatMap(({ theme, entries }) =>
              entries.map((entry, i): (CellSpec | null)[] => [
                i === 0 ? { text: [theme], down: entries.length } : null,
                [entry.question],
                entry.response.split('\n\n'),
                ['Head of SEND'],
              ]),
            ),
          },
        },
      ],
    },
    entries: THEMED.flatMap(({ theme, entries }) =>
      entries.map((entry) => ({ section: theme, question: entry.question, response: `${entry.response}\n\nLead: Head of SEND` })),
    ),
    furniture: ['OFFICIAL', 'Theme', 'Question', 'Response'],
  },
  ...[true, false].map((tagged): OfficeDocument => ({
    name: `text-box-in-answer${tagged ? '' : '-untagged'}`,
    description: `a text box anchored in an answer, beside it, and a footnote in a later answer${tagged ? '' : ', untagged'}`,
    tagged,
    spec: {
      footnotes: { 1: 'Children and Families Act 2014, section 44.' },
      body: [
        { heading: 'Your EHC plan: common questions', level: 1 },
        p('Question: Who do I contact about my child’s EHC plan?'),
        {
          textbox: ['Office hours: 9am to 5pm, Monday to Friday.'],
          paragraph: 'Answer: Your child’s caseworker, whose name is on the front of the plan.',
        },
        p('If you do not know who that is, call the SEND team on 01632 960123.'),
        p('Question: What if my child’s school cannot meet their needs?'),
        p('Answer: The school should call a review meeting. The council must then consider whether the plan needs to change[^1].'),
        p('Question: Can I visit other schools?'),
        p('Answer: Yes. Most schools welcome visits; ask the school office for a time.'),
      ],
    },
    entries: BOX_ENTRIES,
    furniture: [],
  })),
];
