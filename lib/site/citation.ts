import { formatPartialDate, NOT_STATED, type Council, type Entry, type SourceDocument } from '../content';
import { plainText } from '../common/plain-text';
import { answerPath } from '../common/routes';
import { absoluteUrl, SITE_NAME } from './config';

/** Where a citation asks the reader to write the day they read the answer: a static page cannot know it. */
export const VIEWED_PLACEHOLDER = '[date you read it]';

/**
 * A plain-text reference to an answer that a parent can paste into a letter or a tribunal bundle:
 * who answered, at what event, when (as precisely as the document says), the question, the
 * permanent address and the day it was read.
 */
export function citation(entry: Entry, source: SourceDocument, council: Council | undefined): string {
  const when = source.date === NOT_STATED ? 'date not stated' : formatPartialDate(source.date);
  const who = council?.name ?? source.council;
  return `${who}, answer to the question "${plainText(entry.question)}", ${source.event} (${when}). ${source.title}. Published on ${SITE_NAME}: ${absoluteUrl(answerPath(entry.id))} (viewed ${VIEWED_PLACEHOLDER}).`;
}
