import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerList } from '@/components/AnswerList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCouncil, getTheme } from '@/lib/content';
import { councilPath, ROUTES, themeCouncilPath, themePath } from '@/lib/common/routes';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const dynamicParams = false;

/** Only where a theme page cannot show a council's every answer. */
export function generateStaticParams() {
  return getSite().themeCouncilPages();
}

interface Props {
  params: Promise<{ theme: string; council: string }>;
}

async function resolve(params: Props['params']) {
  const { theme: themeId, council: councilId } = await params;
  return { theme: found(getTheme(themeId)), council: found(getCouncil(councilId)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { theme, council } = await resolve(params);
  return pageMetadata({
    title: `${theme.name}: ${council.shortName}`,
    description: `What ${council.name} answered about ${theme.name.toLowerCase()}.`,
    path: themeCouncilPath(theme.id, council.id),
    theme,
  });
}

export default async function ThemeCouncilPage({ params }: Props) {
  const { theme, council } = await resolve(params);
  const site = getSite();
  const entries = site.themeEntriesByCouncil(theme.id).get(council.id) ?? [];
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: 'Themes', href: ROUTES.themes },
          { label: theme.name, href: themePath(theme.id) },
        ]}
        current={council.shortName}
      />
      <h1>
        {theme.name}: {council.name}
      </h1>
      <p>
        {count(entries.length, 'answer')}, newest document first.{' '}
        <Link href={councilPath(council.id)}>Everything from {council.shortName}</Link>.
      </p>
      <AnswerList items={site.answerItems(entries)} />
    </>
  );
}
