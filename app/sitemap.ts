import type { MetadataRoute } from 'next';
import { getCouncils, getEntries, getSources, getThemes } from '@/lib/content';
import { SITE_URL } from '@/lib/site/config';
import { answerPath, councilPath, documentPath, LISTING_PAGES, themePath } from '@/lib/shared/routes';

export const dynamic = 'force-static';

/** Every page worth finding from a search engine; moved answers are left out. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    ...LISTING_PAGES,
    ...getThemes().map((theme) => themePath(theme.id)),
    ...getCouncils().map((council) => councilPath(council.id)),
    ...getSources().map((source) => documentPath(source.id)),
    ...getEntries().map((entry) => answerPath(entry.id)),
  ];
  return paths.map((path) => ({ url: new URL(path, SITE_URL).toString() }));
}
