import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../lib/search/engine/types';
import { corpus, fixtureEngine } from '../helpers/search-engine';
import { relatedPath, shardOf, shardPath, type RelatedShard } from '../../lib/search/format';
import { parseQuery } from '../../lib/search/engine/query';
import { synonymRules } from '../../lib/search/build/synonyms';

const requests: SearchRequest[] = [
  ...['wheelchairs', 'speech and language therapy', 'salt waiting list', 'EHCP', 'tribnal', 'sent home early', 'funding panel'].map(
    (q) => ({
      q,
    }),
  ),
  { q: 'therapy', council: 'southvale' },
  { q: 'appeal', theme: 'tribunals-appeals-and-mediation', from: 2024 },
  { q: '', audience: 'schools' },
  { q: 'tribu' },
];

describe('the split index', () => {
  it('gives exactly the results of the unsplit index', async () => {
    const split = fixtureEngine({ targetShardBytes: 200 });
    const whole = fixtureEngine({ shardCount: 1 });
    expect(split.manifest.shardCount).toBeGreaterThanOrEqual(16);
    expect(whole.manifest.shardCount).toBe(1);
    for (const request of requests) {
      const [a, b] = await Promise.all([
        split.engine.search({ ...request, pageSize: 20 }),
        whole.engine.search({ ...request, pageSize: 20 }),
      ]);
      expect(a, request.q).toEqual(b);
    }
  });

  it('fetches only the shards holding the query terms, and details only for the results shown', async () => {
    const { engine, read, manifest, files } = fixtureEngine({ targetShardBytes: 200 });
    const response = await engine.search({ q: 'mediation', pageSize: 1 });
    // The terms of "mediation", of its synonyms (mediator, disagreement resolution) and of its other forms.
    const [concept] = parseQuery('mediation', synonymRules(corpus.glossary, corpus.synonyms));
    const terms = concept?.alternatives.flatMap((a) => a.terms) ?? [];
    const relatedFile = files.find((file) => file.path === relatedPath(shardOf('mediat', manifest.relatedShardCount)));
    const forms = (JSON.parse(String(relatedFile?.data ?? '{}')) as RelatedShard).forms.mediat?.flat() ?? [];
    const wanted = new Set([...terms, ...forms].map((term) => shardPath(shardOf(term, manifest.shardCount))));
    const shards = read.filter((file) => file.path.startsWith('terms/')).map((file) => file.path);
    const chunks = read.filter((file) => file.path.startsWith('docs/'));
    expect(terms.length).toBeGreaterThan(1);
    expect(new Set(shards)).toEqual(wanted);
    expect(response.results).toHaveLength(1);
    expect(chunks.length).toBeLessThanOrEqual(1);
    expect(read.length).toBeLessThan(manifest.shardCount);
  });
});
