/**
 * The relevance suite: searches written the way parents and SENCOs type them, each with the answers
 * a person reading every document would want in the first results. Ids are permanent answer ids.
 */
import type { RelevanceCase } from './relevance';

const B = 'barnet-2019-send-conference-';
const E = 'enfield-2019-02-our-voice-conference-follow-up-';
const K = 'kent-2024-03-countywide-senco-forum-';
const V = 'warwickshire-2021-06-parent-carer-webinar-';
const W = 'worcestershire-2018-05-scrutiny-send-strategy-';

export const RELEVANCE_CASES: RelevanceCase[] = [
  { query: 'my son keeps getting sent home', expected: [`${E}7`, `${V}7`] },
  { query: 'school keeps sending my daughter home early', expected: [`${E}7`] },
  { query: 'salt waiting list', expected: [`${V}19`, `${E}2`, `${B}1`] },
  { query: 'ehcp refused', expected: [`${K}15`, `${K}6`, `${K}26`, `${K}29`] },
  { query: 'ehcp refused what now', expected: [`${K}15`, `${K}26`, `${K}29`] },
  { query: 'tribnal wait', expected: [`${K}24`, `${K}28`] },
  { query: 'how long do tribunals take', expected: [`${K}24`, `${K}28`] },
  { query: 'occupational therapy nursery', expected: [`${B}6`, `${B}7`] },
  { query: 'OT', expected: [`${B}7`, `${B}6`, `${B}1`, `${V}19`] },
  { query: 'short breaks', expected: [`${B}5`, `${B}4`, `${B}11`] },
  { query: 'respite for my disabled child', expected: [`${B}5`, `${B}11`, `${B}10`] },
  { query: 'work experience after school', expected: [`${B}12`] },
  { query: 'supported internships', expected: [`${B}12`] },
  { query: 'social groups over 19', expected: [`${B}11`] },
  { query: 'autism diagnosis waiting times', expected: [`${B}18`] },
  { query: 'asd team gone', expected: [`${V}22`] },
  { query: 'mediation', expected: [`${K}22`, `${V}13`] },
  { query: 'restraint and seclusion', expected: [`${V}2`] },
  { query: 'school budget deficit', expected: [`${E}3`] },
  { query: 'sen budget cut', expected: [`${V}8`] },
  { query: 'council spending money fighting parents at tribunal', expected: [`${V}9`] },
  { query: 'not enough special school places', expected: [`${W}6`, `${K}40`] },
  { query: 'only one school choice for secondary', expected: [`${K}37`, `${K}42`] },
  { query: 'change school preference during appeal', expected: [`${K}31`] },
  { query: 'appendix 2', expected: [`${K}32`] },
  { query: 'who can help me with an appeal', expected: [`${K}33`] },
  { query: 'free independent advice for parents', expected: [`${K}33`, `${V}20`] },
  { query: 'sendias overwhelmed', expected: [`${V}20`] },
  { query: 'early help hub', expected: [`${B}3`, `${B}4`] },
  { query: 'where is information about services local offer', expected: [`${B}1`, `${B}5`, `${B}2`] },
  { query: 'GPs telling families about SEND', expected: [`${B}2`] },
  { query: 'dyslexic son gets no support', expected: [`${B}9`] },
  { query: 'alternative provision anxiety long term', expected: [`${V}11`] },
  { query: 'part time timetable', expected: [`${W}5`] },
  { query: 'ofsted inspection findings', expected: [`${W}1`] },
  { query: 'designated medical officer', expected: [`${W}3`] },
  { query: 'poor quality EHC plans', expected: [`${W}4`] },
  { query: 'EP reports every 3 years', expected: [`${V}26`] },
  { query: 'educational psychologist report', expected: [`${V}26`, `${B}8`] },
  { query: 'change programme not co-produced', expected: [`${V}25`] },
  { query: 'why was IDS disbanded', expected: [`${V}15`] },
  { query: 'rerun webinar in the daytime', expected: [`${V}17`] },
  { query: 'contact SEN inclusion adviser', expected: [`${K}13`] },
  { query: 'behavior training for teachers', expected: [`${E}8`] },
  { query: 'exclusions', expected: [`${E}7`, `${V}7`] },
  { query: 'witness statement', expected: [`${K}19`, `${K}18`] },
  { query: 'bounced between Barnet and Enfield', expected: [`${E}2`] },
  { query: 'wheelchairs', expected: [`${B}4`] },
  { query: 'care act assessment at 18', expected: [`${B}10`] },
  { query: 'satellite provision', expected: [`${K}39`] },
  { query: 'balanced system', expected: [`${K}44`, `${K}45`] },
  { query: 'mainstream core standards training', expected: [`${K}1`] },
  { query: 'health and social care working together on EHCPs', expected: [`${B}15`, `${B}16`] },
  { query: 'speech and language therapy', expected: [`${E}2`, `${V}19`, `${B}1`] },
  { query: 'therapy written into ehcp questioned', expected: [`${V}18`] },
];
