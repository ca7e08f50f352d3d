import { NOT_STATED, type Entry, type SourceDocument } from '@/lib/content';
import { plainText } from '@/lib/common/plain-text';
import { absoluteUrl } from '@/lib/site/config';
import { answerPath } from '@/lib/common/routes';
import { JsonLd } from './JsonLd';

/**
 * What an entry is, for search engines. A question the council answered is a QAPage with its
 * accepted answer, so that search can show both. Anything else (a question with no recorded
 * response, a comment or concern from minutes, an inspection's finding) is a web page about a
 * Question, Comment or Report: a QAPage without an answer is invalid and search engines reject it.
 */
export function AnswerStructuredData({ entry, source, council }: { entry: Entry; source: SourceDocument; council: string }) {
  const url = absoluteUrl(answerPath(entry.id));
  const dateCreated = source.date === NOT_STATED ? {} : { dateCreated: source.date };
  const organisation = { '@type': 'GovernmentOrganization', name: council };
  if (entry.response) {
    return (
      <JsonLd
        data={{
          '@type': 'QAPage',
          mainEntity: {
            '@type': 'Question',
            name: entry.question,
            ...dateCreated,
            answerCount: 1,
            acceptedAnswer: { '@type': 'Answer', text: plainText(entry.response), url, author: organisation, ...dateCreated },
          },
        }}
      />
    );
  }
  const type = entry.kind === 'question' ? 'Question' : entry.kind === 'finding' ? 'Report' : 'Comment';
  return (
    <JsonLd
      data={{
        '@type': 'WebPage',
        url,
        name: entry.question,
        mainEntity: {
          '@type': type,
          text: entry.question,
          ...dateCreated,
          ...(type === 'Question' ? { name: entry.question, answerCount: 0 } : {}),
        },
      }}
    />
  );
}
