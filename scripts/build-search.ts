/**
 * Writes the static search index into public/search/, from the same loaded content as the pages
 * (scripts/build-islands.ts bundles the script that reads it). Next copies public/ into out/, and
 * `next dev` serves it as it is.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIssue, hasErrors, loadContent } from '../lib/content';
import { buildSearchIndex, measureFiles } from '../lib/search/build/build-index';
import { searchCorpus } from '../lib/search/build/records';
import { CONTENT_ROOT } from '../lib/common/content-paths';

const OUT = join('public', 'search');
const INDEX = join(OUT, 'index');

const { content, issues } = loadContent(CONTENT_ROOT);
if (hasErrors(issues)) {
  console.error(issues.map(formatIssue).join('\n'));
  process.exit(1);
}
const { files, manifest } = buildSearchIndex(searchCorpus(content));
rmSync(OUT, { recursive: true, force: true });
for (const file of files) {
  const path = join(INDEX, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.data);
}
const size = measureFiles(files);
console.log(
  `Search index: ${manifest.docCount} answers, ${manifest.shardCount} shards, ${files.length} files, ${size.raw} bytes (${size.gzip} gzip).`,
);
