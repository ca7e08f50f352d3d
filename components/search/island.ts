/**
 * The search island: plain TypeScript, bundled on its own by scripts/build-islands.ts. A React
 * island would bring Next's client runtime (173 KB gzip, measured) on top of a first-query budget
 * of 150 KB; this file is a few KB. It enhances the form that app/search/page.tsx renders.
 */
import { formatPartialDate, NOT_STATED } from '../../lib/common/format-date';
import { count } from '../../lib/common/plural';
import { answerPath, ROUTES } from '../../lib/common/routes';
import { SearchEngine } from '../../lib/search/engine/engine';
import type { SearchRequest, SearchResponse } from '../../lib/search/engine/types';
import { CHOICE_FACETS, FILTER_NAMES, filterId, SEARCH_IDS, YEAR_FILTERS, type FilterName } from '../../lib/search/facets';
import { snippet, highlight, type Segment } from '../../lib/search/engine/highlight';
import { hasFilters, paramsFromRequest, requestFromParams } from '../../lib/search/engine/params';
import { shorten, wordsSummary } from './search-text';

const DEBOUNCE_MS = 200;
const PAGE_SIZE = 10;
/** An index file, or an error: a missing file must never be read as data. */
async function fetchIndex(path: string): Promise<Response> {
  const response = await fetch(ROUTES.searchIndex + path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

const engine = new SearchEngine({
  json: async (path) => (await fetchIndex(path)).json(),
  bytes: async (path) => new Uint8Array(await (await fetchIndex(path)).arrayBuffer()),
});

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>(SEARCH_IDS.form);
const input = byId<HTMLInputElement>(SEARCH_IDS.query);
const status = byId<HTMLElement>(SEARCH_IDS.status);
const list = byId<HTMLOListElement>(SEARCH_IDS.results);
const more = byId<HTMLButtonElement>(SEARCH_IDS.more);
const empty = byId<HTMLElement>(SEARCH_IDS.empty);
const suggestions = byId<HTMLElement>(SEARCH_IDS.suggestions);
const partial = byId<HTMLElement>(SEARCH_IDS.partial);
const partialHeading = byId<HTMLElement>(SEARCH_IDS.partialHeading);
const partialNote = byId<HTMLElement>(SEARCH_IDS.partialNote);
const partialList = byId<HTMLOListElement>(SEARCH_IDS.partialResults);
const help = byId<HTMLElement>(SEARCH_IDS.help);
const filterBox = byId<HTMLDetailsElement>(SEARCH_IDS.filters);
const filterSummary = byId<HTMLElement>(SEARCH_IDS.filtersSummary);
const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, byId<HTMLSelectElement>(filterId(name))])) as Record<
  FilterName,
  HTMLSelectElement
>;

function currentRequest(): SearchRequest {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return requestFromParams(params);
}

function showRequest(request: SearchRequest) {
  input.value = request.q;
  for (const name of FILTER_NAMES) filters[name].value = String(request[name] ?? '');
  showFilterSummary(request);
}

/** The closed filters still say which are chosen: "Filters: Kent, 2024". */
function showFilterSummary(request: SearchRequest) {
  const chosen = CHOICE_FACETS.flatMap(({ name }) => {
    const option = filters[name].selectedOptions[0];
    return request[name] && option ? [option.dataset.short ?? option.dataset.label ?? option.value] : [];
  });
  const { from, to } = request;
  if (from !== undefined && from === to) chosen.push(String(from));
  else if (from !== undefined && to !== undefined) chosen.push(`${from} to ${to}`);
  else if (from !== undefined) chosen.push(`from ${from}`);
  else if (to !== undefined) chosen.push(`up to ${to}`);
  filterSummary.textContent = chosen.length > 0 ? `Filters: ${chosen.join(', ')}` : 'Filters: none chosen';
}

function segmentsTo(parent: HTMLElement, segments: Segment[]) {
  for (const segment of segments) {
    if (!segment.mark) parent.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    }
  }
}

function resultItem(result: SearchResponse['results'][number], terms: Set<string>): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = answerPath(result.id);
  segmentsTo(link, highlight(shorten(result.question), terms));
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  // The index keeps an unstated date as '' so that it sorts last.
  meta.textContent = `${result.council} · ${formatPartialDate(result.date || NOT_STATED)} · ${result.theme}`;
  const excerpt = document.createElement('p');
  segmentsTo(excerpt, snippet(result.excerpt, terms));
  item.append(heading, meta, excerpt);
  return item;
}

function showFacets(response: SearchResponse) {
  for (const { name } of CHOICE_FACETS) {
    for (const option of filters[name].options) {
      if (option.value === '') continue;
      option.textContent = `${option.dataset.label ?? option.value} (${response.facets[name].get(option.value) ?? 0})`;
    }
  }
  for (const select of YEAR_FILTERS.map(({ name }) => filters[name])) {
    for (const option of select.options) {
      if (option.value !== '') option.textContent = `${option.value} (${response.facets.year.get(option.value) ?? 0})`;
    }
  }
}

/** When no answer is a match: the closest answers, offered apart and said to be so. */
function showClosest(response: SearchResponse) {
  partialList.replaceChildren();
  partial.hidden = !response.closest;
  if (!response.closest) return;
  const { total } = response.closest;
  const shownNote = total > PAGE_SIZE ? ` ${count(total, 'answer')} in all; the first ${PAGE_SIZE} are shown.` : '';
  partialHeading.textContent = response.verdict === 'none' ? 'Answers that share a few of your words' : 'Closest answers';
  partialNote.textContent =
    response.verdict === 'none'
      ? 'They are about other things, but one may still help.'
      : `Check whether one answers your question.${shownNote}`;
  const terms = new Set(response.terms);
  partialList.append(...response.closest.results.map((result) => resultItem(result, terms)));
}

/** Where else to ask, with the chosen council's own services, whenever no answer matches. */
function showHelp(request: SearchRequest, response: SearchResponse) {
  help.hidden = response.total > 0 || (!request.q.trim() && !hasFilters(request));
  for (const block of help.querySelectorAll<HTMLElement>('[data-council]')) block.hidden = block.dataset.council !== request.council;
}

/**
 * What to do when no answer matches. When the closest answers are shown, the advice to try other
 * words and the pages that may help come after them: on a phone the status line and the first
 * closest answer are what fit on the first screen.
 */
function showEmpty(request: SearchRequest, response: SearchResponse) {
  empty.replaceChildren();
  suggestions.replaceChildren();
  empty.hidden = suggestions.hidden = response.total > 0;
  if (response.total > 0) return;
  const closestShown = response.closest !== undefined && response.verdict !== 'none';
  const message = document.createElement('p');
  message.textContent = !request.q.trim()
    ? 'No answers match these filters.'
    : !response.closest
      ? 'Nothing matched. Try fewer words, other words, or check the spelling.'
      : response.verdict === 'none'
        ? 'We have no answer about this yet. The places below can help, or try other words: parents and councils often say the same thing differently.'
        : 'None of these? Try other words, or fewer: parents and councils often say the same thing differently.';
  (closestShown ? suggestions : empty).append(message);
  if (hasFilters(request)) {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'secondary';
    clear.textContent = 'Clear the filters and search again';
    clear.addEventListener('click', () => {
      showRequest({ q: request.q });
      void run('push');
    });
    empty.append(clear);
  }
  if (response.suggestions.length > 0) {
    const intro = document.createElement('p');
    intro.textContent = 'These pages may help:';
    const links = document.createElement('ul');
    for (const suggestion of response.suggestions) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = suggestion.href;
      link.textContent = suggestion.label;
      item.append(link);
      links.append(item);
    }
    suggestions.append(intro, links);
  }
  empty.hidden = empty.childElementCount === 0;
  suggestions.hidden = suggestions.childElementCount === 0;
}

let pageShown = 1;
let latest = 0;

/** `typing`: the reader is still typing, so the last word may be unfinished. */
async function run(history: 'push' | 'replace' | 'none', page = 1, typing = false) {
  const request = currentRequest();
  const ticket = ++latest;
  showFilterSummary(request);
  if (history !== 'none') {
    const query = paramsFromRequest(request).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }
  if (!request.q.trim() && !hasFilters(request)) {
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    suggestions.hidden = true;
    partial.hidden = true;
    help.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  let response: SearchResponse;
  try {
    response = await engine.search({ ...request, page, pageSize: PAGE_SIZE, complete: typing });
  } catch {
    // A search overtaken by a newer one says nothing, even when it fails.
    if (ticket === latest) status.textContent = 'Search could not load. Check your connection and try again.';
    return;
  }
  if (ticket !== latest) return;
  const terms = new Set(response.terms);
  if (page === 1) list.replaceChildren();
  list.append(...response.results.map((result) => resultItem(result, terms)));
  pageShown = page;
  more.hidden = response.total <= page * PAGE_SIZE;
  showFacets(response);
  showEmpty(request, response);
  showClosest(response);
  showHelp(request, response);
  const shown = Math.min(response.total, page * PAGE_SIZE);
  const found =
    response.total > 0
      ? `${count(response.total, 'answer')} found${response.total > shown ? `, showing ${shown}` : ''}.`
      : !response.closest
        ? 'No answers found.'
        : response.verdict === 'closest'
          ? 'No answer clearly matches; the closest are below.'
          : 'No answer yet.';
  status.textContent = [wordsSummary(response), found].filter(Boolean).join(' ');
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run('replace', 1, true), DEBOUNCE_MS);
});
// The index is fetched the first time a reader shows interest, not with the page.
input.addEventListener('focus', () => void engine.manifest().catch(() => undefined), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  // "Apply filters" folds the filters away, so that the results come into view; focus stays on its summary.
  if (event.submitter?.classList.contains('filters-apply')) {
    filterBox.open = false;
    filterBox.querySelector('summary')?.focus();
  }
  void run('push');
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) void run('push');
});
more.addEventListener('click', () => {
  const first = list.children.length;
  void run('none', pageShown + 1).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
});
window.addEventListener('popstate', () => {
  showRequest(requestFromParams(new URLSearchParams(location.search)));
  void run('none');
});

/** Arrow keys move between the search field and the result links. */
form.parentElement?.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown' && links[0]) {
    event.preventDefault();
    links[0].focus();
  } else if (index !== -1) {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input);
    next?.focus();
  }
});

document.documentElement.classList.add('search-ready');
showRequest(requestFromParams(new URLSearchParams(location.search)));
void run('none');
