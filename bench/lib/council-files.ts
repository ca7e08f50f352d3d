import type { Block, PdfSpec } from './binary-fixtures';

/**
 * The council files the extraction tests and bench:import build, as specs: a Q&A table that crosses
 * pages, a two-column page, running headers with page numbers and hyphenation, lists, and the
 * refused cases. Every word here is made up for the tests.
 */
const answer = (n: number) => [
  `For question ${n}, the SEND team aims to reply within ten working days, and the Local Offer lists who to contact about each service in the area.`,
  ...(n % 3 === 0 ? ['If you are not happy with the reply, you can ask for it to be looked at again by a senior manager.'] : []),
];
const question = (n: number) => [`What should a family do about concern number ${n} raised at the forum?`];

/** A Question | Response table of `rows` rows, some answers two paragraphs long, with a list in the fifth. */
export function qaTable(rows: number): Extract<Block, { table: unknown }> {
  return {
    table: {
      header: ['Question', 'Response'],
      rows: Array.from({ length: rows }, (_, i) => [
        question(i + 1),
        i === 4 ? [...answer(i + 1), '• phone the SEND helpline', '• email the SEND team'] : answer(i + 1),
      ]),
    },
  };
}

export const TABLE_INTRO: Block[] = [
  { heading: 'Parent Carer Forum questions and answers' },
  { paragraph: 'These are the questions families asked at the Northshire forum on 12 May 2025, with the responses from the council.' },
];

export const PDF_TABLE: PdfSpec = {
  blocks: [...TABLE_INTRO, qaTable(14)],
  header: 'Northshire County Council',
  footer: 'Page {page} of {pages}',
};

export const PDF_TWO_COLUMNS: PdfSpec = {
  blocks: [
    { heading: 'SEND newsletter: your questions' },
    {
      columns: [
        'Q: How do I find out about short breaks for my son?',
        'A: The short breaks team publishes a list of clubs and activities each term. You can ask to join the mailing list.',
        'Q: Can my daughter keep her transport when she moves to college?',
        'A: Post-16 transport is decided on a separate policy. Apply before the end of May so that it is in place for September.',
        'Q: Who checks that the support in an EHC plan is being delivered?',
        'A: The school must deliver it and the council must make sure it does. Raise any gap at the annual review, or sooner with your caseworker.',
        'Q: Is there a group for parents of children with ADHD?',
        'A: Yes. The parent carer forum runs a monthly group, online and in person.',
      ],
    },
  ],
};

/** The words PDF_FURNITURE broke over two lines with a hyphen, filled in when it is made. */
export const HYPHENATED: string[] = [];

export const PDF_FURNITURE: PdfSpec = {
  header: 'Southshire SEND Partnership – Information evening',
  footer: '{page}',
  hyphenate: (word) => HYPHENATED.push(word),
  blocks: [
    { heading: 'Information evening on transfer to secondary school' },
    {
      paragraph:
        'Families asked these questions at the information evening. The answers were prepared by the SEND assessment and commissioning teams afterwards.',
    },
    ...Array.from({ length: 30 }, (_, i): Block[] => [
      { paragraph: `${i + 1}. When will the consultation with secondary schools about placement number ${i + 1} start?` },
      {
        paragraph: `Consultations start in the autumn term${', and representatives'.repeat(i % 4)}, and the decision is confirmed in the final plan. Representatives from commissioning and assessment coordinate the timetable with schools.`,
      },
      ...(i === 2
        ? [
            { bullets: ['visit the schools you are considering', 'tell your caseworker your preference'] },
            { numbered: ['consultation', 'decision', 'final plan'] },
          ]
        : []),
    ]).flat(),
  ],
};

export const DOCX_TABLE: Block[] = [...TABLE_INTRO, qaTable(8)];

/** "No. | Question | Response": the numbering column numbers each question. */
export const NUMBERED_TABLE: Block = {
  table: {
    header: ['No.', 'Question', 'Response'],
    rows: Array.from({ length: 12 }, (_, i) => [[`${i + 1}`], question(i + 1), answer(i + 1)]),
  },
};

export const DOCX_NUMBERED: Block[] = [
  { heading: 'Westshire SEND webinar – questions and answers' },
  { paragraph: 'Answers to the questions asked in the webinar on 3 March 2025.' },
  { heading: 'Assessments' },
  { paragraph: '1. How long does an EHC needs assessment take?' },
  { paragraph: 'The legal limit is 20 weeks from the request to the final plan.' },
  { paragraph: '2. Can I see the reports before the draft plan?' },
  { paragraph: 'Yes. Every report is shared with you when the draft plan is sent. You can ask for them sooner.' },
  { heading: 'Transport' },
  { paragraph: '3. Who do I call when the taxi does not come?' },
  { paragraph: 'Call the travel assistance team. Out of hours, call:' },
  { bullets: ['the emergency duty line', 'your child’s school'] },
];

export const SAVED_PAGE = `<!doctype html>
<html lang="en"><head><title>SEND FAQs | Eastshire County Council</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to make this site work. <button>Accept all cookies</button> <button>Reject all cookies</button></p></div>
<header><a href="/">Eastshire County Council</a><nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/schools">Schools</a></li></ul></nav></header>
<main>
<h1>SEND frequently asked questions</h1>
<p>These are the questions parents and carers ask the SEND team most often. We review them every term.</p>
<h2>What is an EHC plan?</h2>
<p>An education, health and care plan is a legal document that describes a child's needs and the support they must receive. It is written by the council with the family, the school and health services.</p>
<h2>How do I ask for an assessment?</h2>
<p>Write to the SEND assessment team, or use the <a href="https://www.eastshire.gov.uk/send/request">online request form</a>. Your child's school can also ask.</p>
<ul><li>Say why you think your child needs more support.</li><li>Include any reports you have.</li></ul>
<h2>Can I get help with the paperwork?</h2>
<p>Yes. Eastshire SENDIASS gives free, confidential advice and can help you fill in forms.</p>
</main>
<aside><h2>Related pages</h2><ul><li><a href="/send/local-offer">Local Offer</a></li></ul></aside>
<footer><p>Eastshire County Council, County Hall. Privacy notice. Accessibility statement.</p></footer>
</body></html>`;
