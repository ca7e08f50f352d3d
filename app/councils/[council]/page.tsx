import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DocumentList } from '@/components/DocumentList';
import { FollowFeed } from '@/components/FollowFeed';
import { ThemeChart } from '@/components/ThemeChart';
import { NationalHelp, WhereToAsk } from '@/components/WhereToAsk';
import { getCouncil, getCouncils, getThemes } from '@/lib/content';
import { councilFeedPath, councilPath, ROUTES } from '@/lib/common/routes';
import { countBy } from '@/lib/site/listing';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCouncils().map((council) => ({ council: council.id }));
}

interface Props {
  params: Promise<{ council: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const council = found(getCouncil((await params).council));
  return pageMetadata({
    title: council.name,
    description: `What ${council.name} answered when families and schools asked about SEND.`,
    path: councilPath(council.id),
    feed: { url: councilFeedPath(council.id), title: `New answers from ${council.name}` },
  });
}

export default async function CouncilPage({ params }: Props) {
  const council = found(getCouncil((await params).council));
  const site = getSite();
  const sources = site.documentsOf(council.id);
  const entries = sources.flatMap((source) => site.entriesOf(source.id));
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: 'Councils', href: ROUTES.councils },
        ]}
        current={council.shortName}
      />
      <h1>{council.name}</h1>
      <p>
        {count(entries.length, 'answer')} from {count(sources.length, 'document')}.
      </p>
      <FollowFeed href={councilFeedPath(council.id)} what={`${council.shortName}'s answers`} />
      <h2>Documents</h2>
      <DocumentList items={site.documentItems(sources)} withCouncil={false} />
      <h2>What was asked about</h2>
      <ThemeChart
        counts={countBy(entries, (entry) => entry.theme)}
        themes={getThemes()}
        caption={`Answers from ${council.name} by theme`}
      />
      <h2>Ask {council.shortName} yourself</h2>
      <p>If no answer here covers your question:</p>
      <WhereToAsk council={council} />
      <NationalHelp />
    </>
  );
}
