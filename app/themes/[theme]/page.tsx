import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerList } from '@/components/AnswerList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FollowFeed } from '@/components/FollowFeed';
import { getCouncils, getTheme, getThemes } from '@/lib/content';
import { councilPath, ROUTES, themeCouncilPath, themeFeedPath, themePath } from '@/lib/common/routes';
import { THEME_PAGE_PER_COUNCIL } from '@/lib/site/listing';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const dynamicParams = false;

export function generateStaticParams() {
  return getThemes().map((theme) => ({ theme: theme.id }));
}

interface Props {
  params: Promise<{ theme: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = found(getTheme((await params).theme));
  return pageMetadata({
    title: theme.name,
    description: theme.description,
    path: themePath(theme.id),
    theme,
    feed: { url: themeFeedPath(theme.id), title: `New answers about ${theme.name.toLowerCase()}` },
  });
}

/** A theme: how many answers each council gave on it, and each council's newest few, so that the page stays small however many there are. */
export default async function ThemePage({ params }: Props) {
  const theme = found(getTheme((await params).theme));
  const site = getSite();
  const byCouncil = site.themeEntriesByCouncil(theme.id);
  const councils = getCouncils().flatMap((council) => {
    const entries = byCouncil.get(council.id);
    return entries ? [{ council, entries }] : [];
  });
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: 'Themes', href: ROUTES.themes },
        ]}
        current={theme.name}
      />
      <h1>{theme.name}</h1>
      <p>{theme.description}</p>
      <FollowFeed href={themeFeedPath(theme.id)} what={`answers about ${theme.name.toLowerCase()}`} />
      <table>
        <caption>Answers about {theme.name.toLowerCase()} by council</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col" className="number">
              Answers
            </th>
          </tr>
        </thead>
        <tbody>
          {councils.map(({ council, entries }) => (
            <tr key={council.id}>
              <th scope="row">
                <a href={`#${council.id}`}>{council.name}</a>
              </th>
              <td className="number">{entries.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {councils.map(({ council, entries }) => (
        <section key={council.id} aria-labelledby={council.id}>
          <h2 id={council.id}>{council.name}</h2>
          <AnswerList items={site.answerItems(entries.slice(0, THEME_PAGE_PER_COUNCIL))} />
          <p>
            {entries.length > THEME_PAGE_PER_COUNCIL ? (
              <Link href={themeCouncilPath(theme.id, council.id)}>
                All {count(entries.length, 'answer')} about {theme.name.toLowerCase()} from {council.shortName}
              </Link>
            ) : (
              <Link href={councilPath(council.id)}>Everything from {council.shortName}</Link>
            )}
          </p>
        </section>
      ))}
    </>
  );
}
