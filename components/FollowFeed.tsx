import Link from 'next/link';
import { ROUTES } from '@/lib/common/routes';

/** A visible link to a feed, and where to learn what a feed is: most parents have never used one. */
export function FollowFeed({ href, what }: { href: string; what: string }) {
  return (
    <p>
      <Link href={href}>Follow {what}</Link> with a feed reader, and see new answers as they are added (
      <Link href={`${ROUTES.about}#feeds`}>what is a feed?</Link>).
    </p>
  );
}
