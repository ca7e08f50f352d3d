import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

describe('search results, filters and counts', () => {
  it('weighs the question above the response', async () => {
    const { engine } = realEngine();
    const [first] = (await engine.search({ q: 'wheelchairs' })).results;
    expect(first?.question).toMatch(/Wheelchairs/);
  });

  it('narrows by council and counts what each other council would give', async () => {
    const { engine } = realEngine();
    const all = await engine.search({ q: 'therapy' });
    const barnet = await engine.search({ q: 'therapy', council: 'barnet' });
    expect(barnet.total).toBeLessThan(all.total);
    expect(barnet.results.length).toBeGreaterThan(0);
    expect(barnet.results.every((r) => r.council === 'London Borough of Barnet')).toBe(true);
    expect(barnet.facets.council.get('barnet')).toBe(barnet.total);
    expect(barnet.facets.council.get('kent')).toBe(all.facets.council.get('kent'));
    const themeTotal = [...barnet.facets.theme.values()].reduce((a, b) => a + b, 0);
    expect(themeTotal).toBe(barnet.total);
  });

  it('filters by year range, audience and event type', async () => {
    const { engine } = realEngine();
    const recent = await engine.search({ q: '', from: 2021 });
    expect(recent.total).toBe(29 + 45);
    expect((await engine.search({ q: '', audience: 'schools' })).total).toBe(45);
    expect((await engine.search({ q: '', eventType: 'scrutiny-minutes' })).total).toBe(9);
    const early = (await engine.search({ q: 'panel', to: 2018 })).results;
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((r) => r.year <= 2018)).toBe(true);
  });

  it('suggests glossary terms and themes when nothing matches', async () => {
    const { engine } = realEngine();
    const response = await engine.search({ q: 'funding', council: 'worcestershire', theme: 'therapies' });
    expect(response.total).toBe(0);
    expect(response.suggestions.map((s) => s.label)).toContain('Funding');
  });

  it('returns the same order every time', async () => {
    const { engine } = realEngine();
    const a = await engine.search({ q: 'school', pageSize: 50 });
    const b = await engine.search({ q: 'school', pageSize: 50 });
    expect(a.results.map((r) => r.id)).toEqual(b.results.map((r) => r.id));
  });
});
