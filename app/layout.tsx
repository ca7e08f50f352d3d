import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SearchBox } from '@/components/search/SearchBox';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import './globals.css';
import { NAVIGATION, ROUTES } from '@/lib/common/routes';

const sitePreview = pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: ROUTES.home });

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s – ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Pages set their own link previews (lib/site/page-metadata.ts); this is for the 404 page.
  openGraph: sitePreview.openGraph,
  twitter: sitePreview.twitter,
  alternates: { types: { 'application/atom+xml': [{ url: ROUTES.feed, title: `${SITE_NAME}: new answers` }] } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="width">
            <Link href={ROUTES.home} className="site-name">
              {SITE_NAME}
            </Link>
            {/* Beside the site's name on a wide screen, under it on a phone; the search page hides it, having its own. */}
            <SearchBox />
            <nav aria-label="Main">
              <ul>
                {NAVIGATION.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="width" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="width">
            <p>
              Answers are quoted from documents councils published. They are not legal advice. For free, independent help, contact your
              local SENDIASS or <a href="https://www.ipsea.org.uk/">IPSEA</a>.
            </p>
            <p className="no-print">
              <Link href={ROUTES.about}>About this site</Link> · <Link href={ROUTES.data}>Open data</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
