import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LAYOUTS, sourceSchema } from '../../lib/content/schema';
import { readDocument } from '../../lib/import/import-document';
import { LAYOUT_FAMILIES } from '../../lib/import/layouts';
import { formatPreview } from '../../lib/import/preview';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

describe('the layout families', () => {
  it('are one list naming every layout a sidecar may give, once each', () => {
    expect(LAYOUT_FAMILIES.map((family) => family.name).sort()).toEqual([...LAYOUTS].sort());
  });

  it("describe themselves in CONTRIBUTING.md's table, in their own words", () => {
    for (const family of LAYOUT_FAMILIES) expect(contributing).toContain(`| \`${family.name}\` | ${family.description} |`);
  });

  it("read CONTRIBUTING.md's minutes in reported speech as it says, from its sidecar alone", () => {
    const example = /Minutes in reported speech[\s\S]*?```text\n([\s\S]*?)```[\s\S]*?```yaml\n([\s\S]*?)```/.exec(contributing);
    const [, text = '', yaml = ''] = example ?? [];
    const sidecar = sourceSchema.pick({ layout: true, questions: true, answers: true }).parse(parse(yaml));
    expect(sidecar.layout).toBe('listed-questions');
    const parsed = readDocument({ text, layout: 'listed-questions', questions: sidecar.questions, answers: sidecar.answers });
    expect(formatPreview(parsed)).toEqual([
      '1. Councillor Begum asked whether the backlog of overdue annual reviews … → the Assistant Director replied that it had fallen from 612 to 188.',
      '2. In reply to a supplementary question from Mr and Mrs Hollis about spe… → the Designated Clinical Officer said that waits had fallen to 14 week…',
    ]);
  });
});
