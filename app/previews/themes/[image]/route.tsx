import { ImageResponse } from 'next/og';
import { PreviewImage } from '@/components/PreviewImage';
import { getTheme, getThemes } from '@/lib/content';
import { PREVIEW_SIZE } from '@/lib/site/page-metadata';
import { found } from '@/app/found';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One image per theme, named <theme>.png so that any static host serves it as a PNG. */
export function generateStaticParams() {
  return getThemes().map((theme) => ({ image: `${theme.id}.png` }));
}

export async function GET(_: Request, { params }: { params: Promise<{ image: string }> }) {
  const theme = found(getTheme((await params).image.replace(/\.png$/, '')));
  return new ImageResponse(<PreviewImage heading={theme.name} subheading={theme.description} />, PREVIEW_SIZE);
}
