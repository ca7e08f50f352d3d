import { stringify } from 'yaml';
import { fieldsOf } from '../content/field-help';
import { LAYOUTS, sourceSchema, type Source, type VocabularyTerm } from '../content/schema';
import { layoutFamily } from './layouts';

export interface SidecarVocabularies {
  eventTypes: readonly VocabularyTerm[];
  audiences: readonly VocabularyTerm[];
}

/** A value known or guessed for one field, and what the editor must do with it. */
export interface Filled<T> {
  value: T;
  /** "guessed from the text: confirm", "from the file" … */
  note: string;
}

export type SidecarValues = { [K in keyof Source]?: Filled<NonNullable<Source[K]>> };

/** What an optional field looks like filled in, shown commented out. */
const EXAMPLES: Partial<Record<keyof Source, string>> = {
  url: 'https://…',
  labels: '{ question: "Parent question", answer: "LA response" }',
  original: '{ file: …, bytes: …, sha256: … }',
  attribution: '{ fields: [ date ], evidence: "…" }',
  redact: '[ "Full Name" ]',
  furniture: '[ "PAGE HEADER", "Page # of #" ]',
};

const COLUMN = 30;
const pad = (text: string) => (text.length >= COLUMN ? `${text} ` : text.padEnd(COLUMN));
const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trim();

/**
 * A sidecar for a new document, generated from the sidecar's schema: every field with its
 * description and the values it allows, filled in where the value is known or guessed, each guess
 * marked for the editor to confirm; optional fields left commented out.
 */
export function sidecarText(id: string, vocabularies: SidecarVocabularies, values: SidecarValues = {}): string {
  const allowed: Partial<Record<string, readonly string[]>> = {
    eventType: vocabularies.eventTypes.map((t) => t.id),
    audience: vocabularies.audiences.map((a) => a.id),
  };
  const known: Partial<Record<string, Filled<unknown>>> = { ...values, id: values.id ?? { value: id, note: 'the file name without .txt' } };
  const lines = fieldsOf(sourceSchema).map(({ name, description, optional, allowed: fromSchema }) => {
    const options = allowed[name] ?? fromSchema;
    const help = `${description}${options ? ` One of: ${options.join(', ')}.` : ''}`;
    const filled = known[name];
    if (filled && typeof filled.value === 'object')
      return `# ${name}: ${filled.note}. ${help}\n${stringify({ [name]: filled.value }, { lineWidth: 0 }).trim()}`;
    if (filled) return `${pad(`${name}: ${scalar(filled.value)}`)}# ${filled.note} — ${help}`;
    // The importer writes sidecars for documents with text, and those need a layout.
    if (optional && name !== 'layout') return `# ${pad(`${name}: ${EXAMPLES[name as keyof Source] ?? '…'}`)}# ${help}`;
    return `${pad(`${name}: ""`)}# ${help}`;
  });
  const layouts = LAYOUTS.map((layout) => `#   ${layout}: ${layoutFamily(layout).description}`);
  return `${[...lines, '# Layouts:', ...layouts].join('\n')}\n`;
}
