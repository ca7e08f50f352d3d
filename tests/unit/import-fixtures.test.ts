import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../lib/content/schema';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { detectLayouts } from '../../lib/import/detect';
import { readDocument } from '../../lib/import/import-document';
import { comparable, importFixtures, judgedFixtures, PERTURBATIONS, renderParsed } from '../../bench/lib/import-fixtures';
import { judgeReading } from '../../bench/lib/judge-reading';
import { prepareText } from '../../lib/import/reading/prepare-text';

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

describe('documents judged by a careful person, read after detection', () => {
  const judged = judgedFixtures();

  it('has at least sixty, a third held out', () => {
    expect(judged.length).toBeGreaterThanOrEqual(60);
    const heldOut = judged.filter((f) => f.split === 'test').length;
    expect(heldOut).toBeGreaterThanOrEqual(15);
  });

  // The judge itself: a reading made of the judged entries scores every pair exact, and one with two pairs merged does not.
  it.each(
    judged
      .filter((f) => f.file.includes('/documents/'))
      .slice(0, 45)
      .map((f) => [f.name, f] as const),
  )('%s: its judged reading is found in its text', (_, fixture) => {
    const asRead = {
      preamble: fixture.judged.preamble,
      closing: fixture.judged.trailing,
      entries: fixture.judged.entries.map((e) => ({
        question: e.question,
        response: e.answer ?? '',
        section: e.section,
        kind: 'question' as const,
      })),
    };
    const text = prepareText(fixture.source);
    expect(judgeReading(text, fixture.judged, asRead).outcomes.every((o) => o === 'exact')).toBe(true);
    const [first, second, ...rest] = asRead.entries;
    // Merging is tried where the second pair follows the first in the text (not in documents that give all questions first).
    const at = (part: string) => fixture.source.text.indexOf(part.split('\n')[0]!.slice(0, 40));
    if (!first || !second || first.response === '' || at(second.question) < at(first.response)) return;
    const merged = {
      ...asRead,
      entries: [{ ...first, response: [first.response, second.question, second.response].join('\n\n') }, ...rest],
    };
    expect(judgeReading(text, fixture.judged, merged).outcomes.slice(0, 2)).toEqual(['merged', 'merged']);
  });

  // Each tuned document is a reading the importer was taught: one read wrongly after a change is a regression, named.
  it.each(judged.filter((f) => f.split === 'tune').map((f) => [f.name, f] as const))(
    '%s: a tuned document is read entirely right after detection',
    (_, fixture) => {
      const best = detectLayouts(fixture.source)[0];
      const score = judgeReading(prepareText(fixture.source), fixture.judged, best?.parsed ?? { preamble: '', entries: [] });
      expect({ outcomes: score.outcomes.filter((o) => o !== 'exact').length, extra: score.extra }).toEqual({ outcomes: 0, extra: 0 });
    },
  );
});
