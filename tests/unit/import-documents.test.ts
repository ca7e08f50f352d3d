import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { importable, importDocument } from '../../lib/import/import-document';

/**
 * The importer on a content folder of its own (tests/fixtures/collection/), never on content/:
 * the committed documents are held to their text by npm run check's coverage, and editors
 * correct their entries, which a byte-for-byte comparison here would forbid.
 */
const ROOT = 'tests/fixtures/collection';
const { content } = loadContent(ROOT);
const documents = content.sources.flatMap((source) => importable(source) ?? []);

describe('importing a content folder', () => {
  it('has documents to import and one entered by hand', () => {
    expect(documents.map((source) => source.id)).toEqual(['northshire-2024-03-parent-forum', 'southvale-2022-send-webinar']);
    expect(content.sources.filter((source) => !importable(source)).map((source) => source.id)).toEqual(['southvale-2021-drop-in']);
  });

  it.each(documents.map((source) => [source.id, source] as const))('writes %s exactly as its committed entry files', (_, source) => {
    for (const file of importDocument(source, ROOT).files) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
  });

  it("copies the council and date of each entry from its document's sidecar", () => {
    const source = documents.find((each) => each.id === 'southvale-2022-send-webinar');
    if (!source) throw new Error('the fixture lost its webinar');
    const { frontmatter } = importDocument({ ...source, council: 'northshire', date: '2020-01' }, ROOT);
    expect(frontmatter.map(({ council, date }) => `${council} ${date}`)).toEqual(['northshire 2020-01', 'northshire 2020-01']);
  });

  it('withholds a name listed under redact: in the questions it was asked in', () => {
    const source = documents.find((each) => each.id === 'southvale-2022-send-webinar');
    if (!source) throw new Error('the fixture lost its webinar');
    const { parsed } = importDocument({ ...source, redact: ['Jane Example'] }, ROOT);
    expect(parsed.entries[0]?.question).toBe('[name withheld] asked: can my son appeal the school named in his plan?');
    expect(JSON.stringify(parsed)).not.toContain('Jane');
  });
});
