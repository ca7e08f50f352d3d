import type { Entry } from '../content/schema';
import { absoluteUrl, REPOSITORY_URL } from './config';
import { answerPath } from '../common/routes';

/** A link that opens a new issue on the repository, already saying which answer it is about. */
export function reportProblemUrl(entry: Entry): string {
  const address = absoluteUrl(answerPath(entry.id));
  const title = `Problem with answer ${entry.id}`;
  const body = [
    `Answer: ${entry.id}`,
    `Address: ${address}`,
    `Question: ${entry.question}`,
    '',
    'What is wrong (for example a typo, a wrong theme, a missing part of the answer, or a name that should be removed):',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title, body, labels: 'content' });
  return `${REPOSITORY_URL}/issues/new?${params.toString()}`;
}
