import { create, insert, save, search as oramaSearch } from '@orama/orama';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import type { SearchCorpus } from '../../lib/search/build/records';

/**
 * Other client-side search libraries, each set up as its documentation suggests, over the same
 * words as ours: question (boosted), response, council and theme. Each answers a query with answer
 * ids, best first, and says how many gzip bytes a browser fetches to search at all (the whole index).
 */
export interface Peer {
  name: string;
  search(query: string): Promise<string[]>;
  indexGzipBytes: number;
}

interface Doc {
  id: string;
  question: string;
  response: string;
  council: string;
  theme: string;
}

function documents(corpus: SearchCorpus): Doc[] {
  const councilOf = new Map(corpus.sources.map((s) => [s.id, corpus.councils.find((c) => c.id === s.council)?.name ?? '']));
  const themeOf = new Map(corpus.themes.map((t) => [t.id, t.name]));
  return corpus.records.map((r) => ({
    id: r.id,
    question: r.question,
    response: r.response,
    council: councilOf.get(r.source) ?? '',
    theme: themeOf.get(r.theme) ?? '',
  }));
}

const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value)).length;

/** lunr with its defaults (English stemming, no typo tolerance); the query's syntax characters removed, since parents do not write lunr queries. */
function lunrPeer(docs: readonly Doc[]): Peer {
  const index = lunr(function () {
    this.ref('id');
    this.field('question', { boost: 3 });
    this.field('response');
    this.field('council');
    this.field('theme');
    for (const doc of docs) this.add(doc);
  });
  return {
    name: 'lunr 2.3.9 (defaults)',
    indexGzipBytes: gzipBytes(index),
    search: async (query) => {
      try {
        return index
          .search(query.replace(/[+\-:~^*]/g, ' '))
          .slice(0, 10)
          .map((r) => r.ref);
      } catch {
        return [];
      }
    },
  };
}

/** MiniSearch with prefix search and its usual fuzzy 0.2. */
function miniSearchPeer(docs: readonly Doc[]): Peer {
  const index = new MiniSearch<Doc>({ fields: ['question', 'response', 'council', 'theme'], idField: 'id' });
  index.addAll([...docs]);
  return {
    name: 'MiniSearch 7.2 (prefix, fuzzy 0.2)',
    indexGzipBytes: gzipBytes(index.toJSON()),
    search: async (query) =>
      index
        .search(query, { prefix: true, fuzzy: 0.2, boost: { question: 3 } })
        .slice(0, 10)
        .map((r) => String(r.id)),
  };
}

/** Orama: BM25 with typo tolerance 1. */
async function oramaPeer(docs: readonly Doc[]): Promise<Peer> {
  const db = create({ schema: { id: 'string', question: 'string', response: 'string', council: 'string', theme: 'string' } as const });
  for (const doc of docs) await insert(db, doc);
  return {
    name: 'Orama 3.1 (BM25, tolerance 1)',
    indexGzipBytes: gzipBytes(save(db)),
    search: async (query) => {
      const results = await oramaSearch(db, {
        term: query,
        properties: ['question', 'response', 'council', 'theme'],
        boost: { question: 3 },
        tolerance: 1,
        limit: 10,
      });
      return results.hits.map((hit) => String(hit.document.id));
    },
  };
}

export async function peers(corpus: SearchCorpus): Promise<Peer[]> {
  const docs = documents(corpus);
  return [lunrPeer(docs), miniSearchPeer(docs), await oramaPeer(docs)];
}
