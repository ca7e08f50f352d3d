import type { Source } from '../../content/schema';
import { normaliseText, redact, removeFurniture } from './normalise';

/** What preparing a document's text needs from its sidecar. */
export type PreparableSource = Pick<Source, 'furniture' | 'redact'> & { text: string };

/**
 * The one step between a document's text and every reading of it: layout repair, furniture
 * removed, the public's names withheld. Import, the coverage proof and detection all read this,
 * so that `--detect` sees exactly what the import will (a withheld name is no longer a line it
 * "could not place") and a parser reads the text as it will be committed, with "[name withheld]"
 * where the names stood. Line numbers still match the original.
 */
export function prepareText(source: PreparableSource): string {
  return redact(removeFurniture(normaliseText(source.text), source.furniture ?? []), source.redact ?? []);
}
