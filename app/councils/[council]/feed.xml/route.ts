import { getCouncil, getCouncils } from '@/lib/content';
import { councilFeedPath, councilPath } from '@/lib/common/routes';
import { SITE_NAME } from '@/lib/site/config';
import { answersFeed, feedItems } from '@/lib/site/feed';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCouncils().map((council) => ({ council: council.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ council: string }> }) {
  const council = found(getCouncil((await params).council));
  const self = councilFeedPath(council.id);
  return answersFeed({
    title: `${SITE_NAME}: new answers from ${council.name}`,
    id: self,
    self,
    page: councilPath(council.id),
    items: feedItems(getSite(), { council: council.id }),
  });
}
