/**
 * After `next build`: the sitemap index at out/sitemap.xml and its sitemap files, each within the
 * protocol's 50,000 addresses, from the same loaded content as the pages. Moved answers are left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCouncils, getEntries, getSources, getThemes } from '../lib/content';
import { answerPath, councilPath, documentPath, LISTING_PAGES, themeCouncilPath, themePath, yearPath } from '../lib/common/routes';
import { sitemapFiles } from '../lib/site/sitemaps';
import { getSite } from '../lib/site/site';

const site = getSite();
const paths = [
  ...LISTING_PAGES,
  ...getThemes().map((theme) => themePath(theme.id)),
  ...site.themeCouncilPages().map(({ theme, council }) => themeCouncilPath(theme, council)),
  ...getCouncils().map((council) => councilPath(council.id)),
  ...[...site.documentsByYear().keys()].map((year) => yearPath(year)),
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
