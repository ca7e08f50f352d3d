import type { Layout } from '../../content/schema';
import type { LayoutParser } from '../types';
import { bulletedQa } from './bulleted-qa';
import { qaPairs, questionAnswerLabels, youSaidWeDid } from './labelled-qa';
import { letteredSubparts } from './lettered-subparts';
import { publicQuestionMinutes } from './public-question-minutes';
import { topicParagraphs } from './topic-paragraphs';
import { minutes } from './minutes';
import { numberedQa } from './numbered-qa';
import { questionResponse } from './question-response';
import { twoColumnTable } from './two-column-table';

/** One parser per layout named in a sidecar's `layout` field. */
export const LAYOUT_PARSERS: Record<Layout, LayoutParser> = {
  'two-column-table': twoColumnTable,
  minutes,
  'question-response': questionResponse,
  'bulleted-qa': bulletedQa,
  'numbered-qa': numberedQa,
  'q-and-a': qaPairs,
  'question-answer-labels': questionAnswerLabels,
  'topic-paragraphs': topicParagraphs,
  'you-said-we-did': youSaidWeDid,
  'public-question-minutes': publicQuestionMinutes,
  'lettered-subparts': letteredSubparts,
};
