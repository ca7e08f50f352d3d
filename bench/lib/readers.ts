import type { SearchEngine } from '../../lib/search/engine/engine';
import type { Reader } from './judged';

/** What our search page shows for a query: matches, or else the closest answers, and whether it says there is no answer. */
export function ourReader(engine: SearchEngine): Reader {
  return async (query) => {
    const response = await engine.search({ q: query, pageSize: 10 });
    const shown = response.verdict === 'matches' ? response.results : (response.closest?.results ?? []);
    return { links: shown.map((r) => r.id), claimed: response.verdict === 'matches', saysNoAnswer: response.verdict === 'none' };
  };
}

/** A peer shows its results as matches, and nothing when it finds nothing. */
export const peerReader =
  (search: (query: string) => Promise<string[]>): Reader =>
  async (query) => {
    const links = await search(query);
    return { links, claimed: links.length > 0, saysNoAnswer: links.length === 0 };
  };
