import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerList } from '@/components/AnswerList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCouncils, getEntries, getTheme, getThemes } from '@/lib/content';
import { councilPath, ROUTES, themePath } from '@/lib/shared/routes';
import { sourceOf } from '@/lib/site/views';
import { found } from '@/app/found';

export const dynamicParams = false;

export function generateStaticParams() {
  return getThemes().map((theme) => ({ theme: theme.id }));
}

interface Props {
  params: Promise<{ theme: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = found(getTheme((await params).theme));
  return { title: theme.name, description: theme.description, alternates: { canonical: themePath(theme.id) } };
}

export default async function ThemePage({ params }: Props) {
  const theme = found(getTheme((await params).theme));
  const entries = getEntries().filter((entry) => entry.theme === theme.id);
  const councils = getCouncils()
    .map((council) => ({ council, entries: entries.filter((entry) => sourceOf(entry).council === council.id) }))
    .filter((group) => group.entries.length > 0);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }, { label: 'Themes', href: ROUTES.themes }]} current={theme.name} />
      <h1>{theme.name}</h1>
      <p>{theme.description}</p>
      <table>
        <caption>Answers about {theme.name.toLowerCase()} by council</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col" className="number">Answers</th>
          </tr>
        </thead>
        <tbody>
          {councils.map(({ council, entries: councilEntries }) => (
            <tr key={council.id}>
              <th scope="row">
                <a href={`#${council.id}`}>{council.name}</a>
              </th>
              <td className="number">{councilEntries.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {councils.map(({ council, entries: councilEntries }) => (
        <section key={council.id} aria-labelledby={council.id}>
          <h2 id={council.id}>{council.name}</h2>
          <AnswerList entries={councilEntries} />
          <p>
            <Link href={councilPath(council.id)}>Everything from {council.shortName}</Link>
          </p>
        </section>
      ))}
    </>
  );
}
