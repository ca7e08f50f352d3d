import Link from 'next/link';
import { ROUTES } from '@/lib/common/routes';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link to an answer, it may have moved.</p>
      <p>You can:</p>
      <ul>
        <li>
          <Link href={ROUTES.themes}>browse answers by theme</Link>
        </li>
        <li>
          <Link href={ROUTES.councils}>browse answers by council</Link>
        </li>
        <li>
          <Link href={ROUTES.home}>go to the home page</Link>
        </li>
      </ul>
    </>
  );
}
