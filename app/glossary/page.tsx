import type { Metadata } from 'next';
import { getGlossary, getSynonyms, type GlossaryTerm } from '@/lib/content';
import { ROUTES } from '@/lib/common/routes';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary',
  description: 'The acronyms and terms councils use about SEND, explained in plain English.',
  path: ROUTES.glossary,
});

const initialOf = (term: GlossaryTerm) => term.term[0]?.toUpperCase() ?? '#';

export default function GlossaryPage() {
  const terms = [...getGlossary()].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const letters = [...new Set(terms.map(initialOf))];
  // Sets with a note explain a council's word through the words parents use for it; search uses them all.
  const explained = getSynonyms().filter((set) => set.note !== undefined);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Glossary" />
      <h1>Glossary</h1>
      <p>The acronyms and terms councils use about special educational needs and disabilities (SEND), in plain English.</p>
      <nav aria-label="Glossary letters">
        <ul className="az">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <dl className="glossary">
            {terms
              .filter((term) => initialOf(term) === letter)
              .map((term) => (
                <div key={term.id}>
                  <dt id={term.id}>
                    {term.term}
                    {term.expansion && ` (${term.expansion})`}
                  </dt>
                  <dd>
                    {term.definition}
                    {term.aliases && term.aliases.length > 0 && ` Also written: ${term.aliases.join(', ')}.`}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      {explained.length > 0 && (
        <section aria-labelledby="parents-words">
          <h2 id="parents-words">Parents’ words and councils’ words</h2>
          <p>Councils often have a name for what parents describe. Search finds the council’s word when you use yours.</p>
          <dl className="glossary">
            {explained.map((set) => (
              <div key={set.id}>
                <dt id={`words-${set.id}`}>{(set.finds ?? set.same ?? []).slice(0, 2).join(', ')}</dt>
                <dd>
                  {set.note} Parents often say:{' '}
                  {(set.search ?? set.same ?? [])
                    .slice(0, 4)
                    .map((phrase) => `“${phrase}”`)
                    .join(', ')}
                  .
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
