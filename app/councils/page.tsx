import type { Metadata } from 'next';
import Link from 'next/link';
import { getCouncils, getEntries, getSources } from '@/lib/content';
import { councilPath, ROUTES } from '@/lib/common/routes';
import { countBy } from '@/lib/site/listing';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const metadata: Metadata = pageMetadata({
  title: 'Councils',
  description: 'Councils whose answers about SEND we publish.',
  path: ROUTES.councils,
});

export default function CouncilsPage() {
  const answers = countBy(getEntries(), (entry) => entry.council);
  const documents = countBy(getSources(), (source) => source.council);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Councils" />
      <h1>Councils</h1>
      <ul className="card-grid">
        {getCouncils().map((council) => (
          <li key={council.id}>
            <Link href={councilPath(council.id)}>{council.name}</Link>
            <p>
              {count(answers.get(council.id) ?? 0, 'answer')} from {count(documents.get(council.id) ?? 0, 'document')} · {council.region}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
