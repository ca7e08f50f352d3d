/**
 * Every address the site publishes, in one place: these are promises to people who link to us.
 * Pages, the sitemap, the navigation, glossary links, the search island and the browser tests all
 * take their addresses from here.
 */
export const ROUTES = {
  home: '/',
  themes: '/themes/',
  councils: '/councils/',
  documents: '/documents/',
  glossary: '/glossary/',
  about: '/about/',
  search: '/search/',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  /** The whole collection as open data, and the page that explains it. */
  data: '/data/',
  dataJson: '/data/answers.json',
  dataCsv: '/data/answers.csv',
  dataSchema: '/data/answers.schema.json',
  /** The static search index, fetched by the search page on first use. */
  searchIndex: '/search/index/',
} as const;

export const answerPath = (id: string) => `/answers/${id}/`;
export const documentPath = (id: string) => `/documents/${id}/`;
export const councilPath = (id: string) => `/councils/${id}/`;
/** The documents dated in one year, or 'not-stated'. */
export const yearPath = (year: string) => `/years/${year}/`;
export const themePath = (id: string) => `/themes/${id}/`;
/** Feeds of one council's and one theme's newest answers, for forums following them. */
export const councilFeedPath = (id: string) => `/councils/${id}/feed.xml`;
export const themeFeedPath = (id: string) => `/themes/${id}/feed.xml`;
/** Every answer on one theme from one council, when there are more than a theme page shows. */
export const themeCouncilPath = (theme: string, council: string) => `/themes/${theme}/${council}/`;
export const glossaryPath = (id?: string) => (id ? `${ROUTES.glossary}#${id}` : ROUTES.glossary);
/** The anchor of an answer on its document page. */
export const answerAnchor = (order: number) => `q${order}`;
/** A search for `query`, as a link that can be shared. */
export const searchPath = (query: string) => `${ROUTES.search}?q=${encodeURIComponent(query).replace(/%20/g, '+')}`;

/** The site's only scripts: search on /search/, "Copy link" and the date on answer pages. Nothing else runs code. */
export const ISLANDS = {
  search: '/search/island.js',
  answerPage: '/answer-page.js',
} as const;

/** Link-preview images (1200×630 PNG), made at build time: one for the site and one per theme, never one per answer. */
export const sitePreviewPath = '/previews/site.png';
export const themePreviewPath = (id: string) => `/previews/themes/${id}.png`;

/** The pages every page links to in its header, in order. */
export const NAVIGATION = [
  { href: ROUTES.themes, label: 'Themes' },
  { href: ROUTES.councils, label: 'Councils' },
  { href: ROUTES.documents, label: 'Documents' },
  { href: ROUTES.glossary, label: 'Glossary' },
  { href: ROUTES.about, label: 'About' },
] as const;

/** Pages that are one of a kind, for the sitemap. */
export const LISTING_PAGES = [
  ROUTES.home,
  ROUTES.themes,
  ROUTES.councils,
  ROUTES.documents,
  ROUTES.glossary,
  ROUTES.about,
  ROUTES.data,
] as const;
