import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchFilter } from '@/components/search/SearchFilters';
import { NationalHelp, WhereToAsk } from '@/components/WhereToAsk';
import { getAudiences, getCouncils, getEventTypes, getSources, getThemes, yearOf } from '@/lib/content';
import { ISLANDS, ROUTES } from '@/lib/common/routes';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search every answer councils gave about SEND, in your own words.', path: ROUTES.search });

export default function SearchPage() {
  const years = [...new Set(getSources().flatMap((source) => yearOf(source.date) ?? []))].sort().map((year) => ({ value: String(year), label: String(year) }));
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Search" />
      <div className="search">
        <form id="search-form" role="search" action="/search/" method="get" aria-label="Search answers">
          {/* The question is the page's heading, so the field and the first results fit on a phone's first screen. */}
          <h1 className="search-heading">
            <label htmlFor="search-q">What do you want to know?</label>
          </h1>
          <p id="search-hint" className="caption">
            Use your own words, for example “my son keeps being sent home” or “salt waiting list”.
          </p>
          <div className="search-row">
            <input type="search" id="search-q" name="q" autoComplete="off" aria-describedby="search-hint" aria-controls="search-results" />
            <button type="submit">Search</button>
          </div>
          {/* Closed, the filters take one line above the results; its summary names those chosen (the island writes it). */}
          <details className="filters" id="search-filters">
            <summary>
              <span id="search-filters-summary">Filters</span>
            </summary>
            <div className="filters-body">
              <SearchFilter name="theme" label="Theme" anyLabel="Any theme" options={getThemes().map((t) => ({ value: t.id, label: t.name }))} />
              <SearchFilter name="council" label="Council" anyLabel="Any council" options={getCouncils().map((c) => ({ value: c.id, label: c.name, short: c.shortName }))} />
              <SearchFilter name="audience" label="Answers given to" anyLabel="Anyone" options={getAudiences().map((a) => ({ value: a.id, label: a.name }))} />
              <SearchFilter name="eventType" label="Event" anyLabel="Any event" options={getEventTypes().map((e) => ({ value: e.id, label: e.name }))} />
              <SearchFilter name="from" label="From year" anyLabel="Any year" options={years} />
              <SearchFilter name="to" label="To year" anyLabel="Any year" options={years} />
              <button type="submit" className="secondary filters-apply">
                Apply filters
              </button>
            </div>
          </details>
        </form>
        <p id="search-status" role="status" aria-live="polite" className="search-status" />
        <ol id="search-results" className="search-results" aria-label="Search results" />
        <button type="button" id="search-more" className="secondary" hidden>
          Show more answers
        </button>
        <div id="search-empty" hidden />
        <section id="search-partial" hidden aria-labelledby="search-partial-heading">
          <h2 id="search-partial-heading" />
          <p id="search-partial-note" />
          <ol id="search-partial-results" className="search-results" aria-labelledby="search-partial-heading" />
        </section>
        <section id="search-help" className="notice" hidden aria-labelledby="search-help-heading">
          <h2 id="search-help-heading">Where else to ask</h2>
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
