import type { Metadata } from 'next';
import Link from 'next/link';
import { getEntries, getThemes } from '@/lib/content';
import { ROUTES, themePath } from '@/lib/common/routes';
import { countBy } from '@/lib/site/listing';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const metadata: Metadata = pageMetadata({
  title: 'Themes',
  description: 'Council answers about SEND, grouped by what they are about.',
  path: ROUTES.themes,
});

export default function ThemesPage() {
  const counts = countBy(getEntries(), (entry) => entry.theme);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Themes" />
      <h1>Themes</h1>
      <p>Every answer belongs to one theme.</p>
      <ul className="card-grid">
        {getThemes().map((theme) => (
          <li key={theme.id}>
            <Link href={themePath(theme.id)}>{theme.name}</Link>
            <p>{theme.description}</p>
            <p>{count(counts.get(theme.id) ?? 0, 'answer')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
