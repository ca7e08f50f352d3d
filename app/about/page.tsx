import type { Metadata } from 'next';
import Link from 'next/link';
import { glossaryPath, ROUTES } from '@/lib/common/routes';
import { FEED_SIZE } from '@/lib/site/feed';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'About',
  description: 'What SEND Answers is, what it is not, and where to get independent help.',
  path: ROUTES.about,
});

export default function AboutPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="About" />
      <h1>About SEND Answers</h1>
      <p>
        Councils in England answer questions from parents, carers and schools about special educational needs and disabilities (SEND) at
        conferences, forums and webinars, then publish the answers as PDF or Word documents. They are hard to find and impossible to search.
        This site turns each document into one page per answer, with the council&rsquo;s own words.
      </p>
      <h2>What this site is not</h2>
      <ul>
        <li>It is not legal advice, and it is not run by any council.</li>
        <li>An answer tells you what a council said at the time. Services, names and rules change: check the date on each answer.</li>
        <li>We do not change what councils said. We only tidy the layout, and we remove the names of members of the public who asked.</li>
      </ul>
      <h2>Where to get independent help</h2>
      <ul>
        <li>
          Your local SEND information, advice and support service (<Link href={glossaryPath('sendiass')}>SENDIASS</Link>) gives free,
          confidential and impartial advice. Every council area has one.
        </li>
        <li>
          <a href="https://www.ipsea.org.uk/">IPSEA</a> (Independent Provider of Special Education Advice) gives free legally based advice
          about SEND law.
        </li>
      </ul>
      <h2 id="feeds">Following new answers</h2>
      <p>
        A feed is a list of a site&rsquo;s newest items that a feed reader app checks for you, so you see new answers without coming back to
        look. Copy the address of a feed into a feed reader (many are free, on phones and computers), or give it to your forum&rsquo;s
        software. Each feed holds the newest {FEED_SIZE} answers:
      </p>
      <ul>
        <li>
          <Link href={ROUTES.feed}>every new answer</Link>;
        </li>
        <li>
          one council&rsquo;s new answers: &ldquo;Follow&rdquo; on the council&rsquo;s page, under{' '}
          <Link href={ROUTES.councils}>Councils</Link>;
        </li>
        <li>
          new answers on one subject: &ldquo;Follow&rdquo; on the theme&rsquo;s page, under <Link href={ROUTES.themes}>Themes</Link>.
        </li>
      </ul>
      <p>A feed reader asks this site for the feed and nothing else: no account, no cookies.</p>
      <h2>Privacy</h2>
      <p>This site sets no cookies, does not track you and loads nothing from any other website.</p>
    </>
  );
}
