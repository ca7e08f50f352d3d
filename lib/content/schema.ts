import { z } from 'zod';
import { partialDateSchema } from './partial-date';

/** Lower-case words joined by single hyphens: the shape of every permanent id. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. kent-2024-03-countywide-senco-forum');

/** The layout families the importer can read; each has its parser in lib/import/layouts. */
export const LAYOUTS = [
  'labelled-qa',
  'numbered-qa',
  'question-paragraphs',
  'bulleted-qa',
  'two-column-table',
  'minutes',
  'public-question-minutes',
  'lettered-subparts',
  'listed-questions',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Names layouts had before they were read by families; sidecars that use them keep working. */
export const LAYOUT_ALIASES: Readonly<Record<string, Layout>> = {
  'q-and-a': 'labelled-qa',
  'question-answer-labels': 'labelled-qa',
  'you-said-we-did': 'labelled-qa',
  'question-response': 'labelled-qa',
  'topic-paragraphs': 'question-paragraphs',
};

/** A web address readers can follow: http or https only (lib/common/link-policy.ts). */
const webAddress = z.url({ protocol: /^https?$/, error: 'use a full web address starting https:// (or http://)' });

const oneOrMore = z.union([z.string().trim().min(1).transform((label) => [label]), z.array(z.string().trim().min(1)).min(1)]);

export const KINDS = ['question', 'comment', 'concern', 'finding'] as const;
export type Kind = (typeof KINDS)[number];
export const STATUSES = ['answered', 'deferred', 'no-response'] as const;
export type Status = (typeof STATUSES)[number];

/** content/sources/<id>.yml: what a council document is and where it came from. */
export const sourceSchema = z.strictObject({
  id: idSchema.describe('Permanent id, the same as the file name: /documents/<id>/. Example: kent-2024-03-countywide-senco-forum'),
  title: z.string().trim().min(1).describe('The document\'s own title, as printed on it.'),
  council: z.string().trim().min(1).describe('The council\'s id in content/councils.yml.'),
  date: partialDateSchema.describe('When the questions were answered, only as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, or `not stated`.'),
  event: z.string().trim().min(1).describe('The meeting or event the questions came from, in words.'),
  eventType: z.string().trim().min(1).describe('What kind of event it was, for filters: an id in content/event-types.yml.'),
  audience: z.string().trim().min(1).describe('Who the answers were given to, for filters: an id in content/audiences.yml.'),
  layout: z.preprocess((name) => (typeof name === 'string' ? (LAYOUT_ALIASES[name] ?? name) : name), z.enum(LAYOUTS)).optional().describe('Which layout family reads the document\'s text (`npm run import -- --detect <file>` says which); leave it out for a document whose answers are entered by hand.'),
  labels: z
    .strictObject({
      /** The label before each question (or a list of them). */
      question: oneOrMore,
      /** The label before each answer (or a list); leave it out if answers have none. */
      answer: oneOrMore.optional(),
      /** What the labelled entries are: question (the default), comment or concern. */
      kind: z.enum(['question', 'comment', 'concern']).optional(),
    })
    .optional().describe('The labels the document puts before its questions and answers, when they are not ones the importer knows: `{ question: "Parent question", answer: "LA response" }`. Any case; a number after the label is allowed. Used with `layout: labelled-qa`.'),
  questions: z
    .array(z.union([z.string().trim().min(1), z.number().int().positive()]))
    .min(1)
    .optional().describe('Where each question starts, for a document no layout reads right: the first words of each question as the document has them (any spacing or line breaks between them), or its line number. Used with `layout: listed-questions`.'),
  answers: z
    .array(z.union([z.string().trim().min(1), z.number().int().positive(), z.null()]))
    .min(1)
    .optional().describe('Where each answer starts, one for each of `questions` in order (`null` for a question with no answer): for a document without answer labels, where an answer does not start after its question\'s "?" or paragraph.'),
  added: z.iso.date('use the form YYYY-MM-DD').describe('When the document was added to this site (YYYY-MM-DD), for "recently added".'),
  url: webAddress.optional().describe('Where the council published the document, if known.'),
  original: z
    .strictObject({
      file: z.string().trim().min(1),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'use the 64 hexadecimal characters of the SHA-256'),
    })
    .optional().describe('The file the text was extracted from (PDF, Word, web page), which is not committed: its name, size in bytes and SHA-256, so anyone holding the council\'s file can check it is the same one.'),
  attribution: z
    .strictObject({
      /** Which of this file's fields are attributed rather than stated. */
      fields: z.array(z.enum(['council', 'date'])).min(1),
      /** The evidence, in plain words, shown to readers. */
      evidence: z.string().trim().min(1),
    })
    .optional().describe('Facts that are not in the document itself but attributed from outside evidence.'),
  redact: z.array(z.string().trim().min(1)).optional().describe('Names of members of the public to withhold (never officers). `npm run import` replaces them with "[name withheld]" in the text and keeps only their fingerprints, under `redacted`, so that the names never stay in the repository.'),
  redacted: z.array(z.string().regex(/^[0-9a-f]{16}$/, 'use the 16-character fingerprints npm run import writes')).optional().describe('Fingerprints of the names withheld from this document, written by npm run import: the check refuses any of these names if it reappears.'),
  furniture: z.array(z.string().trim().min(1)).optional().describe('Text repeated on every page (headers, footers) that the importer removes.'),
});

/** Frontmatter of content/qa/<council>/<source>/<nn>.md: one answer. */
export const entryFrontmatterSchema = z.strictObject({
  id: idSchema.describe('Permanent id: the answer\'s address is /answers/<id>/. Never change it once published.'),
  question: z.string().trim().min(1).describe('The question (or comment or concern) exactly as the document words it.'),
  council: z.string().trim().min(1).describe('The council that answered: its id in content/councils.yml, as the document\'s sidecar says (so that the file alone says whose answer it is).'),
  date: partialDateSchema.describe('When it was answered, as the document\'s sidecar says: YYYY, YYYY-MM or YYYY-MM-DD, or `not stated`.'),
  source: z.string().trim().min(1).describe('The id of the document it came from (content/sources/<id>.yml).'),
  theme: z.string().trim().min(1).describe('The one theme it belongs to: an id in content/themes.yml.'),
  section: z.string().trim().min(1).optional().describe('The heading it sat under in the document, if any.'),
  askedBy: z.string().trim().min(1).optional().describe('Who asked, when the document names them ("[name withheld]" for a member of the public).'),
  answeredBy: z.string().trim().min(1).optional().describe('Who answered, when the document names them, e.g. "the Cabinet Member for Education".'),
  kind: z.enum(KINDS).describe('question; comment or concern (raised in a comment table or minutes); finding (an inspection\'s findings).'),
  status: z.enum(STATUSES).describe('answered; deferred (the council promised to answer later); no-response (none was recorded).'),
  order: z.number().int().positive().describe('Position in the document, from 1.'),
});

export const councilSchema = z.strictObject({
  /** Permanent id: /councils/<id>/. */
  id: idSchema,
  /** Full official name, e.g. "Kent County Council". */
  name: z.string().trim().min(1),
  /** Name in running text, e.g. "Kent". */
  shortName: z.string().trim().min(1),
  /** English region. */
  region: z.string().trim().min(1),
  /** The council's SEND Local Offer: where it publishes the help available. Only an address checked on the council's site. */
  localOffer: webAddress.optional(),
  /** The area's SEND information, advice and support service (SENDIASS): free, independent advice. */
  sendiass: z.strictObject({ name: z.string().trim().min(1), url: webAddress }).optional(),
});

export const themeSchema = z.strictObject({
  /** Permanent id: /themes/<id>/. */
  id: idSchema,
  /** Name as a parent would say it. */
  name: z.string().trim().min(1),
  /** One sentence saying what belongs here. */
  description: z.string().trim().min(1),
});

/** content/event-types.yml and content/audiences.yml: the words of a filter, edited by hand. */
export const vocabularyTermSchema = z.strictObject({
  /** Permanent id, used in sidecars and search addresses. */
  id: idSchema,
  /** The name readers see, e.g. "SENCO forum". */
  name: z.string().trim().min(1),
  /** One sentence saying what belongs here, for editors choosing one. */
  description: z.string().trim().min(1),
});

export const glossaryTermSchema = z.strictObject({
  /** Permanent anchor on /glossary/. */
  id: idSchema,
  /** The term as documents write it, e.g. "EHCP". */
  term: z.string().trim().min(1),
  /** What the letters stand for, for acronyms. */
  expansion: z.string().trim().min(1).optional(),
  /** Other spellings found in documents, e.g. "EHCPs". */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** A plain-English explanation for a parent new to SEND. */
  definition: z.string().trim().min(1),
  /** Everyday words people search with for the same thing, e.g. "sent home" for exclusion. Search only. */
  synonyms: z.array(z.string().trim().min(1)).optional(),
  /** How people often type it by mistake, even as ordinary words, e.g. "sendias" or "sending ass" for SENDIASS. Search only. */
  misspellings: z.array(z.string().trim().min(1)).optional(),
});

const phrase = z.string().trim().min(1);

/**
 * content/synonyms.yml: parents' words and council words that mean the same, for search. A set is
 * either two-way (`same`) or one-way (`search` finds answers using `finds`).
 */
export const synonymSetSchema = z
  .strictObject({
    /** Permanent id, for editors and error messages, e.g. sent-home. */
    id: idSchema,
    /** Two-way: a search for any of these phrases also finds answers that use the others. At least two. */
    same: z.array(phrase).min(2).optional(),
    /** One-way, with `finds`: what parents type, e.g. "sent home", "collected early". */
    search: z.array(phrase).min(1).optional(),
    /** One-way, with `search`: the words council answers use for it, e.g. "exclusion". */
    finds: z.array(phrase).min(1).optional(),
    /** One sentence for a reader, shown on the glossary page: what the council's word means. */
    note: z.string().trim().min(1).optional(),
  })
  .refine((set) => (set.same !== undefined) !== (set.search !== undefined || set.finds !== undefined), {
    message: 'give either same: [phrases] (two-way) or both search: and finds: (one-way), not both',
    path: ['same'],
  })
  .refine((set) => set.same !== undefined || (set.search !== undefined && set.finds !== undefined), {
    message: 'a one-way set needs both search: (what parents type) and finds: (what answers say)',
    path: ['finds'],
  });

export type Source = z.infer<typeof sourceSchema>;
export type EntryFrontmatter = z.infer<typeof entryFrontmatterSchema>;
export type Council = z.infer<typeof councilSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type VocabularyTerm = z.infer<typeof vocabularyTermSchema>;
export type SynonymSet = z.infer<typeof synonymSetSchema>;

/** A validated answer: its frontmatter, its markdown response, and where in which file that starts. */
export type Entry = EntryFrontmatter & { response: string; file: string; questionLine: number; responseLine: number };

/**
 * A validated document: its sidecar, the raw text as received (none for a document whose answers
 * were entered by hand) and its preamble (text before the first answer).
 */
export type SourceDocument = Source & { text?: string; preamble: string; closing: string; file: string };
