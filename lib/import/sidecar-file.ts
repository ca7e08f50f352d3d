import { stringify } from 'yaml';
import { LAYOUTS, type Source, type VocabularyTerm } from '../content/schema';
import { LAYOUT_PARSERS } from './layouts';

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

type Scalars = 'title' | 'council' | 'date' | 'event' | 'eventType' | 'audience' | 'added' | 'layout' | 'url';
export type SidecarValues = Partial<Record<Scalars, Filled<string>>> & {
  labels?: Filled<NonNullable<Source['labels']>>;
  furniture?: Filled<string[]>;
  original?: Filled<NonNullable<Source['original']>>;
};

const COLUMN = 30;
const pad = (text: string) => (text.length >= COLUMN ? `${text} ` : text.padEnd(COLUMN));
const inline = (value: unknown) => stringify(value, { flowCollectionPadding: true, collectionStyle: 'flow', lineWidth: 0 }).trim();

/**
 * A sidecar for a new document: every field with what it allows, filled in where the value is
 * known or guessed, and each guess marked for the editor to confirm.
 */
export function sidecarText(id: string, vocabularies: SidecarVocabularies, values: SidecarValues = {}): string {
  const field = (name: Scalars, help: string) => {
    const filled = values[name];
    return filled ? `${pad(`${name}: ${inline(filled.value)}`)}# ${filled.note} — ${help}` : `${pad(`${name}: ""`)}# ${help}`;
  };
  // Lists and records are written out in full, under a comment, so that an editor can read them.
  const optional = (name: 'labels' | 'furniture' | 'original', example: string, help: string) => {
    const filled = values[name];
    return filled ? `# ${name}: ${filled.note} (${help})\n${stringify({ [name]: filled.value }, { lineWidth: 0 }).trim()}` : `# ${pad(`${name}: ${example}`)}# ${help}`;
  };
  const layouts = LAYOUTS.map((layout) => `#   ${layout}: ${LAYOUT_PARSERS[layout].description}`).join('\n');
  return `${[
    `${pad(`id: ${id}`)}# the file name without .txt; permanent`,
    field('title', "the document's own title, as printed on it"),
    field('council', 'an id from content/councils.yml'),
    field('date', "only as precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD, or 'not stated'"),
    field('event', 'the meeting or event, in words'),
    field('eventType', `one of: ${vocabularies.eventTypes.map((t) => t.id).join(', ')} (content/event-types.yml)`),
    field('audience', `one of: ${vocabularies.audiences.map((a) => a.id).join(', ')} (content/audiences.yml)`),
    field('added', 'today, YYYY-MM-DD: when the document was added to this site'),
    field('layout', 'one of the layouts below; npm run import -- --detect <file> ranks them'),
    values.url ? field('url', 'where the council published it') : `# ${pad('url: https://…')}# where the council published it, if known`,
    `# ${pad('redact: [ "Full Name" ]')}# names of members of the public who asked (never officers)`,
    optional('furniture', '[ "PAGE HEADER" ]', 'text repeated on every page, to remove; # stands for a number'),
    optional('labels', '{ question: "Parent question", answer: "LA response" }', "the document's own labels, with layout: labelled-qa"),
    optional('original', '{ file: …, bytes: …, sha256: … }', 'the file the text came from; it is not committed'),
    '# Layouts:',
    layouts,
  ].join('\n')}\n`;
}
