/**
 * How the importer picks an answer's theme, in rules an editor can read. Each theme lists phrases;
 * a phrase found in the question scores 3, in the section heading 1, in the response 1 (at most 2
 * in all, so that a long answer touching many subjects does not outvote its question). The
 * highest score wins; a tie goes to the theme listed first, so more specific themes come first.
 * An editor who disagrees changes `theme:` in the entry: a re-import never overwrites it.
 */
export interface ThemeRule {
  theme: string;
  phrases: readonly RegExp[];
}

export const THEME_RULES: readonly ThemeRule[] = [
  { theme: 'tribunals-appeals-and-mediation', phrases: [/\btribunal/i, /\bappeal/i, /\bmediation/i, /\bredress\b/i, /\bwitness/i] },
  {
    theme: 'exclusions-and-behaviour',
    phrases: [
      /\bexclu(?:sion|ded|de)/i,
      /\bbehaviour/i,
      /\bseclusion\b/i,
      /\brestraint\b/i,
      /part[- ]time timetable/i,
      /off-rolling/i,
      /\bsent home\b/i,
      /\bcollect a child\b/i,
    ],
  },
  {
    theme: 'therapies',
    phrases: [/\btherap(?:y|ies|ists?)\b/i, /\bSALT\b/, /speech and language/i, /\bOT\b/, /occupational/i, /physio/i, /balanced system/i],
  },
  {
    theme: 'health-and-diagnosis',
    phrases: [
      /\bCAMHS\b/,
      /diagnos/i,
      /\bASC\b/,
      /waiting (?:list|time)/i,
      /\bGPs?\b/,
      /paediatric/i,
      /wheelchair/i,
      /medical/i,
      /\bCCG\b/,
    ],
  },
  {
    theme: 'school-places-and-transition',
    phrases: [
      /transition/i,
      /secondary transfer/i,
      /preference/i,
      /school ['‘]?choice/i,
      /named school/i,
      /admission/i,
      /\bchoices?\b|\bchoosing\b/i,
    ],
  },
  {
    theme: 'ehc-needs-assessments-and-plans',
    phrases: [
      /\bEHC/i,
      /needs assessment/i,
      /statutory assessment/i,
      /refusal to (?:assess|issue)/i,
      /(?:decision )?not to issue/i,
      /\bno to (?:assess|issue)\b/i,
      /appendix 2|\bapp 2\b/i,
    ],
  },
  {
    theme: 'specialist-and-alternative-provision',
    phrases: [
      /special school/i,
      /specialist (?:provision|place|setting|placement|support)/i,
      /\bSRPs?\b/,
      /\bARPs?\b/,
      /satellite/i,
      /alternative provi/i,
      /\bAP\b/,
      /independent (?:specialist )?(?:school|setting)/i,
    ],
  },
  { theme: 'funding', phrases: [/\bfund(?:s|ing|ed)?\b/i, /\bbudget/i, /\bcost/i, /\bmoney\b/i, /high needs/i, /\bpay\b/i] },
  {
    theme: 'social-care-and-short-breaks',
    phrases: [
      /social care/i,
      /short[- ]breaks?/i,
      /early help/i,
      /\bMASH\b/,
      /\bCiN\b/,
      /social work/i,
      /give up work/i,
      /financial difficulty/i,
    ],
  },
  {
    theme: 'preparing-for-adulthood',
    phrases: [
      /work experience/i,
      /employment/i,
      /internship/i,
      /post-?16/i,
      /\bage (?:of )?(?:16|18|19)\b/i,
      /\badult (?:services|social care)\b/i,
      /\bcollege\b/i,
      /\bleave school\b/i,
    ],
  },
  {
    theme: 'communication-and-local-offer',
    phrases: [/local offer/i, /newsletter/i, /\bcommunicat/i, /disseminat/i, /\bwebsite\b/i, /\bwhat'?s available\b/i],
  },
  {
    theme: 'training-and-support-for-schools',
    phrases: [
      /\btrain(?:ing|ed)\b/i,
      /\bSEN(?:D)? ?IAs?\b|\bSENIAs?\b|\bIAs?\b|inclusion advis/i,
      /\badvis[eo]rs?\b/i,
      /\boutreach\b/i,
      /\bskills\b/i,
      /\bagenda\b/i,
      /\bsurger(?:y|ies)\b/i,
    ],
  },
  {
    theme: 'working-with-families',
    phrases: [
      /co-?produc/i,
      /parent carer (?:forum|voice)/i,
      /\brelationships?\b/i,
      /\bcomplain/i,
      /\blisten/i,
      /\bget hold of\b/i,
      /\bexperiences?\b/i,
      /\bcomments?\b/i,
      /adversarial/i,
      /\bfight\b/i,
      /\bSENDIASS?\b|\biAsk\b/i,
    ],
  },
  {
    theme: 'mainstream-inclusion',
    phrases: [
      /mainstream/i,
      /\binclusi(?:on|ve)\b/i,
      /graduated (?:approach|response)/i,
      /SEN support/i,
      /ordinarily available/i,
      /quality first/i,
      /\bunwelcome\b/i,
    ],
  },
  {
    theme: 'inspection-and-improvement',
    phrases: [/\binspect/i, /\bofsted\b/i, /\bCQC\b/, /action plan/i, /peer review/i, /\bstrategy\b/i, /change programme/i],
  },
];

/** The theme used when no theme scores at least MIN_SCORE: one phrase in the question, or two elsewhere. */
export const FALLBACK_THEME = 'working-with-families';
const MIN_SCORE = 2;

const WEIGHTS = { question: 3, section: 1, response: 1 } as const;
const RESPONSE_CAP = 2;

export interface ThemeInput {
  question: string;
  section?: string;
  response: string;
}

function countMatches(phrases: readonly RegExp[], text: string | undefined): number {
  return text ? phrases.filter((phrase) => phrase.test(text)).length : 0;
}

/** Each theme's score for an answer, highest first (ties in rule order). */
export function scoreThemes(input: ThemeInput, rules: readonly ThemeRule[] = THEME_RULES): { theme: string; score: number }[] {
  return rules
    .map((rule) => ({
      theme: rule.theme,
      score:
        WEIGHTS.question * countMatches(rule.phrases, input.question) +
        WEIGHTS.section * countMatches(rule.phrases, input.section) +
        Math.min(RESPONSE_CAP, WEIGHTS.response * countMatches(rule.phrases, input.response)),
    }))
    .sort((a, b) => b.score - a.score);
}

export function themeFor(input: ThemeInput, rules: readonly ThemeRule[] = THEME_RULES): string {
  const best = scoreThemes(input, rules)[0];
  return best && best.score >= MIN_SCORE ? best.theme : FALLBACK_THEME;
}
