import Link from 'next/link';
import { formatPartialDate } from '@/lib/common/format-date';
import { councilPath, documentPath, themePath } from '@/lib/common/routes';
import type { Theme } from '@/lib/content';
import type { SourceFactsView } from '@/lib/site/site-model';
import { WebAddress } from '@/components/WebAddress';

/** The facts of a document, saying which were attributed from outside evidence rather than stated. */
export function SourceFacts({ facts, theme }: { facts: SourceFactsView; theme?: Theme }) {
  const { source, council, eventType, audience } = facts;
  const attributed = new Set(source.attribution?.fields ?? []);
  const mark = (field: 'council' | 'date') => (attributed.has(field) ? ' (attributed)' : '');
  return (
    <>
      <dl className="meta">
        <dt>Council</dt>
        <dd>
          <Link href={councilPath(source.council)}>{council}</Link>
          {mark('council')}
        </dd>
        <dt>Date</dt>
        <dd>
          {formatPartialDate(source.date)}
          {mark('date')}
        </dd>
        {theme && (
          <>
            <dt>Theme</dt>
            <dd>
              <Link href={themePath(theme.id)}>{theme.name}</Link>
            </dd>
          </>
        )}
        <dt>Document</dt>
        <dd>
          <Link href={documentPath(source.id)}>{source.title}</Link>
        </dd>
        <dt>Event</dt>
        <dd>
          {source.event} ({eventType.toLowerCase()})
        </dd>
        <dt>Answers given to</dt>
        <dd>{audience}</dd>
        {source.url && (
          <>
            <dt>Published at</dt>
            <dd>
              <a href={source.url}>
                <WebAddress address={source.url} />
              </a>
            </dd>
          </>
        )}
      </dl>
      {source.attribution && (
        <p>
          The document itself does not state its {source.attribution.fields.join(' or ')}. We attribute it to {council},{' '}
          {formatPartialDate(source.date)}, from this evidence: {source.attribution.evidence}
        </p>
      )}
    </>
  );
}
