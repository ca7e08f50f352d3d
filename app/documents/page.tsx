import type { Metadata } from 'next';
import Link from 'next/link';
import { eventTypeName, formatPartialDate, getCouncil, getSources } from '@/lib/content';
import { documentPath, ROUTES } from '@/lib/shared/routes';
import { byDateDescending, entriesOf } from '@/lib/site/views';

export const metadata: Metadata = { title: 'Documents', description: 'Every council document whose answers we publish, newest first.', alternates: { canonical: ROUTES.documents } };

export default function DocumentsPage() {
  const sources = [...getSources()].sort(byDateDescending);
  return (
    <>
      <h1>Documents</h1>
      <p>Every council document whose answers we publish, newest first.</p>
      <ul className="answer-list">
        {sources.map((source) => (
          <li key={source.id}>
            <Link href={documentPath(source.id)}>{source.title}</Link>
            <span className="answer-list-meta">
              {getCouncil(source.council)?.name}, {formatPartialDate(source.date)} · {eventTypeName(source.eventType)} · {entriesOf(source.id).length} answers
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
