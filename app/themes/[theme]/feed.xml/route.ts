import { getTheme, getThemes } from '@/lib/content';
import { themeFeedPath, themePath } from '@/lib/common/routes';
import { SITE_NAME } from '@/lib/site/config';
import { answersFeed, feedItems } from '@/lib/site/feed';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getThemes().map((theme) => ({ theme: theme.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ theme: string }> }) {
  const theme = found(getTheme((await params).theme));
  const self = themeFeedPath(theme.id);
  return answersFeed({
    title: `${SITE_NAME}: new answers about ${theme.name.toLowerCase()}`,
    id: self,
    self,
    page: themePath(theme.id),
    items: feedItems(getSite(), { theme: theme.id }),
  });
}
