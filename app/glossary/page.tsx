import type { Metadata } from 'next';
import { getGlossary, type GlossaryTerm } from '@/lib/content';
import { ROUTES } from '@/lib/common/routes';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({ title: 'Glossary', description: 'The acronyms and terms councils use about SEND, explained in plain English.', path: ROUTES.glossary });

const initialOf = (term: GlossaryTerm) => term.term[0]?.toUpperCase() ?? '#';

export default function GlossaryPage() {
  const terms = [...getGlossary()].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const letters = [...new Set(terms.map(initialOf))];
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
    </>
  );
}
