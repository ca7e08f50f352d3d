import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent } from '../../lib/content';
import { entryFileText } from '../../lib/import/entry-file';
import { searchCorpus } from '../../lib/search/build/records';
import { syntheticCorpus } from './synthetic-corpus';
import { CONTENT_ROOT, contentPaths } from '../../lib/common/content-paths';

/** Writes `size` synthetic answers as documents and entry files, beside a copy of the real content. */
export function writeContent(root: string, size: number) {
  const paths = contentPaths(join(root, CONTENT_ROOT));
  cpSync(CONTENT_ROOT, paths.root, { recursive: true });
  const real = loadContent(CONTENT_ROOT).content;
  const corpus = syntheticCorpus(searchCorpus(real), size);
  const councils = corpus.councils.map((c) => ({ id: c.id, name: `${c.name} County Council`, shortName: c.name, region: 'Nowhere' }));
  writeFileSync(paths.councils, `${readFileSync(contentPaths().councils, 'utf8')}${stringify(councils)}`);
  const bySource = new Map<string, typeof corpus.records>();
  for (const record of corpus.records) {
    const list = bySource.get(record.source);
    if (list) list.push(record);
    else bySource.set(record.source, [record]);
  }
  for (const source of corpus.sources) {
    // Documents entered by hand: no text to compare, so the check reads them as it reads any entry.
    writeFileSync(
      paths.document(source.id).sidecar,
      stringify({
        id: source.id,
        title: `Questions and answers ${source.id}`,
        council: source.council,
        date: source.date,
        event: `Forum ${source.id}`,
        eventType: source.eventType,
        audience: source.audience,
        added: '2026-11-01',
      }),
    );
    const dir = paths.entries(source.council, source.id);
    mkdirSync(dir, { recursive: true });
    (bySource.get(source.id) ?? []).forEach((record, index) => {
      const frontmatter = {
        id: `${source.id}-${index + 1}`,
        question: record.question,
        council: source.council,
        date: source.date,
        source: source.id,
        theme: record.theme,
        kind: 'question' as const,
        status: 'answered' as const,
        order: index + 1,
      };
      writeFileSync(join(dir, `${String(index + 1).padStart(2, '0')}.md`), entryFileText(frontmatter, record.response));
    });
  }
}
