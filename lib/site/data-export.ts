import { getCouncil, getEntries, getTheme, eventTypeName, audienceName, type Entry, type SourceDocument } from '../content';
import { answerPath, documentPath, ROUTES } from '../common/routes';
import { absoluteUrl, SITE_NAME } from './config';
import { sourceOf } from './views';

/**
 * The open data files (/data/answers.json, /data/answers.csv) and the JSON Schema that describes
 * them. One list of fields makes all three and the Data page's table, so they cannot disagree.
 */
interface Field {
  name: string;
  /** JSON Schema type; an optional field is `null` when the document does not say. */
  type: 'string' | 'integer';
  optional?: boolean;
  enum?: readonly string[];
  /** What the field means, for the schema and the Data page. */
  description: string;
  /** Where its words come from, for the Data page. */
  origin: 'document' | 'editor' | 'site';
  value(entry: Entry, source: SourceDocument): string | number | undefined;
}

export const DATA_FIELDS: readonly Field[] = [
  { name: 'id', type: 'string', origin: 'site', description: 'The answer\'s permanent id. It never changes; a removed answer\'s id redirects.', value: (entry) => entry.id },
  { name: 'url', type: 'string', origin: 'site', description: 'The answer\'s permanent address on this site.', value: (entry) => absoluteUrl(answerPath(entry.id)) },
  { name: 'question', type: 'string', origin: 'document', description: 'The question, comment or concern in the document\'s words (names of members of the public replaced by "[name withheld]").', value: (entry) => entry.question },
  { name: 'response', type: 'string', origin: 'document', description: 'The council\'s answer in the document\'s words, as Markdown (lists and links kept); empty when none is recorded.', value: (entry) => entry.response },
  { name: 'status', type: 'string', enum: ['answered', 'deferred', 'no-response'], origin: 'editor', description: 'answered; deferred (the council promised to answer later); no-response (none is recorded).', value: (entry) => entry.status },
  { name: 'kind', type: 'string', enum: ['question', 'comment', 'concern', 'finding'], origin: 'editor', description: 'What the entry is: a question, a comment or concern raised in a table or minutes, or an inspection finding.', value: (entry) => entry.kind },
  { name: 'order', type: 'integer', origin: 'document', description: 'Its position in the document, from 1.', value: (entry) => entry.order },
  { name: 'section', type: 'string', optional: true, origin: 'document', description: 'The heading it sat under in the document.', value: (entry) => entry.section },
  { name: 'askedBy', type: 'string', optional: true, origin: 'document', description: 'Who asked, when the document names them ("[name withheld]" for a member of the public).', value: (entry) => entry.askedBy },
  { name: 'answeredBy', type: 'string', optional: true, origin: 'document', description: 'Who answered, when the document names them.', value: (entry) => entry.answeredBy },
  { name: 'theme', type: 'string', origin: 'editor', description: 'The id of the one theme an editor gave it (/themes/<id>/).', value: (entry) => entry.theme },
  { name: 'themeName', type: 'string', origin: 'editor', description: 'The theme\'s name.', value: (entry) => getTheme(entry.theme)?.name ?? entry.theme },
  { name: 'council', type: 'string', origin: 'editor', description: 'The id of the council that answered (/councils/<id>/).', value: (_, source) => source.council },
  { name: 'councilName', type: 'string', origin: 'editor', description: 'The council\'s official name.', value: (_, source) => getCouncil(source.council)?.name ?? source.council },
  { name: 'document', type: 'string', origin: 'site', description: 'The id of the document the answer comes from.', value: (_, source) => source.id },
  { name: 'documentUrl', type: 'string', origin: 'site', description: 'The whole document on this site.', value: (_, source) => absoluteUrl(documentPath(source.id)) },
  { name: 'documentTitle', type: 'string', origin: 'document', description: 'The document\'s own title.', value: (_, source) => source.title },
  { name: 'event', type: 'string', origin: 'document', description: 'The meeting or event the questions came from.', value: (_, source) => source.event },
  { name: 'eventType', type: 'string', origin: 'editor', description: 'What kind of event it was, in words (one of the site\'s event types).', value: (_, source) => eventTypeName(source.eventType) },
  { name: 'audience', type: 'string', origin: 'editor', description: 'Who the answers were given to, in words.', value: (_, source) => audienceName(source.audience) },
  { name: 'date', type: 'string', origin: 'document', description: 'When the questions were answered, only as precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD, or "not stated".', value: (_, source) => source.date },
  { name: 'dateAttributed', type: 'string', optional: true, origin: 'editor', description: 'When the council or date is not in the document itself but attributed from other evidence: that evidence.', value: (_, source) => source.attribution?.evidence },
  { name: 'added', type: 'string', origin: 'site', description: 'When the document was added to this site (YYYY-MM-DD).', value: (_, source) => source.added },
  { name: 'originalUrl', type: 'string', optional: true, origin: 'document', description: 'Where the council published the document, when known.', value: (_, source) => source.url },
];

export type AnswerRecord = Record<string, string | number | null>;

/** Every answer as a record of the fields above, in the collection's order. */
export function answerRecords(): AnswerRecord[] {
  return getEntries().map((entry) => {
    const source = sourceOf(entry);
    return Object.fromEntries(DATA_FIELDS.map((field) => [field.name, field.value(entry, source) ?? null]));
  });
}

/** /data/answers.json: the records with a pointer to their schema, and nothing that changes between builds. */
export function answersJson(records: readonly AnswerRecord[]): string {
  return `${JSON.stringify({ $schema: absoluteUrl(ROUTES.dataSchema), source: absoluteUrl(ROUTES.data), count: records.length, answers: records })}\n`;
}

/** JSON Schema (draft 2020-12) of /data/answers.json. */
export function answersSchema(): object {
  const properties = Object.fromEntries(
    DATA_FIELDS.map((field) => [
      field.name,
      { type: field.optional ? [field.type, 'null'] : field.type, description: field.description, ...(field.enum ? { enum: field.enum } : {}) },
    ]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(ROUTES.dataSchema),
    title: `${SITE_NAME}: every answer`,
    type: 'object',
    required: ['count', 'answers'],
    properties: {
      $schema: { type: 'string' },
      source: { type: 'string', description: 'The page that documents this file.' },
      count: { type: 'integer', description: 'How many answers the file holds.' },
      answers: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: DATA_FIELDS.map((field) => field.name), properties },
      },
    },
  };
}

/**
 * A spreadsheet program runs a cell that starts with one of these as a formula; content comes from
 * pull requests, so such a cell gets a leading apostrophe (the Data page says so).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * /data/answers.csv: RFC 4180 (CRLF rows, quoted cells), one row per answer, with a byte order mark
 * so that Excel reads it as UTF-8.
 */
export function answersCsv(records: readonly AnswerRecord[]): string {
  const names = DATA_FIELDS.map((field) => field.name);
  const rows = [names.join(','), ...records.map((record) => names.map((name) => csvCell(record[name] ?? null)).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
