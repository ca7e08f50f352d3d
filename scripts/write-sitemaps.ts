/**
 * After `next build`: the sitemap index at out/sitemap.xml and its sitemap files, each within the
 * protocol's 50,000 addresses, from the same loaded content as the pages. Moved answers are left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCouncils, getEntries, getSources, getThemes } from '../lib/content';
import { answerPath, councilPath, documentPath, LISTING_PAGES, themeCouncilPath, themePath, yearPath } from '../lib/common/routes';
import { sitemapFiles } from '../lib/site/sitemaps';
import { documentsByYear, THEME_PAGE_PER_COUNCIL, themeEntriesByCouncil } from '../lib/site/views';

const paths = [
  ...LISTING_PAGES,
  ...getThemes().flatMap((theme) => [
    themePath(theme.id),
    ...[...themeEntriesByCouncil(theme.id)].filter(([, entries]) => entries.length > THEME_PAGE_PER_COUNCIL).map(([council]) => themeCouncilPath(theme.id, council)),
  ]),
  ...getCouncils().map((council) => councilPath(council.id)),
  ...[...documentsByYear().keys()].map((year) => yearPath(year)),
  ...getSources().map((source) => documentPath(source.id)),
  ...getEntries().map((entry) => answerPath(entry.id)),
];
const files = sitemapFiles(paths);
for (const file of files) {
  const path = join('out', file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.xml);
}
console.log(`Wrote ${files.length - 1} sitemap file${files.length === 2 ? '' : 's'} of ${paths.length} addresses and the sitemap index.`);
