import type { Layout, Source } from '../../content/schema';
import type { LayoutParser } from '../types';
import { bulletedQa } from './bulleted-qa';
import { labelledQa } from './labelled-qa';
import { letteredSubparts } from './lettered-subparts';
import { minutes } from './minutes';
import { numberedQa } from './numbered-qa';
import { publicQuestionMinutes } from './public-question-minutes';
import { questionParagraphs } from './question-paragraphs';
import { twoColumnTable } from './two-column-table';

/** One parser per layout family named in a sidecar's `layout` field. */
export const LAYOUT_PARSERS: Record<Layout, LayoutParser> = {
  'labelled-qa': labelledQa(),
  'numbered-qa': numberedQa,
  'question-paragraphs': questionParagraphs,
  'bulleted-qa': bulletedQa,
  'two-column-table': twoColumnTable,
  minutes,
  'public-question-minutes': publicQuestionMinutes,
  'lettered-subparts': letteredSubparts,
};

/** The parser a document's sidecar asks for, with the labels it declares, if any. */
export function parserFor(source: Pick<Source, 'labels'> & { layout: Layout }): LayoutParser {
  if (source.layout === 'labelled-qa' && source.labels) return labelledQa(source.labels);
  return LAYOUT_PARSERS[source.layout];
}
