import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../bench/lib/binary-fixtures';
import { LAYOUTS } from '../../lib/content/schema';
import { detectLayouts, rankingAsJson, suggestFurniture } from '../../lib/import/detect';
import { detectionReport, detectSourceFor } from '../../lib/import/detection-report';

/** What `npm run import -- --detect` does, called in process: the script only prints these. */
const dir = mkdtempSync(join(tmpdir(), 'send-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sidecarOf = (id: string) => `content/sources/${id}.yml`;

describe('npm run import -- --detect', () => {
  it('ranks every layout, best first, as data for scripts', async () => {
    const { source } = await detectSourceFor('tests/fixtures/import/labelled-qa/forum.txt', join(dir, 'none.yml'));
    const ranking = rankingAsJson(detectLayouts(source));
    expect(ranking[0]).toEqual({ layout: 'labelled-qa', entries: 3, coverage: 1, problem: null });
    expect(ranking.map((row) => row.layout).sort()).toEqual([...LAYOUTS].sort());
    expect(ranking.find((row) => row.layout === 'numbered-qa')?.problem).toMatch(/^line 1: found no question numbered/);
  });

  it('prints a table, the entries of its first choice with the verdict, and the line to put in the sidecar', async () => {
    const file = 'content/sources/warwickshire-2021-06-parent-carer-webinar.txt';
    const { source } = await detectSourceFor(file, sidecarOf('warwickshire-2021-06-parent-carer-webinar'));
    const report = detectionReport(source, file).join('\n');
    expect(report).toMatch(/layout +entries +coverage +first line it could not place\n +numbered-qa +29 +100% +—/);
    expect(report).toMatch(/The entries numbered-qa reads:\n {2}1\. .+ → .+\n {2}2\. /);
    expect(report).toMatch(/\nVerdict: (looks right\.|check )/);
    expect(report).toContain('Put this in the sidecar: layout: numbered-qa');
  });

  it.each([
    ['barnet-2019-send-conference', 'labelled-qa'],
    ['enfield-2019-02-our-voice-conference-follow-up', 'two-column-table'],
    ['kent-2024-03-countywide-senco-forum', 'bulleted-qa'],
    ['worcestershire-2018-05-scrutiny-send-strategy', 'minutes'],
  ])('picks the layout each seed document was imported with: %s', async (id, layout) => {
    const { source } = await detectSourceFor(`content/sources/${id}.txt`, sidecarOf(id));
    expect(detectLayouts(source)[0]?.layout).toBe(layout);
  });

  it('withholds the names a sidecar lists before measuring coverage, as the import does', async () => {
    const text =
      'Public questions\n\nMrs Ada Quill asked whether the council would publish waiting times.\n\nThe Director replied that they would be published each month.\n';
    writeFileSync(join(dir, 'quill.txt'), text);
    writeFileSync(join(dir, 'quill.yml'), 'id: quill\nredact:\n  - Ada Quill\n');
    const { source } = await detectSourceFor(join(dir, 'quill.txt'), join(dir, 'quill.yml'));
    const best = detectLayouts(source)[0];
    expect(best).toMatchObject({ layout: 'public-question-minutes', coverage: 1, problem: undefined });
    expect(best?.parsed?.entries[0]?.question).toBe('Mrs [name withheld] asked whether the council would publish waiting times.');
  });

  it('reads a Word file by extracting its text first, not its bytes', async () => {
    const file = join(dir, 'forum.docx');
    writeFileSync(
      file,
      await makeDocx([
        { paragraph: 'Q: Is there a wait for assessments?' },
        { paragraph: 'A: About twelve weeks.' },
        { paragraph: 'Q: Who do I call?' },
        { paragraph: 'A: The SEND team.' },
      ]),
    );
    const { source } = await detectSourceFor(file, join(dir, 'forum.yml'));
    expect(source.text).toContain('Is there a wait for assessments?');
    expect(suggestFurniture(source)).toEqual([]);
    expect(detectLayouts(source)[0]).toMatchObject({ layout: 'labelled-qa', entries: 2, problem: undefined });
  });

  it('says where a layout stopped, quoting the line', () => {
    const text = 'Q: How long is the wait?\nA: About ten weeks.\n';
    const minutes = detectLayouts({ text }).find((fit) => fit.layout === 'minutes');
    expect(minutes?.problem).toBe("line 1: found no list introduced by a line ending in ':'");
    const bulleted = detectLayouts({ text: 'Title\n\n- Is there help?\n  - Yes.\n\nWhat about this line?\n' }).find(
      (fit) => fit.layout === 'bulleted-qa',
    );
    expect(bulleted?.entries).toBe(1);
  });

  it('suggests repeated page headers as furniture', () => {
    const page = (n: number) => `COUNTY COUNCIL\nQ: Question ${n}?\nA: Answer ${n}.\n`;
    expect(suggestFurniture({ text: [1, 2, 3].map(page).join('\n') })).toEqual(['COUNTY COUNCIL']);
  });
});
