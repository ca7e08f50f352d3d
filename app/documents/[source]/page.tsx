import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SanitisedHtml } from '@/components/SanitisedHtml';
import { SourceFacts } from '@/components/SourceFacts';
import { formatPartialDate, getSources } from '@/lib/content';
import { REDACTION_MARKER } from '@/lib/common/redaction';
import { renderMarkdown } from '@/lib/markdown/render';
import { KIND_LABELS, sectionTitle } from '@/lib/site/labels';
import { answerAnchor, answerPath, councilPath, documentPath, ROUTES } from '@/lib/common/routes';
import { getSite } from '@/lib/site/site';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSources().map((source) => ({ source: source.id }));
}

interface Props {
  params: Promise<{ source: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = getSite();
  const source = found(site.source((await params).source));
  const council = site.council(source.council);
  const description = `${count(site.entriesOf(source.id).length, 'answer')} from ${council?.name ?? source.council}, ${formatPartialDate(source.date)}: ${source.event}.`;
  return pageMetadata({ title: source.title, description, path: documentPath(source.id) });
}

export default async function DocumentPage({ params }: Props) {
  const site = getSite();
  const source = found(site.source((await params).source));
  const council = site.council(source.council);
  const entries = site.entriesOf(source.id);
  const glossary = site.pageGlossary();
  // The lists hold spellings ("Mr Feld", "Mr Omar Feld"), not people: the page does not count them.
  const withheld = (source.redact?.length ?? 0) + (source.redacted?.length ?? 0) > 0;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: council?.shortName ?? source.council, href: councilPath(source.council) },
        ]}
        current={source.title}
      />
      <p className="caption">
        {council?.name}, {formatPartialDate(source.date)}
      </p>
      <h1>{source.title}</h1>
      <SourceFacts facts={site.sourceFacts(source)} />
      <p>
        This is the whole document in its original order: {count(entries.length, 'answer')}. Only its layout has been tidied (spacing,
        bullets and words split across lines).
        {withheld &&
          ` The names of members of the public who asked questions are replaced by “${REDACTION_MARKER}”: they are not needed to understand the answers.`}
      </p>
      {source.preamble && (
        <section aria-label="Introduction to the document">
          <SanitisedHtml className="prose" html={renderMarkdown(source.preamble, glossary)} />
        </section>
      )}
      {entries.map((entry, index) => {
        // Answers under a section heading are one level below it; answers outside any section are not.
        const Heading = entry.section ? 'h3' : 'h2';
        return (
          <div key={entry.id}>
            {entry.section && entry.section !== entries[index - 1]?.section && <h2>{sectionTitle(entry.section)}</h2>}
            <section className="document-entry" id={answerAnchor(entry.order)} aria-labelledby={`${answerAnchor(entry.order)}-heading`}>
              <p className="caption">
                {KIND_LABELS[entry.kind]} {entry.order}
                {entry.askedBy ? `, asked by ${entry.askedBy}` : ''}
              </p>
              <Heading id={`${answerAnchor(entry.order)}-heading`}>
                <Link href={answerPath(entry.id)}>{entry.question}</Link>
              </Heading>
              {entry.answeredBy && <p className="caption">Answered by {entry.answeredBy}</p>}
              {entry.response ? (
                <SanitisedHtml
                  className="response prose"
                  html={renderMarkdown(entry.response, glossary, `${answerAnchor(entry.order)}-note-`)}
                />
              ) : (
                <p>No response is recorded.</p>
              )}
            </section>
          </div>
        );
      })}
    </>
  );
}
