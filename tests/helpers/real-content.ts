import { loadContent } from '../../lib/content';
import type { Entry } from '../../lib/content';
import { createSiteModel } from '../../lib/site/site-model';

/**
 * The browser tests run on the real site, built from content/. What they expect of a page's text or
 * of a count comes from the same loader and site model the pages are made from, so that an editor's
 * fix (a question reworded, a theme changed, a document added) changes the expectation with the page.
 */
export const { content } = loadContent('content');
export const site = createSiteModel(content);

export function entry(id: string): Entry {
  const found = content.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no answer ${id} in content/ (was it renamed? see content/redirects.yml)`);
  return found;
}
