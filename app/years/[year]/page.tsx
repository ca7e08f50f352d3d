import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DocumentList } from '@/components/DocumentList';
import { ROUTES, yearPath } from '@/lib/common/routes';
import { UNDATED, yearLabel } from '@/lib/site/listing';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().documentsByYear().keys()].map((year) => ({ year }));
}

interface Props {
  params: Promise<{ year: string }>;
}

const heading = (year: string) => (year === UNDATED ? 'Documents without a date' : `Documents from ${year}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return pageMetadata({
    title: heading(year),
    description: `${heading(year)}: what councils answered when families and schools asked about SEND.`,
    path: yearPath(year),
  });
}

/** The documents of one year: the documents page lists years, so that it stays small however many documents there are. */
export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const site = getSite();
  const sources = found(site.documentsByYear().get(year));
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: 'Documents', href: ROUTES.documents },
        ]}
        current={yearLabel(year)}
      />
      <h1>{heading(year)}</h1>
      <p>{count(sources.length, 'document')}, newest first.</p>
      <DocumentList items={site.documentItems(sources)} />
    </>
  );
}
