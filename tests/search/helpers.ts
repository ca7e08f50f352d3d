import { loadContent } from '../../lib/content';
import { buildSearchIndex, type BuildOptions, type IndexFile } from '../../lib/search/build/build-index';
import { SearchEngine } from '../../lib/search/engine/engine';
import { memorySource } from '../../bench/lib/node-index-source';
import { searchCorpus } from '../../lib/search/build/records';

export const corpus = searchCorpus(loadContent('content').content);

/** An engine over the real content, built in memory; `read` lists every file it fetched. */
export function realEngine(options: BuildOptions = {}) {
  const { files, manifest } = buildSearchIndex(corpus, options);
  const read: IndexFile[] = [];
  return { engine: new SearchEngine(memorySource(files, (file) => read.push(file))), read, files, manifest };
}
