import Link from 'next/link';
import { answerPath } from '@/lib/common/routes';

/**
 * The page left at an answer's old address: a static redirect any host can serve (meta refresh),
 * with a visible link for people and a canonical link for search engines.
 */
export function MovedAnswer({ to }: { to: string }) {
  const target = answerPath(to);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <link rel="canonical" href={target} />
      <h1>This answer has moved</h1>
      <p>
        The answer you are looking for is now at <Link href={target}>{target}</Link>. If you are not taken there, follow the link.
      </p>
    </>
  );
}
