import { escapeXml } from '../common/escape-xml';
import { absoluteUrl } from './config';

/** The sitemap protocol's limit of addresses in one file. */
export const SITEMAP_LIMIT = 50_000;

const absolute = (path: string) => escapeXml(absoluteUrl(path));

/**
 * Every address worth finding from a search engine, as sitemap files of at most SITEMAP_LIMIT
 * addresses each, listed by a sitemap index at /sitemap.xml.
 */
export function sitemapFiles(paths: readonly string[], limit = SITEMAP_LIMIT): { path: string; xml: string }[] {
  const parts: string[][] = [];
  for (let start = 0; start < paths.length; start += limit) parts.push(paths.slice(start, start + limit));
  const files = parts.map((part, index) => ({
    path: `/sitemaps/${index + 1}.xml`,
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${part.map((path) => `<url><loc>${absolute(path)}</loc></url>`).join('\n')}\n</urlset>\n`,
  }));
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.map((file) => `<sitemap><loc>${absolute(file.path)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
  return [{ path: '/sitemap.xml', xml: index }, ...files];
}
