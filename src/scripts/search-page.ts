/**
 * The search page's behaviour: the URL holds the search
 * (`?q=垃圾分类&区=房山区&sort=date`), the form edits it, and results are
 * drawn with textContent only (excerpts are plain-text parts), so nothing
 * from the index is ever parsed as HTML.
 */
import { formatDate } from '../lib/site/dates.ts';
import { hasFilters, readSearchParams, writeSearchParams, type SearchState } from '../lib/site/search-params.ts';
import { FILTERS } from '../lib/site/search-fields.ts';
import { t } from '../lib/site/strings.ts';
import { PAGE_SIZE, preloadWhileTyping, prepareSearch, search, searchPage, type SearchHit, type SearchOutcome, type SearchPage } from './search.ts';

declare global {
  interface Window {
    briefingSearch: typeof search;
  }
}

export function installSearchPage(): void {
  window.briefingSearch = search;

  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (form === null || status === null || list === null) return;
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;

  let generation = 0;
  /** How many results are shown; 显示更多 raises it, a new search starts again from one page. */
  let limit = PAGE_SIZE;
  let current: SearchState | undefined;
  const more = element('button', 'search-more');
  more.type = 'button';
  more.textContent = t('search.more');
  more.hidden = true;
  list.after(more);
  more.addEventListener('click', () => {
    if (current === undefined) return;
    limit += PAGE_SIZE;
    void run(current, limit);
  });

  const show = (state: SearchState) => {
    query.value = state.query;
    sort.value = state.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.name as (typeof FILTERS)[number];
      box.checked = state.filters[name]?.includes(box.value) ?? false;
    }
  };

  const run = async (state: SearchState, shown = PAGE_SIZE) => {
    const mine = ++generation;
    current = state;
    limit = shown;
    more.hidden = true;
    if (state.query === '' && !hasFilters(state.filters)) {
      status.textContent = t('search.prompt');
      list.replaceChildren();
      showCounts(form, {});
      return;
    }
    status.textContent = t('search.loading');
    list.setAttribute('aria-busy', 'true');
    let outcome: SearchPage;
    try {
      outcome = await searchPage(state.query, state.filters, state.sort, shown);
    } catch (error) {
      if (mine !== generation) return;
      console.warn(error);
      status.textContent = t('search.unavailable');
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      return;
    }
    if (mine !== generation) return;
    list.replaceChildren(...outcome.hits.map(resultItem));
    list.removeAttribute('aria-busy');
    showCounts(form, outcome.counts);
    more.hidden = outcome.hits.length >= outcome.total;
    status.textContent =
      outcome.total > outcome.hits.length
        ? t('search.showing', { count: outcome.total, shown: outcome.hits.length })
        : outcome.total > 0
          ? t('search.found', { count: outcome.total })
          : state.query === ''
          ? t('search.noneFiltered')
          : t('search.none', { query: state.query });
  };

  /** Apply the form: put its state in the URL (a new history entry) and search. */
  const apply = () => {
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.append(name, value);
    const state = readSearchParams(fields);
    const params = writeSearchParams(state).toString();
    const url = `${location.pathname}${params === '' ? '' : `?${params}`}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('change', (event) => {
    // Filters and sort apply at once; the query applies on Enter or the button.
    if (event.target !== query) apply();
  });
  window.addEventListener('popstate', () => {
    const state = readSearchParams(new URLSearchParams(location.search));
    show(state);
    void run(state);
  });

  // The index loads as the page opens, and the query's part of it while the reader types, not after Enter.
  prepareSearch();
  // An input method's letters are not the query until it commits the characters.
  query.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) preloadWhileTyping(query.value);
  });
  query.addEventListener('compositionend', () => preloadWhileTyping(query.value));
  const initial = readSearchParams(new URLSearchParams(location.search));
  show(initial);
  void run(initial);
}

/** One result: link to the article's anchor, 总期号, date, district, section, excerpt. */
function resultItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'article-list__item');
  const heading = element('h3', 'article-list__heading');
  const link = element('a', 'article-list__title');
  link.href = hit.url;
  link.textContent = hit.title === '' ? t('issue.untitled') : hit.title;
  heading.append(link);

  const meta = element('p', 'article-list__meta');
  const parts = [t('list.issue', { total: hit.totalIssue }), formatDate(hit.date), hit.districts.join('、'), hit.section === null ? '' : `【${hit.section}】`];
  for (const part of parts.filter((text) => text !== '')) {
    const span = element('span');
    span.textContent = part;
    meta.append(span);
  }

  const excerpt = element('p', 'excerpt');
  for (const part of hit.excerpt) {
    if (part.mark) {
      const mark = element('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(document.createTextNode(part.text));
    }
  }
  item.append(heading, meta, excerpt);
  return item;
}

function showCounts(form: HTMLFormElement, counts: SearchOutcome['counts']): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
    const name = fieldset.dataset.filter as (typeof FILTERS)[number];
    for (const span of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const count = counts[name]?.[span.dataset.countFor ?? ''];
      span.textContent = count === undefined ? '' : `（${count}）`;
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  return node;
}
