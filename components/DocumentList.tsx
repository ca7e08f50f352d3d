import Link from 'next/link';
import { formatPartialDate } from '@/lib/common/format-date';
import { count } from '@/lib/common/plural';
import { documentPath } from '@/lib/common/routes';
import type { DocumentListItem } from '@/lib/site/site-model';

/** Documents as links, each with its date, kind of event and number of answers; and its council, unless the page is about one. */
export function DocumentList({ items, withCouncil = true }: { items: readonly DocumentListItem[]; withCouncil?: boolean }) {
  return (
    <ul className="answer-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={documentPath(item.id)}>{item.title}</Link>
          <span className="answer-list-meta">
            {withCouncil ? `${item.council}, ` : ''}
            {formatPartialDate(item.date)} · {item.eventType} · {count(item.answers, 'answer')}
          </span>
        </li>
      ))}
    </ul>
  );
}
