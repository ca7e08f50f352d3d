import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerList } from '@/components/AnswerList';
import { AnswerNotices } from '@/components/AnswerNotices';
import { AnswerStructuredData } from '@/components/AnswerStructuredData';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { MovedAnswer } from '@/components/MovedAnswer';
import { SanitisedHtml } from '@/components/SanitisedHtml';
import { SourceFacts } from '@/components/SourceFacts';
import { renderMarkdown, renderText } from '@/lib/markdown/render';
import { KIND_LABELS, sectionTitle } from '@/lib/site/labels';
import { answerAnchor, answerPath, councilPath, documentPath, ISLANDS, ROUTES } from '@/lib/common/routes';
import { citation, VIEWED_PLACEHOLDER } from '@/lib/site/citation';
import { absoluteUrl, SITE_NAME } from '@/lib/site/config';
import { reportProblemUrl } from '@/lib/site/report';
import { summarise } from '@/lib/site/summary';
import { getSite } from '@/lib/site/site';
import type { GlossaryOptions } from '@/lib/markdown/glossary-plugin';
import { found } from '@/app/found';
import { pageMetadata } from '@/lib/site/page-metadata';
import { LONG_QUESTION, questionHeading } from '@/lib/site/question-heading';
import { TextWithAddresses, WebAddress } from '@/components/WebAddress';

export const dynamicParams = false;

/** Every answer, and every old address that now redirects to one. */
export function generateStaticParams() {
  const { content } = getSite();
  return [...content.entries.map((entry) => entry.id), ...Object.keys(content.permalinks.redirects)].map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const site = getSite();
  const movedTo = site.content.permalinks.redirects[id];
  if (movedTo) return { title: 'This answer has moved', robots: { index: false } };
  const entry = found(site.entry(id));
  const source = site.sourceOf(entry);
  const council = site.council(source.council);
  const description = summarise(entry.response || entry.question, 160);
  return {
    ...pageMetadata({
      title: entry.question,
      description: `${council?.shortName ?? ''}: ${description}`,
      path: answerPath(entry.id),
      theme: site.theme(entry.theme),
      type: 'article',
    }),
    // The browser tab shows a shortened question; previews show it whole.
    title: entry.question.length > 90 ? `${entry.question.slice(0, 87)}…` : entry.question,
    description,
  };
}

export default async function AnswerPage({ params }: Props) {
  const { id } = await params;
  const site = getSite();
  const movedTo = site.content.permalinks.redirects[id];
  if (movedTo) return <MovedAnswer to={movedTo} />;
  const entry = found(site.entry(id));
  const source = site.sourceOf(entry);
  const council = site.council(source.council);
  const theme = site.theme(entry.theme);
  const glossary = site.pageGlossary();
  const { previous, next } = site.neighbours(entry);
  const repeats = site.alsoAsked(entry);
  const elsewhere = site.otherCouncilsAnswers(entry);
  const citationText = citation(entry, source, council);
  return (
    <article>
      <AnswerStructuredData entry={entry} source={source} council={council?.name ?? source.council} />
      <p className="print-only">
        Printed from {SITE_NAME}, <WebAddress address={absoluteUrl(answerPath(entry.id))} />, on <span data-today>[date printed]</span>.
      </p>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: ROUTES.home },
          { label: council?.shortName ?? source.council, href: councilPath(source.council) },
          { label: source.title, href: documentPath(source.id) },
        ]}
        current={`${KIND_LABELS[entry.kind]} ${entry.order}`}
      />
      <p className="caption">
        {KIND_LABELS[entry.kind]}
        {entry.section ? ` · ${sectionTitle(entry.section)}` : ''}
      </p>
      {/* Called, not rendered as a component, so that the glossary marks its terms before the answer's. */}
      {questionHeadingElement(entry.question, glossary)}
      {entry.askedBy && <p className="caption">Asked by {entry.askedBy}</p>}
      <AnswerNotices entry={entry} source={source} />
      <h2>{entry.kind === 'finding' ? 'What the inspection found' : 'What the council said'}</h2>
      {entry.answeredBy && <p className="caption">Answered by {entry.answeredBy}</p>}
      {entry.response ? (
        <SanitisedHtml className="response prose" html={renderMarkdown(entry.response, glossary)} />
      ) : (
        <p>No response is recorded in the document.</p>
      )}
      <h2>Where this answer comes from</h2>
      <SourceFacts facts={site.sourceFacts(source)} theme={theme} />
      <p className="no-print">
        <Link href={`${documentPath(source.id)}#${answerAnchor(entry.order)}`}>See this answer in the whole document</Link>
      </p>
      {repeats.length > 0 && (
        <section className="no-print" aria-labelledby="also-asked">
          <h2 id="also-asked">Also asked</h2>
          <p>Much the same question was asked again. The answers may differ.</p>
          <AnswerList items={site.answerItems(repeats)} />
        </section>
      )}
      {elsewhere.length > 0 && (
        <section className="no-print" aria-labelledby="other-councils">
          <h2 id="other-councils">How other councils answered</h2>
          <p>
            Answers on {theme ? `“${theme.name}”` : 'the same subject'} from other councils, in similar words. Services differ between
            councils: your own council&rsquo;s answer is the one that applies to you.
          </p>
          <AnswerList items={site.answerItems(elsewhere)} />
        </section>
      )}
      <h2 id="share">Link to or cite this answer</h2>
      <p className="share-link">
        Its address will not change:{' '}
        <a className="permalink" href={answerPath(entry.id)}>
          <WebAddress address={absoluteUrl(answerPath(entry.id))} />
        </a>{' '}
        <a className="copy-link" href={answerPath(entry.id)} data-copy={absoluteUrl(answerPath(entry.id))}>
          Copy link
        </a>
        <span role="status" className="copy-status" />
      </p>
      <p>To quote it in a letter, an appeal or a meeting, copy this:</p>
      <p className="citation">
        <TextWithAddresses text={citationText.slice(0, citationText.indexOf(VIEWED_PLACEHOLDER))} />
        <span data-today>{VIEWED_PLACEHOLDER}</span>
        <TextWithAddresses text={citationText.slice(citationText.indexOf(VIEWED_PLACEHOLDER) + VIEWED_PLACEHOLDER.length)} />
      </p>
      <p className="no-print">
        <a href={reportProblemUrl(entry)}>Report a problem with this answer</a> (opens a form on GitHub, where the site&rsquo;s editors
        work)
      </p>
      <nav aria-label="Other answers in this document" className="pager">
        {previous && (
          <Link href={answerPath(previous.id)} rel="prev">
            <span>Previous answer</span>
            {previous.question}
          </Link>
        )}
        {next && (
          <Link href={answerPath(next.id)} rel="next">
            <span>Next answer</span>
            {next.question}
          </Link>
        )}
      </nav>
      <script type="module" src={ISLANDS.answerPage} />
    </article>
  );
}

/** The parent's question as the heading: a long one leads with its first sentence in bold, the rest in ordinary type. */
function questionHeadingElement(question: string, glossary: GlossaryOptions) {
  const { lead, rest } = questionHeading(question);
  if (!rest)
    return (
      <SanitisedHtml
        as="h1"
        className={question.length > LONG_QUESTION ? 'question long-question' : 'question'}
        html={renderText(question, glossary)}
      />
    );
  return (
    <h1 className="question long-question">
      <SanitisedHtml as="span" className="question-lead" html={renderText(lead, glossary)} />{' '}
      <SanitisedHtml as="span" className="question-rest" html={renderText(rest, glossary)} />
    </h1>
  );
}
