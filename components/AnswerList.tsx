import Link from 'next/link';
import { formatPartialDate } from '@/lib/common/format-date';
import { answerPath } from '@/lib/common/routes';
import type { AnswerListItem } from '@/lib/site/site-model';

/** A list of answers as links, each with the council, document and date it came from. */
export function AnswerList({ items }: { items: readonly AnswerListItem[] }) {
  return (
    <ul className="answer-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={answerPath(item.id)}>{item.question}</Link>
          <span className="answer-list-meta">
            {item.council} · {item.document} · {formatPartialDate(item.date)}
          </span>
        </li>
      ))}
    </ul>
  );
}
