import { ROUTES } from '@/lib/common/routes';
import { SITE_NAME } from '@/lib/site/config';
import { answersFeed, feedItems } from '@/lib/site/feed';
import { getSite } from '@/lib/site/site';

export const dynamic = 'force-static';

export function GET() {
  // The feed's id stays the site's address, as it was before feeds per council and theme.
  return answersFeed({
    title: `${SITE_NAME}: new answers`,
    id: ROUTES.home,
    self: ROUTES.feed,
    page: ROUTES.home,
    items: feedItems(getSite(), 'site'),
  });
}
