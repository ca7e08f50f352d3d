import type { Layout } from '../../content/schema';
import type { LayoutParser } from '../types';
import { bulletedQa } from './bulleted-qa';
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
};
