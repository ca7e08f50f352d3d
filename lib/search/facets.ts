/**
 * The search page's filters, in one table that the address, the engine, the page and the island
 * all read: a new filter is a row here (and its values in the index), not an edit in eight places.
 */
import type { SourceRow } from './format';

interface ChoiceFacet {
  /** Its name in the address (`?council=kent`) and in a search request. */
  name: string;
  label: string;
  /** The option that leaves it unset. */
  anyLabel: string;
  /** Where the index lists its values, by number. */
  values: 'themes' | 'councils' | 'audiences' | 'eventTypes';
  /** An answer's value, by number: from its own theme, or from its document's row. */
  valueOf: (row: SourceRow, theme: number) => number;
}

/** Filters that choose one value each. */
export const CHOICE_FACETS = [
  { name: 'theme', label: 'Theme', anyLabel: 'Any theme', values: 'themes', valueOf: (_row, theme) => theme },
  { name: 'council', label: 'Council', anyLabel: 'Any council', values: 'councils', valueOf: (row) => row[0] },
  { name: 'audience', label: 'Answers given to', anyLabel: 'Anyone', values: 'audiences', valueOf: (row) => row[1] },
  { name: 'eventType', label: 'Event', anyLabel: 'Any event', values: 'eventTypes', valueOf: (row) => row[2] },
] as const satisfies readonly ChoiceFacet[];

/** The two ends of the year range, both counted against the one year facet. */
export const YEAR_FILTERS = [
  { name: 'from', label: 'From year', anyLabel: 'Any year' },
  { name: 'to', label: 'To year', anyLabel: 'Any year' },
] as const;

export type ChoiceFacetName = (typeof CHOICE_FACETS)[number]['name'];
export type FacetName = ChoiceFacetName | 'year';
export const FACET_NAMES: readonly FacetName[] = [...CHOICE_FACETS.map((facet) => facet.name), 'year'];
/** Every filter the address can hold, in the order it is written there. */
export const FILTER_NAMES = [...CHOICE_FACETS.map((facet) => facet.name), ...YEAR_FILTERS.map((filter) => filter.name)];
export type FilterName = (typeof FILTER_NAMES)[number];

/** The search page's elements that the island finds by id. */
export const SEARCH_IDS = {
  form: 'search-form',
  query: 'search-q',
  hint: 'search-hint',
  filters: 'search-filters',
  filtersSummary: 'search-filters-summary',
  status: 'search-status',
  results: 'search-results',
  more: 'search-more',
  empty: 'search-empty',
  partial: 'search-partial',
  partialHeading: 'search-partial-heading',
  partialNote: 'search-partial-note',
  partialResults: 'search-partial-results',
  suggestions: 'search-suggestions',
  help: 'search-help',
  helpHeading: 'search-help-heading',
} as const;

/** A filter's select. */
export const filterId = (name: FilterName) => `search-${name}`;
