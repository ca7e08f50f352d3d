import Link from 'next/link';
import { formatPartialDate, getCouncil, type Entry } from '@/lib/content';
import { answerPath } from '@/lib/common/routes';
import { sourceOf } from '@/lib/site/views';

/** A list of answers as links, each with the council, document and date it came from. */
export function AnswerList({ entries }: { entries: Entry[] }) {
  return (
    <ul className="answer-list">
      {entries.map((entry) => {
        const source = sourceOf(entry);
        return (
          <li key={entry.id}>
            <Link href={answerPath(entry.id)}>{entry.question}</Link>
            <span className="answer-list-meta">
              {getCouncil(source.council)?.shortName} · {source.title} · {formatPartialDate(source.date)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
