import type { Page } from '@playwright/test';

/** An Atom feed read in the browser by its strict XML parser: the problems found, and the entries' titles. */
export async function readFeed(page: Page, path: string) {
  return page.evaluate(async (address) => {
    const xml = new DOMParser().parseFromString(await (await fetch(address)).text(), 'application/xml');
    const errors: string[] = [...xml.getElementsByTagName('parsererror')].map((e) => e.textContent ?? 'parse error');
    const feed = xml.documentElement;
    if (feed.namespaceURI !== 'http://www.w3.org/2005/Atom' || feed.localName !== 'feed') errors.push('not an Atom feed');
    const child = (parent: Element, name: string) => [...parent.children].find((e) => e.localName === name);
    for (const name of ['id', 'title', 'updated']) if (!child(feed, name)?.textContent) errors.push(`feed has no ${name}`);
    if (!feed.querySelector('link[rel="self"]')) errors.push('feed has no self link');
    const entries = [...feed.getElementsByTagName('entry')];
    entries.forEach((entry, i) => {
      for (const name of ['id', 'title', 'updated', 'author'])
        if (!child(entry, name)?.textContent) errors.push(`entry ${i + 1} has no ${name}`);
      if (!child(entry, 'link')?.getAttribute('href')) errors.push(`entry ${i + 1} has no link`);
      if (Number.isNaN(Date.parse(child(entry, 'updated')?.textContent ?? ''))) errors.push(`entry ${i + 1}'s updated is not a date`);
    });
    return { errors, entries: entries.map((e) => child(e, 'title')?.textContent ?? '') };
  }, path);
}
