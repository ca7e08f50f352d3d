import { describe, expect, it } from 'vitest';
import { detectLayouts, suggestFurniture } from '../../lib/import/detect';
import { runScript } from '../helpers/run-script';

describe('npm run import -- --detect', () => {
  it('prints the ranking as JSON for scripts, best first, and writes nothing', () => {
    const { status, stdout } = runScript('scripts/import.ts', ['--detect', '--json', 'tests/fixtures/import/labelled-qa/forum.txt']);
    expect(status).toBe(0);
    const ranking = JSON.parse(stdout) as { layout: string; entries: number; coverage: number; problem: string | null }[];
    expect(ranking[0]).toEqual({ layout: 'labelled-qa', entries: 3, coverage: 1, problem: null });
    expect(ranking.map((row) => row.layout).sort()).toEqual(
      ['bulleted-qa', 'labelled-qa', 'lettered-subparts', 'minutes', 'numbered-qa', 'public-question-minutes', 'question-paragraphs', 'two-column-table'],
    );
    expect(ranking.find((row) => row.layout === 'numbered-qa')?.problem).toMatch(/^line 1: found no question numbered/);
  });

  it('prints a table an editor reads, and the line to put in the sidecar', () => {
    const { stdout } = runScript('scripts/import.ts', ['--detect', 'content/sources/warwickshire-2021-06-parent-carer-webinar.txt']);
    expect(stdout).toMatch(/layout +entries +coverage +first line it could not place\n +numbered-qa +29 +100% +—/);
    expect(stdout).toContain('Put this in the sidecar: layout: numbered-qa');
  });

  it.each([
    ['barnet-2019-send-conference', 'labelled-qa'],
    ['enfield-2019-02-our-voice-conference-follow-up', 'two-column-table'],
    ['kent-2024-03-countywide-senco-forum', 'bulleted-qa'],
    ['worcestershire-2018-05-scrutiny-send-strategy', 'minutes'],
  ])('picks the layout each seed document was imported with: %s', (id, layout) => {
    const { stdout } = runScript('scripts/import.ts', ['--detect', '--json', `content/sources/${id}.txt`]);
    expect((JSON.parse(stdout) as { layout: string }[])[0]?.layout).toBe(layout);
  });

  it('says where a layout stopped, quoting the line', () => {
    const text = 'Q: How long is the wait?\nA: About ten weeks.\n';
    const minutes = detectLayouts({ text }).find((fit) => fit.layout === 'minutes');
    expect(minutes?.problem).toBe("line 1: found no list introduced by a line ending in ':'");
    const bulleted = detectLayouts({ text: 'Title\n\n- Is there help?\n  - Yes.\n\nWhat about this line?\n' }).find((fit) => fit.layout === 'bulleted-qa');
    expect(bulleted?.entries).toBe(1);
  });

  it('suggests repeated page headers as furniture', () => {
    const page = (n: number) => `COUNTY COUNCIL\nQ: Question ${n}?\nA: Answer ${n}.\n`;
    expect(suggestFurniture({ text: [1, 2, 3].map(page).join('\n') })).toEqual(['COUNTY COUNCIL']);
  });
});
