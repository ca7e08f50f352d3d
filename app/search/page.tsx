import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchFilter, type FilterOption } from '@/components/search/SearchFilters';
import { CHOICE_FACETS, SEARCH_IDS as ID, YEAR_FILTERS, type ChoiceFacetName } from '@/lib/search/facets';
import { NationalHelp, WhereToAsk } from '@/components/WhereToAsk';
import { getAudiences, getCouncils, getEventTypes, getSources, getThemes, yearOf } from '@/lib/content';
import { ISLANDS, ROUTES } from '@/lib/common/routes';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every answer councils gave about SEND, in your own words.',
  path: ROUTES.search,
});

export default function SearchPage() {
  const years = [...new Set(getSources().flatMap((source) => yearOf(source.date) ?? []))]
    .sort()
    .map((year) => ({ value: String(year), label: String(year) }));
  const choices: Record<ChoiceFacetName, FilterOption[]> = {
    theme: getThemes().map((t) => ({ value: t.id, label: t.name })),
    council: getCouncils().map((c) => ({ value: c.id, label: c.name, short: c.shortName })),
    audience: getAudiences().map((a) => ({ value: a.id, label: a.name })),
    eventType: getEventTypes().map((e) => ({ value: e.id, label: e.name })),
  };
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Search" />
      <div className="search">
        <form id={ID.form} role="search" action="/search/" method="get" aria-label="Search answers">
          {/* The question is the page's heading, so the field and the first results fit on a phone's first screen. */}
          <h1 className="search-heading">
            <label htmlFor={ID.query}>What do you want to know?</label>
          </h1>
          <p id={ID.hint} className="caption">
            Use your own words, for example “my son keeps being sent home” or “salt waiting list”.
          </p>
          <div className="search-row">
            <input type="search" id={ID.query} name="q" autoComplete="off" aria-describedby={ID.hint} aria-controls={ID.results} />
            <button type="submit">Search</button>
          </div>
          {/* Closed, the filters take one line above the results; its summary names those chosen (the island writes it). */}
          <details className="filters" id={ID.filters}>
            <summary>
              <span id={ID.filtersSummary}>Filters</span>
            </summary>
            <div className="filters-body">
              {CHOICE_FACETS.map((facet) => (
                <SearchFilter
                  key={facet.name}
                  name={facet.name}
                  label={facet.label}
                  anyLabel={facet.anyLabel}
                  options={choices[facet.name]}
                />
              ))}
              {YEAR_FILTERS.map((filter) => (
                <SearchFilter key={filter.name} name={filter.name} label={filter.label} anyLabel={filter.anyLabel} options={years} />
              ))}
              <button type="submit" className="secondary filters-apply">
                Apply filters
              </button>
            </div>
          </details>
        </form>
        <p id={ID.status} role="status" aria-live="polite" className="search-status" />
        <ol id={ID.results} className="search-results" aria-label="Search results" />
        <button type="button" id={ID.more} className="secondary" hidden>
          Show more answers
        </button>
        <div id={ID.empty} hidden />
        <section id={ID.partial} hidden aria-labelledby={ID.partialHeading}>
          <h2 id={ID.partialHeading} />
          <p id={ID.partialNote} />
          <ol id={ID.partialResults} className="search-results" aria-labelledby={ID.partialHeading} />
        </section>
        {/* After the closest answers, so that on a phone the answer most likely to help comes first. */}
        <div id={ID.suggestions} hidden />
        <section id={ID.help} className="notice" hidden aria-labelledby={ID.helpHeading}>
          <h2 id={ID.helpHeading}>Where else to ask</h2>
          {getCouncils().map((council) => (
            <div key={council.id} data-council={council.id} hidden>
              <p>Ask {council.name}:</p>
              <WhereToAsk council={council} />
            </div>
          ))}
          <NationalHelp />
        </section>
        {/* Shown until the search script runs, so it also helps when the script fails to load. */}
        <p className="needs-script">
          Searching needs JavaScript, which is turned off or has not loaded in your browser. You can still find every answer by{' '}
          <Link href={ROUTES.themes}>theme</Link> or by <Link href={ROUTES.councils}>council</Link>.
        </p>
      </div>
      <script type="module" src={ISLANDS.search} />
    </>
  );
}
