import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentList } from '@/components/DocumentList';
import { getCouncils, getEntries, getSources, getThemes } from '@/lib/content';
import { councilPath, ROUTES, themePath } from '@/lib/common/routes';
import { byAddedDescending, countBy } from '@/lib/site/listing';
import { getSite } from '@/lib/site/site';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: ROUTES.home }),
  title: { absolute: SITE_NAME },
};

const RECENT_DOCUMENTS = 5;

export default function HomePage() {
  const themeCounts = countBy(getEntries(), (entry) => entry.theme);
  const recent = [...getSources()].sort(byAddedDescending).slice(0, RECENT_DOCUMENTS);
  return (
    <>
      <h1>What did the council say?</h1>
      <p>
        Find what councils in England answered when parents, carers and schools asked about special educational needs and disabilities
        (SEND): {count(getEntries().length, 'answer')} from {count(getSources().length, 'document')}, each quoted word for word.
      </p>
      <form role="search" action="/search/" method="get" className="home-search" aria-label="Search answers">
        <label htmlFor="home-search" className="search-label">
          Search answers in your own words
        </label>
        <div className="search-row">
          <input type="search" id="home-search" name="q" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <h2>Browse by theme</h2>
      <ul className="card-grid">
        {getThemes().map((theme) => (
          <li key={theme.id}>
            <Link href={themePath(theme.id)}>{theme.name}</Link>
            <p>{count(themeCounts.get(theme.id) ?? 0, 'answer')}</p>
          </li>
        ))}
      </ul>
      <h2>Browse by council</h2>
      <ul>
        {getCouncils().map((council) => (
          <li key={council.id}>
            <Link href={councilPath(council.id)}>{council.name}</Link>
          </li>
        ))}
      </ul>
      <h2>Recently added documents</h2>
      <p>
        Follow new answers with a feed reader: <Link href={ROUTES.feed}>new answers feed</Link>.
      </p>
      <DocumentList items={getSite().documentItems(recent)} />
    </>
  );
}
