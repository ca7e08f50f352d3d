import type { Layout } from '../../content/schema';
import type { LayoutFamily } from '../types';
import { bulletedQa } from './bulleted-qa';
import { labelledQa } from './labelled-qa';
import { letteredSubparts } from './lettered-subparts';
import { listedQuestions } from './listed-questions';
import { minutes } from './minutes';
import { numberedQa } from './numbered-qa';
import { publicQuestionMinutes } from './public-question-minutes';
import { questionParagraphs } from './question-paragraphs';
import { twoColumnTable } from './two-column-table';

/**
 * Every layout family, one line each. The order breaks detection's ties: the more particular
 * first, since a document that reads as minutes of public questions also reads as numbered
 * questions, but not the other way round.
 */
export const LAYOUT_FAMILIES: readonly LayoutFamily[] = [
  letteredSubparts,
  publicQuestionMinutes,
  twoColumnTable,
  bulletedQa,
  minutes,
  labelledQa,
  numberedQa,
  questionParagraphs,
  // Last: it reads only what a sidecar lists, and then nothing else should be preferred to it.
  listedQuestions,
];

/** The family a sidecar's `layout` names. */
export function layoutFamily(name: Layout): LayoutFamily {
  const family = LAYOUT_FAMILIES.find((each) => each.name === name);
  if (!family) throw new Error(`no layout family is registered for '${name}' in lib/import/layouts/index.ts`);
  return family;
}
