/**
 * What the search panel shows, built with `h()`: one result, the help texts (empty state,
 * nothing found, a typo suggestion). Functions of their inputs; the panel owns state and events.
 */
import type { ResultView } from '../../lib/search/excerpt';
import type { Correction } from '../../lib/search/suggest';
import { withBase } from '../../lib/url';
import { button, h, marks, sentenceWith } from './dom';
import type { SearchT } from './strings';

/** One result: title link, type, excerpt and heading sub-results. `id` prefixes the element ids. */
export function resultItem(t: SearchT, view: ResultView, id: string): HTMLLIElement {
  const described = [view.type ? `${id}-t` : '', `${id}-e`].filter(Boolean).join(' ');
  const li = h(
    'li',
    { class: 'search-hit' },
    h('a', { class: 'search-hit__link', href: view.url, 'aria-describedby': described }, ...marks(view.title)),
    view.type ? h('span', { class: 'badge search-hit__type', id: `${id}-t` }, view.type) : '',
    h('p', { class: 'search-hit__excerpt', id: `${id}-e` }, ...marks(view.excerpt)),
  );
  if (view.sub.length) {
    const subs = view.sub.map((s, j) =>
      h(
        'li',
        {},
        h('a', { class: 'search-hit__sub', href: s.url, 'aria-describedby': `${id}-s${j}` }, s.title),
        h('p', { class: 'search-hit__excerpt', id: `${id}-s${j}` }, ...marks(s.excerpt)),
      ),
    );
    li.append(h('ul', { class: 'search-hit__subs', 'aria-label': t('subResults') }, ...subs));
  }
  return li;
}

/** The status line: how many results for `q` ('' lists a type without a query), or that there are none. */
export function statusLine(t: SearchT, n: number, total: number, filtered: boolean, q: string): string {
  if (!q) return t(n === 1 ? 'countAll.one' : 'countAll.other', { n });
  if (n === 0) return t('none.title', { q });
  if (filtered && total > n) return t('count.filtered', { n, total, q });
  return t(n === 1 ? 'count.one' : 'count.other', { n, q });
}

/** "… the {link}." with the link to the begrippen list. */
function browse(t: SearchT, template: 'empty.browse' | 'none.browse' | 'error'): HTMLParagraphElement {
  return h('p', {}, ...sentenceWith(t(template), 'link', h('a', { href: withBase('/begrippen/') }, t('empty.browseLink'))));
}

/** The empty state: what to type, examples to try, and the begrippen list. */
export function idleHelp(t: SearchT, onExample: (query: string) => void): HTMLElement[] {
  const examples = t('examples')
    .split(',')
    .map((q) => h('li', {}, button({ class: 'search-example' }, q, () => onExample(q))));
  return [
    h('p', { class: 'search-help__title' }, t('empty.title')),
    h('p', {}, t('empty.text')),
    h('div', { class: 'search-examples' }, h('span', {}, t('empty.examples')), h('ul', {}, ...examples)),
    browse(t, 'empty.browse'),
  ];
}

/** Nothing found: tips, a way out of the filter when it hides results, and the begrippen list. */
export function noneHelp(t: SearchT, unfiltered: number, onClearFilters?: () => void): HTMLElement[] {
  const help: HTMLElement[] = [h('p', {}, t('none.tips'))];
  if (onClearFilters && unfiltered > 0) {
    const clear = button({ class: 'button' }, t('clearFilters'), onClearFilters);
    help.push(h('p', {}, t(unfiltered === 1 ? 'none.filtered.one' : 'none.filtered.other', { n: unfiltered }), ' ', clear));
  }
  help.push(browse(t, 'none.browse'));
  return help;
}

/** Pagefind could not load. */
export function errorHelp(t: SearchT): HTMLElement[] {
  return [browse(t, 'error')];
}

/**
 * The typo suggestion. `applied`: the results shown are for the correction, with a way back to
 * exactly what was typed; otherwise (after that way back) the correction is offered as a button.
 */
export function suggestion(t: SearchT, typed: string, fix: Correction, applied: boolean, on: { exact(): void; use(): void }): HTMLElement {
  if (applied) {
    return h(
      'p',
      { class: 'search-suggest' },
      ...sentenceWith(t('suggest.applied'), 'fix', h('strong', {}, fix.query)),
      ' ',
      button({ class: 'search-suggest__button' }, t('suggest.exact', { q: typed }), on.exact),
    );
  }
  return h('p', { class: 'search-suggest' }, ...sentenceWith(t('suggest.ask'), 'fix', button({ class: 'search-suggest__button' }, fix.query, on.use)));
}
