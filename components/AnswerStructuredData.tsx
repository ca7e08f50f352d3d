import { NOT_STATED, type Entry, type SourceDocument } from '@/lib/content';
import { plainText } from '@/lib/shared/plain-text';
import { absoluteUrl } from '@/lib/site/config';
import { answerPath } from '@/lib/shared/routes';

/**
 * schema.org QAPage data, so that search engines can show the question and the council's answer.
 * It is data, not script: the runtime stripping keeps it. `<` is escaped so text cannot end the tag.
 */
export function AnswerStructuredData({ entry, source, council }: { entry: Entry; source: SourceDocument; council: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: entry.question,
      ...(source.date === NOT_STATED ? {} : { dateCreated: source.date }),
      answerCount: entry.response ? 1 : 0,
      ...(entry.response
        ? { acceptedAnswer: { '@type': 'Answer', text: plainText(entry.response), url: absoluteUrl(answerPath(entry.id)), author: { '@type': 'GovernmentOrganization', name: council } } }
        : {}),
    },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
