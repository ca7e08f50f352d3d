import Link from 'next/link';
import { absoluteUrl } from '@/lib/site/config';
import { JsonLd } from './JsonLd';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Where this page sits, as a labelled list of links, the current page last and unlinked; and the
 * same trail as a schema.org BreadcrumbList, which search engines show instead of the address.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const items = [...trail.map((crumb) => ({ name: crumb.label, item: absoluteUrl(crumb.href) })), { name: current }];
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          {trail.map((crumb) => (
            <li key={crumb.href}>
              <Link href={crumb.href}>{crumb.label}</Link>
            </li>
          ))}
          <li aria-current="page">{current}</li>
        </ol>
      </nav>
      <JsonLd
        data={{
          '@type': 'BreadcrumbList',
          itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, ...item })),
        }}
      />
    </>
  );
}
