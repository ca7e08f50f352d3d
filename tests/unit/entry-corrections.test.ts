import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { entriesToWrite, reconcileEntries } from '../../lib/import/entry-corrections';
import { importable, importDocument } from '../../lib/import/import-document';

const ROOT = 'tests/fixtures/collection';
const forum = loadContent(ROOT).content.sources.find((each) => each.id === 'northshire-2024-03-parent-forum');
const source = forum && importable(forum);
if (!source) throw new Error('the fixture has no importable forum');
const { entries } = entriesToWrite(importDocument(source, ROOT));
const third = entries[2]?.file.path ?? '';

/** The committed entry files, with `edits` applied to some of them, as an editor would leave them. */
const committed =
  (edits: Record<string, (text: string) => string> = {}) =>
  (path: string) => {
    const text = readFileSync(path, 'utf8');
    return edits[path]?.(text) ?? text;
  };

describe('importing a document again over corrected entries', () => {
  it('writes each entry unchanged when nobody corrected it', () => {
    const { files, kept, conflicts } = reconcileEntries(entries, committed(), { force: true });
    expect(files.map((file) => file.text)).toEqual(entries.map((entry) => readFileSync(entry.file.path, 'utf8')));
    expect([kept, conflicts]).toEqual([[], []]);
  });

  it("keeps an editor's theme, status, kind and id, with or without --force", () => {
    const corrected = committed({
      [third]: (t) =>
        t.replace(/^theme: .*$/m, 'theme: school-places-and-transition').replace(/^id: .*$/m, 'id: northshire-2024-03-bus-meltdowns'),
    });
    for (const force of [false, true]) {
      const written = reconcileEntries(entries, corrected, { force }).files.find((file) => file.path === third)?.text;
      expect(written).toMatch(/^theme: school-places-and-transition$/m);
      expect(written).toMatch(/^id: northshire-2024-03-bus-meltdowns$/m);
    }
  });

  it('keeps an entry whose words an editor fixed, and with --force stops naming its file, line and field', () => {
    const corrected = committed({ [third]: (t) => t.replace('melt- down', 'melt-down') });
    expect(reconcileEntries(entries, corrected, { force: false })).toMatchObject({ kept: [third], conflicts: [] });
    expect(reconcileEntries(entries, corrected, { force: false }).files.map((file) => file.path)).not.toContain(third);
    expect(reconcileEntries(entries, corrected, { force: true }).conflicts).toEqual([
      `${third}:3: question: is 'My daughter has a melt-down on the school bus every morning.…' but the document now reads 'My daughter has a melt- down on the school bus every morning…'; an editor's correction is never overwritten: to keep it, import without --force; to take the new reading, delete the file first`,
    ]);
  });

  it('withholds a name in the committed entries too, rather than calling its removal a correction', () => {
    const named = committed({ [third]: (t) => t.replace('My daughter', 'Ann Person says my daughter') });
    const reading = entries.map((entry, index) =>
      index === 2
        ? {
            ...entry,
            frontmatter: {
              ...entry.frontmatter,
              question: entry.frontmatter.question.replace('My daughter', '[name withheld] says my daughter'),
            },
          }
        : entry,
    );
    const { files, conflicts } = reconcileEntries(reading, named, { force: true, withheld: ['Ann Person'] });
    expect(conflicts).toEqual([]);
    expect(files.find((file) => file.path === third)?.text).toContain('question: "[name withheld] says my daughter');
  });

  it('writes an entry that is not there yet as the importer reads it', () => {
    const { files } = reconcileEntries(entries, (path) => (path === third ? undefined : readFileSync(path, 'utf8')), { force: false });
    expect(files.find((file) => file.path === third)).toEqual(entries[2]?.file);
  });
});
