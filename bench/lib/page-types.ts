import { answerPath, councilPath, documentPath, ROUTES, searchPath, themeCouncilPath, themePath, yearPath } from '../../lib/common/routes';

/**
 * One real page of each type, from the route table, shared by the browser tests and bench:pages so
 * that each type is covered everywhere.
 */
export const PAGE_TYPES = {
  home: ROUTES.home,
  answer: answerPath('kent-2024-03-countywide-senco-forum-24'),
  'deferred answer': answerPath('kent-2024-03-countywide-senco-forum-4'),
  'answer with a long web address': answerPath('warwickshire-2021-06-parent-carer-webinar-11'),
  document: documentPath('worcestershire-2018-05-scrutiny-send-strategy'),
  documents: ROUTES.documents,
  'documents of a year': yearPath('2024'),
  council: councilPath('kent'),
  councils: ROUTES.councils,
  theme: themePath('therapies'),
  'theme for one council': themeCouncilPath('ehc-needs-assessments-and-plans', 'kent'),
  themes: ROUTES.themes,
  glossary: ROUTES.glossary,
  about: ROUTES.about,
  data: ROUTES.data,
  search: searchPath('therapy'),
  'not found': '/no-such-page/',
} as const;
