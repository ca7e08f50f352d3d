import { z } from 'zod';
import { entryFrontmatterSchema, KINDS, STATUSES, type Entry, type SourceDocument } from '../content';
import { answerPath, documentPath, ROUTES } from '../common/routes';
import { absoluteUrl, SITE_NAME } from './config';
import type { SiteModel } from './site-model';

/**
 * The open data files (/data/answers.json, /data/answers.csv), the JSON Schema that describes
 * them and the Data page's table of fields, all from one zod schema of a record: its field
 * descriptions are the schema's, and the values `status` and `kind` may take are the content
 * schema's own lists, so the files, their schema and the page cannot disagree with the content.
 */

/** Where a field's words come from, for the Data page. */
export type FieldOrigin = 'document' | 'editor' | 'site';

interface FieldSource {
  origin: FieldOrigin;
  value(entry: Entry, source: SourceDocument, site: SiteModel): string | number | undefined;
}

/** What the Data page says of each field beyond its description: kept beside the schema, out of the JSON Schema. */
const fieldSources = new Map<z.ZodType, FieldSource>();

function field<T extends z.ZodType>(schema: T, description: string, origin: FieldOrigin, value: FieldSource['value']): T {
  const described = schema.describe(description);
  fieldSources.set(described, { origin, value });
  return described;
}
/** A field that is `null` when the document does not say. */
const optional = (description: string, origin: FieldOrigin, value: FieldSource['value']) =>
  field(z.string().nullable(), `${description} Empty (null) when not known.`, origin, value);
const help = (name: keyof typeof entryFrontmatterSchema.shape) => entryFrontmatterSchema.shape[name].description ?? '';

export const answerRecordSchema = z.strictObject({
  id: field(z.string(), "The answer's permanent id. It never changes; a removed answer's id redirects.", 'site', (entry) => entry.id),
  url: field(z.string(), "The answer's permanent address on this site.", 'site', (entry) => absoluteUrl(answerPath(entry.id))),
  question: field(
    z.string(),
    'The question, comment or concern in the document\'s words (names of members of the public replaced by "[name withheld]").',
    'document',
    (entry) => entry.question,
  ),
  response: field(
    z.string(),
    "The council's answer in the document's words, as Markdown (lists and links kept); empty when none is recorded.",
    'document',
    (entry) => entry.response,
  ),
  status: field(z.enum(STATUSES), help('status'), 'editor', (entry) => entry.status),
  kind: field(z.enum(KINDS), help('kind'), 'editor', (entry) => entry.kind),
  order: field(z.int(), help('order'), 'document', (entry) => entry.order),
  section: optional(help('section'), 'document', (entry) => entry.section),
  askedBy: optional(help('askedBy'), 'document', (entry) => entry.askedBy),
  answeredBy: optional(help('answeredBy'), 'document', (entry) => entry.answeredBy),
  theme: field(z.string(), 'The id of the one theme an editor gave it (/themes/<id>/).', 'editor', (entry) => entry.theme),
  themeName: field(z.string(), "The theme's name.", 'editor', (entry, _, site) => site.theme(entry.theme)?.name ?? entry.theme),
  council: field(z.string(), 'The id of the council that answered (/councils/<id>/).', 'editor', (entry) => entry.council),
  councilName: field(
    z.string(),
    "The council's official name.",
    'editor',
    (entry, _, site) => site.council(entry.council)?.name ?? entry.council,
  ),
  document: field(z.string(), 'The id of the document the answer comes from.', 'site', (_, source) => source.id),
  documentUrl: field(z.string(), 'The whole document on this site.', 'site', (_, source) => absoluteUrl(documentPath(source.id))),
  documentTitle: field(z.string(), "The document's own title.", 'document', (_, source) => source.title),
  event: field(z.string(), 'The meeting or event the questions came from.', 'document', (_, source) => source.event),
  eventType: field(z.string(), "What kind of event it was, in words (one of the site's event types).", 'editor', (_, source, site) =>
    site.eventTypeName(source.eventType),
  ),
  audience: field(z.string(), 'Who the answers were given to, in words.', 'editor', (_, source, site) =>
    site.audienceName(source.audience),
  ),
  date: field(z.string(), help('date'), 'document', (entry) => entry.date),
  dateAttributed: optional(
    'When the council or date is not in the document itself but attributed from other evidence: that evidence.',
    'editor',
    (_, source) => source.attribution?.evidence,
  ),
  added: field(z.string(), 'When the document was added to this site (YYYY-MM-DD).', 'site', (_, source) => source.added),
  originalUrl: optional('Where the council published the document, when known.', 'document', (_, source) => source.url),
});

export type AnswerRecord = z.infer<typeof answerRecordSchema>;
type FieldName = keyof AnswerRecord;
const FIELD_NAMES = Object.keys(answerRecordSchema.shape) as FieldName[];

function sourceOfField(name: FieldName): FieldSource {
  const registered = fieldSources.get(answerRecordSchema.shape[name]);
  if (!registered) throw new Error(`data field '${name}' has no origin or value`);
  return registered;
}

/** Each field as the Data page lists it: name, description and where its words come from. */
export const DATA_FIELDS = FIELD_NAMES.map((name) => ({
  name,
  description: answerRecordSchema.shape[name].description ?? '',
  origin: sourceOfField(name).origin,
}));

/** Every answer as a record of the fields above, in the collection's order. */
export function answerRecords(site: SiteModel): AnswerRecord[] {
  return site.content.entries.map((entry) => {
    const source = site.sourceOf(entry);
    return answerRecordSchema.parse(
      Object.fromEntries(FIELD_NAMES.map((name) => [name, sourceOfField(name).value(entry, source, site) ?? null])),
    );
  });
}

/** /data/answers.json: the records with a pointer to their schema, and nothing that changes between builds. */
export function answersJson(records: readonly AnswerRecord[]): string {
  return `${JSON.stringify({ $schema: absoluteUrl(ROUTES.dataSchema), source: absoluteUrl(ROUTES.data), count: records.length, answers: records })}\n`;
}

const answersFileSchema = z.strictObject({
  $schema: z.string(),
  source: z.string().describe('The page that documents this file.'),
  count: z.int().describe('How many answers the file holds.'),
  answers: z.array(answerRecordSchema),
});

/** JSON Schema (draft 2020-12) of /data/answers.json, generated from the zod schema of its records. */
export function answersSchema(): object {
  return {
    ...z.toJSONSchema(answersFileSchema, { target: 'draft-2020-12' }),
    $id: absoluteUrl(ROUTES.dataSchema),
    title: `${SITE_NAME}: every answer`,
  };
}

/**
 * A spreadsheet program runs a cell that starts with one of these as a formula; content comes from
 * pull requests, so such a cell gets a leading apostrophe (the Data page says so).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * /data/answers.csv: RFC 4180 (CRLF rows, quoted cells), one row per answer, with a byte order mark
 * so that Excel reads it as UTF-8.
 */
export function answersCsv(records: readonly AnswerRecord[]): string {
  const rows = [FIELD_NAMES.join(','), ...records.map((record) => FIELD_NAMES.map((name) => csvCell(record[name])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
