/** Site-wide settings. SITE_URL is where the site is published; links in previews need it absolute. */
export const SITE_NAME = 'SEND Answers';
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
export const SITE_DESCRIPTION =
  'What councils in England answered when parents, carers and schools asked about special educational needs and disabilities (SEND).';

/** Where readers report problems with an answer: the project's repository (one setting). */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? 'https://github.com/send-answers/send-answers';

/** An address on the site as an absolute URL, for feeds, sitemaps and previews. */
export const absoluteUrl = (path: string) => new URL(path, SITE_URL).toString();
