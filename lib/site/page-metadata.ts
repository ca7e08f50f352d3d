import type { Metadata } from 'next';
import type { Theme } from '../content';
import { sitePreviewPath, themePreviewPath } from '../common/routes';
import { SITE_NAME } from './config';

/** Link-preview images are 1200×630, the size Open Graph readers (Facebook, forums, messaging apps) show largest. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a preview image shows, in words: its alt text for people who cannot see it. */
export function previewAlt(theme?: Theme): string {
  return theme
    ? `${SITE_NAME}: what councils answered about ${theme.name.toLowerCase()}`
    : `${SITE_NAME}: what councils in England answered about SEND`;
}

/**
 * A page's metadata: title, description, permanent address, its feed if it has one, and the link
 * preview (Open Graph and Twitter) with the preview image of its theme or the site's, and the site's
 * name and locale. Next replaces a parent's `openGraph` as a whole rather than merging it, so every
 * page sets all of it here.
 */
export function pageMetadata({
  title,
  description,
  path,
  theme,
  type = 'website',
  feed,
}: {
  title: string;
  description: string;
  path: string;
  theme?: Theme;
  type?: 'website' | 'article';
  feed?: { url: string; title: string };
}): Metadata {
  const image = { url: theme ? themePreviewPath(theme.id) : sitePreviewPath, ...PREVIEW_SIZE, alt: previewAlt(theme), type: 'image/png' };
  return {
    title,
    description,
    alternates: { canonical: path, ...(feed ? { types: { 'application/atom+xml': [feed] } } : {}) },
    openGraph: { type, title, description, url: path, siteName: SITE_NAME, locale: 'en_GB', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
