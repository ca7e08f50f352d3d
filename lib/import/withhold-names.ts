import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import type { Source } from '../content/schema';
import { nameFingerprint } from '../content/withheld-names';
import { redact } from './reading/normalise';

/**
 * Names of members of the public kept out of the repository, not only off the site. When a sidecar
 * lists names under `redact`, the import replaces them with "[name withheld]" in the committed text
 * itself, records the SHA-256 of the text as received (so anyone holding the council's document can
 * check it is the same), and swaps the list of names for their fingerprints under `redacted`, with
 * which the check refuses a name that reappears.
 */
export function withholdNames(
  source: Pick<Source, 'id' | 'redact' | 'redacted' | 'original'> & { text: string },
  sidecar: string,
): { text: string; sidecar: string } | undefined {
  const names = source.redact ?? [];
  if (names.length === 0) return undefined;
  const document = parseDocument(sidecar);
  document.delete('redact');
  document.set('redacted', [...new Set([...(source.redacted ?? []), ...names.map(nameFingerprint)])].sort());
  if (!source.original) {
    const bytes = Buffer.from(source.text);
    document.set('original', { file: `${source.id}.txt`, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return { text: redact(source.text, names), sidecar: document.toString({ lineWidth: 0 }) };
}
