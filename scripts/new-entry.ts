/**
 * npm run new -- <document id>
 * Scaffolds one answer by hand: a file with a fresh permanent id, every required field, and what
 * each field allows. Fill it in, then run npm run check.
 */
import { UnsafeWriteError } from '../lib/import/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../lib/content';
import { entryFileName, entryTemplate } from '../lib/import/entry-file';
import { writeContentFiles } from '../lib/import/write-content';
import { CONTENT_ROOT, contentPaths } from '../lib/common/content-paths';

const sourceId = process.argv[2];
const { content } = loadContent(CONTENT_ROOT);
const source = content.sources.find((s) => s.id === sourceId);
if (!source) {
  console.error(
    `Name the document the answer belongs to: npm run new -- <document id>\nDocuments: ${content.sources.map((s) => s.id).join(', ')}`,
  );
  process.exit(1);
}
// A fresh number: above every answer the document has, and every id it ever published or redirected.
const taken = [
  ...content.entries.filter((e) => e.source === source.id).map((e) => e.order),
  ...[...content.permalinks.published, ...Object.keys(content.permalinks.redirects)]
    .filter((id) => id.startsWith(`${source.id}-`))
    .map((id) => Number(id.slice(source.id.length + 1)))
    .filter(Number.isInteger),
];
const order = Math.max(0, ...taken) + 1;
const path = join(contentPaths().entries(source.council, source.id), entryFileName(order, order));
if (existsSync(path)) {
  console.error(`${path} already exists.`);
  process.exit(1);
}
try {
  writeContentFiles(CONTENT_ROOT, [
    {
      path,
      text: entryTemplate(
        {
          id: `${source.id}-${order}`,
          council: source.council,
          date: source.date,
          source: source.id,
          kind: 'question',
          status: 'answered',
          order,
        },
        { theme: content.themes.map((t) => t.id) },
      ),
    },
  ]);
} catch (error) {
  if (!(error instanceof UnsafeWriteError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Created ${path}. Fill in the question, theme and response, then run: npm run check`);
