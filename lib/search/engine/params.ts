/** The search state lives in the address, so a search can be bookmarked, shared and revisited. */
import { CHOICE_FACETS, FILTER_NAMES } from '../facets';
import type { SearchRequest } from './types';

const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);
const text = (value: string | null) => (value ? value : undefined);

export function requestFromParams(params: URLSearchParams): SearchRequest {
  return {
    q: params.get('q') ?? '',
    ...Object.fromEntries(CHOICE_FACETS.map((facet) => [facet.name, text(params.get(facet.name))])),
    from: year(params.get('from')),
    to: year(params.get('to')),
  };
}

/** Only what is set, in a fixed order, so that equal searches have equal addresses. */
export function paramsFromRequest(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.q.trim() !== '') params.set('q', request.q);
  for (const name of FILTER_NAMES) {
    const value = request[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

export function hasFilters(request: SearchRequest): boolean {
  return FILTER_NAMES.some((name) => request[name] !== undefined);
}
