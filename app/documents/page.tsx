import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentList } from '@/components/DocumentList';
import { getSources } from '@/lib/content';
import { ROUTES, yearPath } from '@/lib/common/routes';
import { yearLabel } from '@/lib/site/listing';
import { getSite } from '@/lib/site/site';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

/** How many of the newest documents the page lists itself; the rest are on the pages of their year. */
const NEWEST_DOCUMENTS = 20;

export const metadata: Metadata = pageMetadata({
  title: 'Documents',
  description: 'Every council document whose answers we publish, by year, newest first.',
  path: ROUTES.documents,
});

export default function DocumentsPage() {
  const sources = getSources();
  const site = getSite();
  const byYear = site.documentsByYear();
  // The year groups are already newest first, so the newest documents are their first ones.
  const newest = [...byYear.values()].flat().slice(0, NEWEST_DOCUMENTS);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Documents" />
      <h1>Documents</h1>
      <p>
        {count(sources.length, 'council document')} whose answers we publish. Each council&apos;s documents are also on its page, under{' '}
        <Link href={ROUTES.councils}>Councils</Link>.
      </p>
      <h2>By year</h2>
      <ul>
        {[...byYear].map(([year, list]) => (
          <li key={year}>
            <Link href={yearPath(year)}>{yearLabel(year)}</Link> ({count(list.length, 'document')})
          </li>
        ))}
      </ul>
      <h2>{newest.length === sources.length ? 'Every document, newest first' : `The ${newest.length} newest documents`}</h2>
      <DocumentList items={site.documentItems(newest)} />
    </>
  );
}
