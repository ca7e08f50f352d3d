import Link from 'next/link';
import { eventTypeName, formatPartialDate, getCouncil, type SourceDocument } from '@/lib/content';
import { documentPath } from '@/lib/common/routes';
import { entriesOf } from '@/lib/site/views';
import { count } from '@/lib/common/plural';

/** Documents as links, each with its date, kind of event and number of answers; and its council, unless the page is about one. */
export function DocumentList({ sources, withCouncil = true }: { sources: readonly SourceDocument[]; withCouncil?: boolean }) {
  return (
    <ul className="answer-list">
      {sources.map((source) => (
        <li key={source.id}>
          <Link href={documentPath(source.id)}>{source.title}</Link>
          <span className="answer-list-meta">
            {withCouncil ? `${getCouncil(source.council)?.name}, ` : ''}
            {formatPartialDate(source.date)} · {eventTypeName(source.eventType)} · {count(entriesOf(source.id).length, 'answer')}
          </span>
        </li>
      ))}
    </ul>
  );
}
