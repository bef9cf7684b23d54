/**
 * The search UI shared by the header dialog and the /zoeken/ page: a search field, type
 * chips, a status line for screen readers and the result list. Plain DOM, no framework:
 * it must fit, with Pagefind's own JS and worker, in the 35 kB first-use budget.
 *
 * Keyboard: ↓ from the field moves into the results, ↑/↓ move between result links,
 * Home/End jump, typing while on a result goes back to the field, Enter in the field opens
 * the first result. Results are real links, so open-in-new-tab and screen-reader link lists work.
 */
import { search as dict } from '../../i18n/nl/search';
import { makeT } from '../../i18n/translate';
import { viewResult, type ResultView, type Segment } from '../../lib/search/excerpt';
import { orderTypes, parseQuery, queryTerms, searchQueryString, typeFilter, type SearchState } from '../../lib/search/query';
import { BASE, loadPagefind, nextTask, type Pagefind, type PagefindResponse } from './engine';

const t = makeT(dict);
const TYPE_ORDER = t('search.typeOrder').split(',');
const DEBOUNCE_MS = 80;

export interface PanelOptions {
  /** Prefix for element ids (two panels never share a page, but be safe). */
  id: string;
  /** Results per "page" of the list. */
  pageSize: number;
  /** Words per excerpt. */
  excerptLength: number;
  /** Search state to start with (e.g. from ?q=). */
  initial?: SearchState;
  /** Show the field's label (the page) or keep it for screen readers only (the dialog has a title). */
  visibleLabel: boolean;
  /** Called when the user follows a result (the dialog closes). */
  onNavigate?: () => void;
  /** Called after every state change (the page mirrors it in the URL, the dialog in its link). */
  onState?: (state: SearchState) => void;
  /** Types to show as chips (without counts) before Pagefind has loaded; choosing one works already. */
  placeholderTypes?: readonly string[];
}

type Attrs = Record<string, string | boolean | undefined>;

/** Tiny element factory; text children are set as text, never parsed as HTML. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children);
  return el;
}

/** Renders text segments, the matched words as <mark>. */
function marks(segments: Segment[]): (Node | string)[] {
  return segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text));
}

/** A sentence with one link in it ("Kijk in de {link}."). */
function sentenceWithLink(template: string, label: string, href: string): (Node | string)[] {
  const [before = '', after = ''] = template.split('{link}');
  return [before, h('a', { href }, label), after];
}

export class SearchPanel {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly chips: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly help: HTMLElement;
  private readonly opts: PanelOptions;
  private state: SearchState;
  private pagefind: Pagefind | undefined;
  private response: PagefindResponse | undefined;
  private shown = 0;
  private seq = 0;
  private allCounts: Record<string, number> = {};

  constructor(container: HTMLElement, opts: PanelOptions) {
    this.opts = opts;
    this.state = { query: opts.initial?.query ?? '', types: [...(opts.initial?.types ?? [])] };
    const id = opts.id;
    this.input = h('input', {
      id: `${id}-q`,
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      enterkeyhint: 'search',
      placeholder: t('search.placeholder'),
      'aria-describedby': `${id}-status`,
    });
    this.input.value = this.state.query;
    const label = h('label', { for: `${id}-q`, class: opts.visibleLabel ? 'search-label' : 'visually-hidden' }, t('search.label'));
    const form = h('form', { role: 'search', class: 'search-form', action: `${BASE}zoeken/`, method: 'get' }, label, h('div', { class: 'search-field' }, this.input));
    this.chips = h('div', { class: 'search-chips', role: 'group', 'aria-labelledby': `${id}-chips`, hidden: true }, h('span', { id: `${id}-chips`, class: 'search-chips__label' }, t('search.filters')));
    this.status = h('p', { id: `${id}-status`, class: 'search-status', role: 'status' });
    this.list = h('ol', { class: 'search-results', 'aria-labelledby': `${id}-status` });
    this.more = h('button', { type: 'button', class: 'button search-more', hidden: true }, t('search.more'));
    this.help = h('div', { class: 'search-help' });
    const scroll = h('div', { class: 'search-scroll' }, this.help, this.list, this.more);
    this.root = h('div', { class: 'search-panel' }, form, this.chips, this.status, scroll);
    container.append(this.root);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.openFirst();
    });
    this.input.addEventListener('input', () => {
      this.state.query = parseQuery(this.input.value);
      this.changed();
    });
    this.more.addEventListener('click', () => void this.showMore());
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.root.addEventListener('click', (e) => {
      // A plain click follows the result here; a modified one opens a tab and leaves search open.
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest('a');
      if (a && this.list.contains(a)) opts.onNavigate?.();
    });
    if (opts.placeholderTypes?.length) this.renderChips(Object.fromEntries(opts.placeholderTypes.map((type) => [type, 0])), false);
    if (this.state.query || this.state.types.length) this.setStatus(t('search.loading'));
    else this.renderIdle();
  }

  /** Focuses the field (and selects its text, so typing replaces the last query). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Starts loading Pagefind and runs the initial search. */
  async start(): Promise<void> {
    if (this.pagefind) return;
    if (!this.response) this.setStatus(t('search.loading'));
    try {
      this.pagefind = await loadPagefind();
      await nextTask();
      this.allCounts = (await this.pagefind.filters())['type'] ?? {};
      await nextTask();
    } catch {
      this.pagefind = undefined;
      this.setStatus(t('search.error.title'));
      this.renderHelp([h('p', {}, ...sentenceWithLink(t('search.error'), t('search.empty.browseLink'), `${BASE}begrippen/`))]);
      return;
    }
    this.renderChips(this.allCounts);
    if (this.status.textContent === t('search.loading')) this.setStatus('');
    await this.run(false);
  }

  private changed(): void {
    this.opts.onState?.({ ...this.state, types: [...this.state.types] });
    void this.run(true);
  }

  /** Searches for the current state; stale answers (a newer keystroke) are dropped. */
  private async run(debounce: boolean): Promise<void> {
    const seq = ++this.seq;
    const { query, types } = this.state;
    if (!query && !types.length) {
      this.response = undefined;
      this.renderChips(this.allCounts);
      this.renderIdle();
      this.rendered(seq, 0);
      return;
    }
    const pf = this.pagefind;
    if (!pf) return; // start() runs the search once Pagefind is there
    const filters = typeFilter(types);
    const options = filters ? { filters } : {};
    let res: PagefindResponse | null;
    try {
      res = query
        ? debounce
          ? await pf.debouncedSearch(query, options, DEBOUNCE_MS)
          : await pf.search(query, options)
        : await pf.search(null, options);
    } catch {
      res = null;
    }
    if (!res || seq !== this.seq) return;
    this.response = res;
    this.shown = 0;
    const views = await this.views(res, 0, this.opts.pageSize);
    if (seq !== this.seq) return;
    this.shown = views.length;
    this.list.replaceChildren(...views.map((v, i) => this.item(v, i)));
    this.more.hidden = this.shown >= res.results.length;
    this.renderChips(query ? (res.totalFilters['type'] ?? {}) : this.allCounts);
    this.renderCount(res);
    this.rendered(seq, res.results.length);
  }

  private async views(res: PagefindResponse, from: number, count: number): Promise<ResultView[]> {
    const terms = queryTerms(this.state.query);
    const data = await Promise.all(res.results.slice(from, from + count).map((r) => r.data()));
    return data.map((d) => viewResult(d, terms, { length: this.opts.excerptLength }));
  }

  private async showMore(): Promise<void> {
    const res = this.response;
    if (!res) return;
    const seq = this.seq;
    const views = await this.views(res, this.shown, this.opts.pageSize);
    if (seq !== this.seq) return;
    const items = views.map((v, i) => this.item(v, this.shown + i));
    this.list.append(...items);
    this.shown += views.length;
    this.more.hidden = this.shown >= res.results.length;
    // Keep the keyboard where the new results start.
    items[0]?.querySelector('a')?.focus();
  }

  /** One result: title link, type, excerpt and heading sub-results. */
  private item(view: ResultView, index: number): HTMLLIElement {
    const id = `${this.opts.id}-r${index}`;
    const described = [view.type ? `${id}-t` : '', `${id}-e`].filter(Boolean).join(' ');
    const li = h(
      'li',
      { class: 'search-hit' },
      h('a', { class: 'search-hit__link', href: view.url, 'aria-describedby': described }, ...marks(view.title)),
      view.type ? h('span', { class: 'badge search-hit__type', id: `${id}-t` }, view.type) : '',
      h('p', { class: 'search-hit__excerpt', id: `${id}-e` }, ...marks(view.excerpt)),
    );
    if (view.sub.length) {
      li.append(
        h(
          'ul',
          { class: 'search-hit__subs', 'aria-label': t('search.subResults') },
          ...view.sub.map((s, j) =>
            h(
              'li',
              {},
              h('a', { class: 'search-hit__sub', href: s.url, 'aria-describedby': `${id}-s${j}` }, s.title),
              h('p', { class: 'search-hit__excerpt', id: `${id}-s${j}` }, ...marks(s.excerpt)),
            ),
          ),
        ),
      );
    }
    return li;
  }

  /** The type chips with their counts; `known: false` before Pagefind has counted (no counts yet). */
  private renderChips(counts: Record<string, number>, known = true): void {
    const types = orderTypes({ ...this.allCounts, ...counts }, TYPE_ORDER);
    if (!types.length) return;
    const label = this.chips.firstElementChild!;
    const existing = new Map([...this.chips.querySelectorAll<HTMLButtonElement>('button')].map((b) => [b.dataset['type']!, b]));
    const buttons = types.map((type) => {
      let b = existing.get(type);
      if (!b) {
        b = h('button', { type: 'button', class: 'search-chip', 'data-type': type }, type, ' ', h('span', { class: 'search-chip__count' }));
        b.addEventListener('click', () => this.toggleType(type));
      }
      const pressed = this.state.types.includes(type);
      const count = counts[type] ?? 0;
      b.setAttribute('aria-pressed', String(pressed));
      // A type without results for this query cannot be chosen (unless it is chosen already).
      b.disabled = known && count === 0 && !pressed;
      b.lastElementChild!.textContent = known ? String(count) : '';
      return b;
    });
    // Re-inserting a button that has focus would drop the focus: only move them when the order changed.
    const next = [label, ...buttons];
    const now = [...this.chips.children];
    if (now.length !== next.length || next.some((el, i) => now[i] !== el)) this.chips.replaceChildren(...next);
    this.chips.hidden = false;
  }

  private toggleType(type: string): void {
    const types = this.state.types;
    this.state.types = types.includes(type) ? types.filter((x) => x !== type) : [...types, type];
    for (const b of this.chips.querySelectorAll<HTMLButtonElement>('button')) {
      b.setAttribute('aria-pressed', String(this.state.types.includes(b.dataset['type']!)));
    }
    this.opts.onState?.({ ...this.state, types: [...this.state.types] });
    void this.run(false);
  }

  private renderCount(res: PagefindResponse): void {
    const n = res.results.length;
    const q = this.state.query;
    if (!q) {
      this.setStatus(t(n === 1 ? 'search.countAll.one' : 'search.countAll.other', { n }));
      this.renderHelp([]);
      return;
    }
    if (n > 0) {
      const total = res.unfilteredResultCount;
      this.setStatus(
        this.state.types.length && total > n
          ? t('search.count.filtered', { n, total, q })
          : t(n === 1 ? 'search.count.one' : 'search.count.other', { n, q }),
      );
      this.renderHelp([]);
      return;
    }
    // Nothing found: say so, and help further.
    this.setStatus(t('search.none.title', { q }));
    const help: HTMLElement[] = [h('p', {}, t('search.none.tips'))];
    const unfiltered = res.unfilteredResultCount;
    if (this.state.types.length && unfiltered > 0) {
      const clear = h('button', { type: 'button', class: 'button' }, t('search.clearFilters'));
      clear.addEventListener('click', () => {
        this.state.types = [];
        this.changed();
        this.input.focus();
      });
      help.push(h('p', {}, t(unfiltered === 1 ? 'search.none.filtered.one' : 'search.none.filtered.other', { n: unfiltered }), ' ', clear));
    }
    help.push(h('p', {}, ...sentenceWithLink(t('search.none.browse'), t('search.empty.browseLink'), `${BASE}begrippen/`)));
    this.renderHelp(help);
  }

  /** The empty state: what to type, examples, and the begrippen list. */
  private renderIdle(): void {
    this.list.replaceChildren();
    this.more.hidden = true;
    if (this.pagefind) this.setStatus('');
    const examples = t('search.examples')
      .split(',')
      .map((q) => {
        const b = h('button', { type: 'button', class: 'search-example' }, q);
        b.addEventListener('click', () => {
          this.input.value = q;
          this.state.query = q;
          this.changed();
          this.input.focus();
        });
        return h('li', {}, b);
      });
    this.renderHelp([
      h('p', { class: 'search-help__title' }, t('search.empty.title')),
      h('p', {}, t('search.empty.text')),
      h('div', { class: 'search-examples' }, h('span', {}, t('search.empty.examples')), h('ul', {}, ...examples)),
      h('p', {}, ...sentenceWithLink(t('search.empty.browse'), t('search.empty.browseLink'), `${BASE}begrippen/`)),
    ]);
  }

  private renderHelp(children: HTMLElement[]): void {
    this.help.replaceChildren(...children);
    this.help.hidden = !children.length;
  }

  private setStatus(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** Lets tests and the benchmark know a result set is on screen. */
  private rendered(seq: number, count: number): void {
    if (seq !== this.seq) return;
    this.root.dataset['renderedQuery'] = this.state.query;
    this.root.dispatchEvent(new CustomEvent('cx-search-rendered', { bubbles: true, detail: { query: this.state.query, count } }));
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  private openFirst(): void {
    const first = this.links()[0];
    if (!first) return;
    this.opts.onNavigate?.();
    location.href = first.href;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const links = this.links();
    const target = e.target as HTMLElement;
    if (target === this.input) {
      if (e.key === 'ArrowDown' && links[0]) {
        e.preventDefault();
        links[0].focus();
      }
      return;
    }
    const i = links.indexOf(target as HTMLAnchorElement);
    if (i === -1) return;
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = links[i + 1] ?? (this.more.hidden ? undefined : this.more);
    else if (e.key === 'ArrowUp') next = i === 0 ? this.input : links[i - 1];
    else if (e.key === 'Home') next = links[0];
    else if (e.key === 'End') next = links[links.length - 1];
    else if (e.key.length === 1 || e.key === 'Backspace') {
      // Typing goes back to the field; the key lands there.
      this.input.focus();
      return;
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  /** The current state as a query string, for links to the full search page. */
  queryString(): string {
    return searchQueryString(this.state);
  }
}
