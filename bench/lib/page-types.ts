/** One real page of each type, shared by the browser tests so that each type is covered everywhere. */
export const PAGE_TYPES = {
  home: '/',
  answer: '/answers/kent-2024-03-countywide-senco-forum-24/',
  'deferred answer': '/answers/kent-2024-03-countywide-senco-forum-4/',
  'answer with a long web address': '/answers/warwickshire-2021-06-parent-carer-webinar-11/',
  document: '/documents/worcestershire-2018-05-scrutiny-send-strategy/',
  documents: '/documents/',
  council: '/councils/kent/',
  councils: '/councils/',
  theme: '/themes/therapies/',
  themes: '/themes/',
  glossary: '/glossary/',
  about: '/about/',
  search: '/search/?q=therapy',
  'not found': '/no-such-page/',
} as const;
