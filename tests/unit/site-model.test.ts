import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { entryFileText } from '../../lib/import/entry-file';
import { THEME_PAGE_PER_COUNCIL } from '../../lib/site/listing';
import { createSiteModel } from '../../lib/site/site-model';

const FIXTURE = 'tests/fixtures/collection';
const site = createSiteModel(loadContent(FIXTURE).content);
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the site model, made from a fixture collection', () => {
  it('groups documents by year, newest year first and undated last', () => {
    expect([...site.documentsByYear()].map(([year, list]) => [year, ids(list)])).toEqual([
      ['2024', ['northshire-2024-03-parent-forum']],
      ['2022', ['southvale-2022-send-webinar']],
      ['not-stated', ['southvale-2021-drop-in']],
    ]);
  });

  it("lists a council's documents newest first, and a document's answers in order", () => {
    expect(ids(site.documentsOf('southvale'))).toEqual(['southvale-2022-send-webinar', 'southvale-2021-drop-in']);
    expect(site.entriesOf('northshire-2024-03-parent-forum').map((entry) => entry.order)).toEqual([1, 2, 3]);
  });

  it('gives the answers before and after one, and none past the ends of its document', () => {
    const [first, second] = site.entriesOf('northshire-2024-03-parent-forum');
    if (!first || !second) throw new Error('the fixture forum lost its answers');
    expect(site.neighbours(first)).toEqual({ previous: undefined, next: second });
    expect(site.neighbours(second).previous).toBe(first);
  });

  it("groups a theme's answers by council, and feeds newest added first", () => {
    expect([...site.themeEntriesByCouncil('therapies')].map(([council, list]) => [council, ids(list)])).toEqual([
      ['northshire', ['northshire-2024-03-parent-forum-2']],
      ['southvale', ['southvale-2021-drop-in-1']],
    ]);
    expect(ids(site.newestEntries('site', 2))).toEqual(['southvale-2021-drop-in-1', 'southvale-2022-send-webinar-1']);
    expect(ids(site.newestEntries({ council: 'northshire' }, 10))).toEqual(
      site.entriesOf('northshire-2024-03-parent-forum').map((entry) => entry.id),
    );
  });

  it('hands components words, not ids: council and document names, event types, counts', () => {
    const [first] = site.entriesOf('southvale-2022-send-webinar');
    if (!first) throw new Error('the fixture webinar lost its answers');
    expect(site.answerItems([first])).toEqual([
      { id: first.id, question: first.question, council: 'Southvale', document: 'SEND webinar questions', date: '2022' },
    ]);
    expect(site.documentItems(site.documentsOf('northshire'))).toEqual([
      {
        id: 'northshire-2024-03-parent-forum',
        title: 'Parent forum questions and answers',
        council: 'Northshire County Council',
        date: '2024-03',
        eventType: "Parents' conference",
        answers: 3,
      },
    ]);
  });

  it('gives a theme and council their own page only past what a theme page shows', () => {
    expect(site.themeCouncilPages()).toEqual([]);
    const root = mkdtempSync(join(tmpdir(), 'send-site-model-'));
    roots.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    const extra = THEME_PAGE_PER_COUNCIL + 1;
    for (let order = 2; order <= extra; order++) {
      const frontmatter = {
        id: `southvale-2021-drop-in-${order}`,
        question: `Therapy question ${order}?`,
        council: 'southvale',
        date: 'not stated',
        source: 'southvale-2021-drop-in',
        theme: 'therapies',
        kind: 'question' as const,
        status: 'answered' as const,
        order,
      };
      writeFileSync(join(root, 'qa/southvale/southvale-2021-drop-in', `0${order}.md`), entryFileText(frontmatter, 'An answer.'));
    }
    expect(createSiteModel(loadContent(root).content).themeCouncilPages()).toEqual([{ theme: 'therapies', council: 'southvale' }]);
  });
});
