import { loadContent } from '../../lib/content';
import { buildSearchIndex, type BuildOptions, type IndexFile } from '../../lib/search/build/build-index';
import { SearchEngine } from '../../lib/search/engine/engine';
import { memorySource } from '../../bench/lib/node-index-source';
import { searchCorpus } from '../../lib/search/build/records';

/**
 * The search fixture (tests/fixtures/search/): 15 answers from three councils, years 2018 to 2024,
 * two audiences and four event types, with a glossary and synonyms of its own. Tests read what they
 * expect from it (counts by filtering its records), never from content/.
 */
const loaded = loadContent('tests/fixtures/search');
const errors = loaded.issues.filter((issue) => issue.severity === 'error');
if (errors.length > 0) throw new Error(`tests/fixtures/search/ is not valid content: ${JSON.stringify(errors)}`);
export const corpus = searchCorpus(loaded.content);

// One build per set of options, shared by the test files of a worker.
const built = new Map<string, ReturnType<typeof buildSearchIndex>>();
const indexWith = (options: BuildOptions) => {
  const key = JSON.stringify(options);
  return built.get(key) ?? built.set(key, buildSearchIndex(corpus, options)).get(key)!;
};
// The first build in a process also works out the forms of every English word (3 s of CPU, far
// longer on a loaded machine): done here, as a test file loads, outside any one test's time limit.
indexWith({});

/** A fresh engine over the search fixture's index, built in memory; `read` lists every file it fetched. */
export function fixtureEngine(options: BuildOptions = {}) {
  const { files, manifest } = indexWith(options);
  const read: IndexFile[] = [];
  return { engine: new SearchEngine(memorySource(files, (file) => read.push(file))), read, files, manifest };
}

/** The ids of the fixture's answers whose document matches `keep`. */
export function idsWhere(keep: (source: (typeof corpus.sources)[number]) => boolean): string[] {
  const sources = new Set(corpus.sources.filter(keep).map((s) => s.id));
  return corpus.records.filter((r) => sources.has(r.source)).map((r) => r.id);
}
