import { LAYOUTS, type VocabularyTerm } from '../content/schema';
import { LAYOUT_PARSERS } from './layouts';

export interface SidecarVocabularies {
  eventTypes: readonly VocabularyTerm[];
  audiences: readonly VocabularyTerm[];
}

/** A value already known or guessed, and what the editor must do with it. */
export interface SidecarGuess {
  value: string;
  /** "stated in the document", "guessed from the file name: confirm" … */
  note: string;
}

export type SidecarGuesses = Partial<Record<'title' | 'council' | 'date' | 'event' | 'layout' | 'url', SidecarGuess>>;

const quoted = (value: string) => JSON.stringify(value);

/** A ready-to-fill sidecar for a new document, listing what each field allows; guesses are filled in and marked. */
export function sidecarTemplate(id: string, vocabularies: SidecarVocabularies, guesses: SidecarGuesses = {}, extra: readonly string[] = []): string {
  const field = (name: keyof SidecarGuesses, help: string) => {
    const guess = guesses[name];
    return guess ? `${name}: ${quoted(guess.value)}`.padEnd(30) + ` # ${guess.note}. ${help}` : `${name}: ""`.padEnd(30) + ` # ${help}`;
  };
  const layouts = LAYOUTS.map((layout) => `#   ${layout}: ${LAYOUT_PARSERS[layout].description}`).join('\n');
  return `id: ${id}`.padEnd(30) + ` # the file name without .txt; permanent
${field('title', "the document's own title, as printed on it")}
${field('council', 'an id from content/councils.yml')}
${field('date', "only as precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD, or 'not stated'")}
${field('event', 'the meeting or event, in words')}
eventType: ""`.padEnd(30) + ` # one of: ${vocabularies.eventTypes.map((t) => t.id).join(', ')} (content/event-types.yml)
audience: ""`.padEnd(30) + ` # one of: ${vocabularies.audiences.map((a) => a.id).join(', ')} (content/audiences.yml)
added: ""`.padEnd(30) + ` # today, YYYY-MM-DD: when the document was added to this site
${field('layout', 'one of the layouts below; npm run import -- --detect <file> ranks them')}
${guesses.url ? field('url', 'where the council published it') : '# url: https://…                # where the council published it, if known'}
# redact: [ "Full Name" ]      # names of members of the public who asked (never officers)
# furniture: [ "PAGE HEADER" ] # text repeated on every page, to remove
# labels: { question: "Parent question", answer: "LA response" }  # the document's own labels, with layout: labelled-qa
${extra.join('\n')}${extra.length > 0 ? '\n' : ''}# Layouts:
${layouts}
`;
}
