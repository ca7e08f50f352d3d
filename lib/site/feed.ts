import type { Entry, SourceDocument } from '../content/schema';
import { formatPartialDate } from '../content/partial-date';
import { plainText } from '../shared/plain-text';
import { SITE_NAME, SITE_URL } from './config';
import { answerPath } from '../shared/routes';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const absolute = (path: string) => new URL(path, SITE_URL).toString();

/**
 * An Atom feed of the answers from the most recently added documents, so that a parent-carer forum
 * can follow new answers. Dates are when a document was added, which is known to the day.
 */
export function answersFeed(items: readonly { entry: Entry; source: SourceDocument; council: string }[]): string {
  const updated = items.map(({ source }) => source.added).sort().at(-1) ?? '1970-01-01';
  const entries = items.map(({ entry, source, council }) => {
    const url = absolute(answerPath(entry.id));
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(entry.question)}</title>
    <link href="${escapeXml(url)}"/>
    <updated>${source.added}T00:00:00Z</updated>
    <author><name>${escapeXml(council)}</name></author>
    <summary>${escapeXml(`${council}, ${formatPartialDate(source.date)}: ${plainText(entry.response) || 'No response is recorded.'}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absolute('/'))}</id>
  <title>${escapeXml(`${SITE_NAME}: new answers`)}</title>
  <link rel="self" href="${escapeXml(absolute('/feed.xml'))}"/>
  <link href="${escapeXml(absolute('/'))}"/>
  <updated>${updated}T00:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
}
