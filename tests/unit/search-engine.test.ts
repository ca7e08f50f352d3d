import { describe, expect, it } from 'vitest';
import { corpus, fixtureEngine, idsWhere } from '../helpers/search-engine';

const { engine } = fixtureEngine();
const year = (date: string) => Number(date.slice(0, 4));

describe('search results, filters and counts', () => {
  it('weighs the question above the response', async () => {
    // One answer asks about wheelchairs; another says "wheelchairs" twice, in its response only.
    const [first, second] = (await engine.search({ q: 'wheelchairs' })).results;
    expect(first?.question).toMatch(/wheelchairs/i);
    expect(second?.question).not.toMatch(/wheelchairs/i);
  });

  it('narrows by council and counts what each other council would give', async () => {
    const all = await engine.search({ q: 'therapy' });
    const southvale = await engine.search({ q: 'therapy', council: 'southvale' });
    expect(southvale.total).toBeGreaterThan(0);
    expect(southvale.total).toBeLessThan(all.total);
    expect(southvale.results.every((r) => r.council === 'Southvale Borough Council')).toBe(true);
    expect(southvale.facets.council.get('southvale')).toBe(southvale.total);
    expect(southvale.facets.council.get('northshire')).toBe(all.facets.council.get('northshire'));
    const themeTotal = [...southvale.facets.theme.values()].reduce((a, b) => a + b, 0);
    expect(themeTotal).toBe(southvale.total);
  });

  it('filters by year range, audience and event type', async () => {
    expect((await engine.search({ q: '', from: 2021 })).total).toBe(idsWhere((s) => year(s.date) >= 2021).length);
    expect((await engine.search({ q: '', audience: 'schools' })).total).toBe(idsWhere((s) => s.audience === 'schools').length);
    expect((await engine.search({ q: '', eventType: 'scrutiny-minutes' })).total).toBe(
      idsWhere((s) => s.eventType === 'scrutiny-minutes').length,
    );
    const early = (await engine.search({ q: 'panel', to: 2018 })).results;
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((r) => r.year <= 2018)).toBe(true);
    expect((await engine.search({ q: 'panel', from: 2019 })).total).toBe(0);
  });

  it('suggests glossary terms and themes when nothing matches', async () => {
    const response = await engine.search({ q: 'funding', council: 'southvale', theme: 'therapies' });
    expect(response.total).toBe(0);
    expect(response.suggestions.map((s) => s.label)).toContain('Funding');
  });

  it('returns the same order every time', async () => {
    const a = await engine.search({ q: 'school', pageSize: 50 });
    const b = await engine.search({ q: 'school', pageSize: 50 });
    expect(a.results.length).toBeGreaterThan(1);
    expect(a.results.map((r) => r.id)).toEqual(b.results.map((r) => r.id));
  });

  it('pages through every answer once', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) seen.push(...(await engine.search({ q: '', page, pageSize: 4 })).results.map((r) => r.id));
    expect(seen.sort()).toEqual(corpus.records.map((r) => r.id).sort());
  });
});
