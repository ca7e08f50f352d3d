import type { Entry, SourceDocument } from '../content';
import { formatPartialDate } from '../content/partial-date';
import { plainText } from '../common/plain-text';
import { escapeXml } from '../common/escape-xml';
import { absoluteUrl } from './config';
import { answerPath } from '../common/routes';
import type { FeedScope, SiteModel } from './site-model';

/** How many answers a feed carries: the newest only, so that a feed stays small however many answers there are. */
export const FEED_SIZE = 50;

interface FeedItem {
  entry: Entry;
  source: SourceDocument;
  council: string;
}

/** The newest answers of the whole site, or of one council or theme, as feed items. */
export function feedItems(site: SiteModel, scope: FeedScope): FeedItem[] {
  return site.newestEntries(scope, FEED_SIZE).map((entry) => {
    const source = site.sourceOf(entry);
    return { entry, source, council: site.council(source.council)?.name ?? source.council };
  });
}

/**
 * An Atom feed of the answers from the most recently added documents, so that a parent-carer forum
 * can follow new answers: the whole site's, one council's or one theme's. `id` is the feed's
 * permanent id, `self` its address and `page` the page it follows. Dates are when a document was
 * added, which is known to the day.
 */
export function answersFeed({
  title,
  id,
  self,
  page,
  items,
}: {
  title: string;
  id: string;
  self: string;
  page: string;
  items: readonly FeedItem[];
}): Response {
  const updated =
    items
      .map(({ source }) => source.added)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = items.map(({ entry, source, council }) => {
    const url = absoluteUrl(answerPath(entry.id));
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(entry.question)}</title>
    <link href="${escapeXml(url)}"/>
    <updated>${source.added}T00:00:00Z</updated>
    <author><name>${escapeXml(council)}</name></author>
    <summary>${escapeXml(`${council}, ${formatPartialDate(source.date)}: ${plainText(entry.response) || 'No response is recorded.'}`)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl(id))}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" href="${escapeXml(absoluteUrl(self))}"/>
  <link href="${escapeXml(absoluteUrl(page))}"/>
  <updated>${updated}T00:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
