/**
 * Part of the build: adds every answer id the site is about to publish to content/published.txt.
 * Ids are only ever added; `npm run check` then refuses any change that would break one of them.
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../lib/content';
import { permalinkPaths } from '../lib/content/load-permalinks';

const { content } = loadContent('content');
const published = new Set(content.permalinks.published);
const added = content.entries.filter((entry) => !published.has(entry.id)).map((entry) => entry.id);
if (added.length > 0) {
  const all = [...published, ...added].sort();
  writeFileSync(permalinkPaths('content').published, `${all.join('\n')}\n`);
}
console.log(`content/published.txt: ${published.size + added.length} answer ids, ${added.length} new.`);
