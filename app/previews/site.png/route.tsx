import { ImageResponse } from 'next/og';
import { PreviewImage } from '@/components/PreviewImage';
import { PREVIEW_SIZE } from '@/lib/site/page-metadata';

export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    <PreviewImage
      heading="What councils said about SEND"
      subheading="Answers to parents, carers and schools about special educational needs and disabilities, from councils across England."
    />,
    PREVIEW_SIZE,
  );
}
