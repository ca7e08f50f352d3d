import { SITE_NAME, SITE_URL } from '@/lib/site/config';

/**
 * The picture a link preview shows, drawn by Next's image renderer (satori) into a PNG at build
 * time. Only characters of the bundled Latin font are drawn: a missing glyph would make the
 * renderer fetch a font from another origin during the build.
 */
const drawable = (text: string) => text.replace(/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]/gu, '');

export function PreviewImage({ heading, subheading }: { heading: string; subheading: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#ffffff',
        color: '#0b0c0c',
        padding: '64px 72px',
        borderTop: '24px solid #1d70b8',
      }}
    >
      <div style={{ display: 'flex', fontSize: 40, color: '#1d4f91' }}>{SITE_NAME}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: heading.length > 40 ? 64 : 80, lineHeight: 1.1 }}>{drawable(heading)}</div>
        <div style={{ display: 'flex', fontSize: 34, color: '#484949', marginTop: 28, lineHeight: 1.3 }}>{drawable(subheading)}</div>
      </div>
      <div
        style={{ display: 'flex', fontSize: 30, color: '#484949' }}
      >{`Councils' answers in their own words · ${new URL(SITE_URL).host}`}</div>
    </div>
  );
}
