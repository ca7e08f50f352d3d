import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../lib/content/schema';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { detectLayouts } from '../../lib/import/detect';
import { readDocument } from '../../lib/import/import-document';
import { comparable, importFixtures, PERTURBATIONS, renderParsed } from '../../bench/lib/import-fixtures';

const fixtures = importFixtures();

describe('importing documents shaped like real council publications', () => {
  it('has at least fifteen fixtures, and one for every layout family', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    expect(LAYOUTS.filter((layout) => !fixtures.some((f) => f.layout === layout))).toEqual([]);
  });

  for (const { layout, name, file, source } of fixtures) {
    describe(`${layout}/${name}`, () => {
      it('is read by its layout with every word kept, as reviewed', async () => {
        const parsed = readDocument(source);
        const coverage = measureCoverage(source, parsed, parsed);
        expect(coverage.lost, 'lost words').toEqual([]);
        expect(coverage.invented, 'words not in the source').toEqual([]);
        await expect(renderParsed(parsed)).toMatchFileSnapshot(join('..', '..', file.replace(/\.txt$/, '.expected.md')));
      });

      it(`is detected as ${layout}, or as a layout that reads it into the same entries`, () => {
        const { layout: _, ...withoutLayout } = source;
        const best = detectLayouts(withoutLayout)[0];
        expect(best?.problem).toBeUndefined();
        const detected = comparable(renderParsed(readDocument({ ...withoutLayout, layout: best?.layout ?? layout })));
        expect(detected, `detected ${best?.layout}`).toBe(comparable(renderParsed(readDocument(source))));
      });

      for (const perturbation of PERTURBATIONS.filter((p) => !p.skip?.includes(layout))) {
        it(`gives the same entries after ${perturbation.name}`, () => {
          const perturbed = { ...source, text: perturbation.apply(source.text) };
          const parsed = readDocument(perturbed);
          expect(isComplete(measureCoverage(perturbed, parsed, parsed))).toBe(true);
          expect(comparable(renderParsed(parsed))).toBe(comparable(renderParsed(readDocument(source))));
        });
      }
    });
  }
});
