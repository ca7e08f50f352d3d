import { getCouncil, getEntries } from '@/lib/content';
import { answersFeed } from '@/lib/site/feed';
import { byAddedDescending, sourceOf } from '@/lib/site/views';

export const dynamic = 'force-static';

const FEED_SIZE = 50;

export function GET() {
  const items = getEntries()
    .map((entry) => ({ entry, source: sourceOf(entry) }))
    .sort((a, b) => byAddedDescending(a.source, b.source) || a.entry.order - b.entry.order)
    .slice(0, FEED_SIZE)
    .map(({ entry, source }) => ({ entry, source, council: getCouncil(source.council)?.name ?? source.council }));
  return new Response(answersFeed(items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
