/**
 * The search UI shared by the header dialog and the /zoeken/ page: a search field, type
 * chips, a status line for screen readers and the result list. Plain DOM (`h()` from ./dom),
 * no framework: it must fit, with Pagefind's own JS and worker, in the 35 kB first-use budget.
 *
 * Every keystroke searches at once (no debounce): Pagefind answers in a millisecond or two
 * from its worker, and an answer that a newer keystroke overtook is dropped before its
 * fragments load. Results for the words typed so far load fragments that the last keystroke
 * mostly needs too, so its results show sooner.
 *
 * Typos: a query word that is on no page gets a correction from the site's word list
 * (src/lib/search/suggest.ts). Both are searched; when the correction finds better results
 * (Pagefind's hits for an unknown word are loose: a shared prefix), those show, with
 * "Bedoelde je …?" and a way back to exactly what was typed.
 *
 * Keyboard: arrow keys move through the results (./keys.ts); Enter in the field opens the first
 * result. Results are real links, so open-in-new-tab and screen-reader link lists work.
 */
import { viewResult, type ResultView } from '../../lib/search/excerpt';
import { parseQuery, queryTerms, searchQueryString, typeFilter, type SearchState } from '../../lib/search/query';
import { EMPTY_WORDS, correctQuery, type Correction, type WordList } from '../../lib/search/suggest';
import { withBase } from '../../lib/url';
import { TypeChips } from './chips';
import { button, h } from './dom';
import { loadPagefind, loadWords, nextTask, topScore, type Pagefind, type PagefindResponse } from './engine';
import { onListKey } from './keys';
import { errorHelp, idleHelp, noneHelp, resultItem, statusLine, suggestion } from './render';
import type { SearchT } from './strings';

export interface PanelOptions {
  /** The UI strings, from the page (see ./strings.ts). */
  t: SearchT;
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

export class SearchPanel {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly chips: TypeChips;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly help: HTMLElement;
  private readonly opts: PanelOptions;
  private readonly t: SearchT;
  private state: SearchState;
  private pagefind: Pagefind | undefined;
  private words: WordList = EMPTY_WORDS;
  private response: PagefindResponse | undefined;
  /** Normalised words to mark in the results shown (the correction's when it applies). */
  private terms: string[] = [];
  /** The query for which the user asked for exactly what they typed, without correction. */
  private exact = '';
  private shown = 0;
  private seq = 0;
  private allCounts: Record<string, number> = {};

  constructor(container: HTMLElement, opts: PanelOptions) {
    this.opts = opts;
    const t = (this.t = opts.t);
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
      placeholder: t('placeholder'),
      'aria-describedby': `${id}-status`,
    });
    this.input.value = this.state.query;
    const label = h('label', { for: `${id}-q`, class: opts.visibleLabel ? 'search-label' : 'visually-hidden' }, t('label'));
    const form = h('form', { role: 'search', class: 'search-form', action: withBase('/zoeken/'), method: 'get' }, label, h('div', { class: 'search-field' }, this.input));
    this.chips = new TypeChips(id, t('filters'), t('typeOrder').split(','), (type) => this.toggleType(type));
    this.status = h('p', { id: `${id}-status`, class: 'search-status', role: 'status' });
    this.list = h('ol', { class: 'search-results', 'aria-labelledby': `${id}-status` });
    this.more = button({ class: 'button search-more', hidden: true }, t('more'), () => void this.showMore());
    this.help = h('div', { class: 'search-help' });
    const scroll = h('div', { class: 'search-scroll' }, this.help, this.list, this.more);
    this.root = h('div', { class: 'search-panel' }, form, this.chips.el, this.status, scroll);
    container.append(this.root);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.openFirst();
    });
    this.input.addEventListener('input', () => {
      this.state.query = parseQuery(this.input.value);
      this.changed();
    });
    this.root.addEventListener('keydown', (e) => onListKey(e, this.input, this.links(), this.more));
    this.root.addEventListener('click', (e) => {
      // A plain click follows the result here; a modified one opens a tab and leaves search open.
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest('a');
      if (a && this.list.contains(a)) opts.onNavigate?.();
    });
    if (opts.placeholderTypes?.length) this.renderChips(Object.fromEntries(opts.placeholderTypes.map((type) => [type, 0])), false);
    if (this.state.query || this.state.types.length) this.setStatus(t('loading'));
    else this.renderIdle();
  }

  /** Focuses the field (and selects its text, so typing replaces the last query). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Starts loading Pagefind (and the word list beside it) and runs the initial search. */
  async start(): Promise<void> {
    if (this.pagefind) return;
    if (!this.response) this.setStatus(this.t('loading'));
    try {
      [this.pagefind, this.words] = await Promise.all([loadPagefind(), loadWords()]);
      await nextTask();
      this.allCounts = (await this.pagefind.filters())['type'] ?? {};
      await nextTask();
    } catch {
      this.pagefind = undefined;
      this.setStatus(this.t('error.title'));
      this.renderHelp(errorHelp(this.t));
      return;
    }
    this.renderChips(this.allCounts);
    if (this.status.textContent === this.t('loading')) this.setStatus('');
    await this.run();
  }

  private changed(): void {
    this.opts.onState?.({ ...this.state, types: [...this.state.types] });
    void this.run();
  }

  /** Sets the query as if typed (an example, a suggestion) and searches. */
  private searchFor(query: string): void {
    this.input.value = query;
    this.state.query = parseQuery(query);
    this.changed();
    this.input.focus();
  }

  /** Searches for the current state at once; answers that a newer keystroke overtook are dropped. */
  private async run(): Promise<void> {
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
    const fix = query ? correctQuery(query, this.words) : null;
    let res: PagefindResponse | null;
    let fixed: PagefindResponse | null;
    try {
      [res, fixed] = await Promise.all([pf.search(query || null, options), fix ? pf.search(fix.query, options) : null]);
    } catch {
      res = fixed = null;
    }
    if (!res || seq !== this.seq) return;
    // A word on no page finds only loose hits (a shared prefix); the correction's hits score higher.
    const better = fix && fixed && fixed.results.length > 0 && topScore(fixed) > topScore(res) ? fix : null;
    const applied = !!better && this.exact !== query;
    if (applied) res = fixed!;
    this.response = res;
    this.terms = queryTerms(applied ? better.query : query);
    this.shown = 0;
    const views = await this.views(res, 0, this.opts.pageSize);
    if (seq !== this.seq) return;
    this.shown = views.length;
    this.list.replaceChildren(...views.map((v, i) => resultItem(this.t, v, `${this.opts.id}-r${i}`)));
    this.more.hidden = this.shown >= res.results.length;
    this.renderChips(query ? (res.totalFilters['type'] ?? {}) : this.allCounts);
    this.renderCount(res, better, applied);
    this.rendered(seq, res.results.length);
  }

  private async views(res: PagefindResponse, from: number, count: number): Promise<ResultView[]> {
    const data = await Promise.all(res.results.slice(from, from + count).map((r) => r.data()));
    return data.map((d) => viewResult(d, this.terms, { length: this.opts.excerptLength }));
  }

  private async showMore(): Promise<void> {
    const res = this.response;
    if (!res) return;
    const seq = this.seq;
    const views = await this.views(res, this.shown, this.opts.pageSize);
    if (seq !== this.seq) return;
    const items = views.map((v, i) => resultItem(this.t, v, `${this.opts.id}-r${this.shown + i}`));
    this.list.append(...items);
    this.shown += views.length;
    this.more.hidden = this.shown >= res.results.length;
    // Keep the keyboard where the new results start.
    items[0]?.querySelector('a')?.focus();
  }

  /** The type chips with their counts; `known: false` before Pagefind has counted. */
  private renderChips(counts: Record<string, number>, known = true): void {
    this.chips.render(this.allCounts, counts, this.state.types, known);
  }

  private toggleType(type: string): void {
    const types = this.state.types;
    this.state.types = types.includes(type) ? types.filter((x) => x !== type) : [...types, type];
    this.chips.press(this.state.types);
    this.changed();
  }

  /** The status line and the help above the results; `fix` is a better correction, `applied` when its results show. */
  private renderCount(res: PagefindResponse, fix: Correction | null, applied: boolean): void {
    const { query: typed, types } = this.state;
    const n = res.results.length;
    this.setStatus(statusLine(this.t, n, res.unfilteredResultCount, types.length > 0, applied && fix ? fix.query : typed));
    const help = fix ? [suggestion(this.t, typed, fix, applied, { exact: () => this.searchExactly(typed), use: () => this.searchFor(fix.query) })] : [];
    if (typed && !n) help.push(...noneHelp(this.t, res.unfilteredResultCount, types.length ? () => this.clearTypes() : undefined));
    this.renderHelp(help);
  }

  /** "Zoek toch op …": the results for exactly what was typed. */
  private searchExactly(typed: string): void {
    this.exact = typed;
    void this.run();
    this.input.focus();
  }

  private clearTypes(): void {
    this.state.types = [];
    this.changed();
    this.input.focus();
  }

  /** The empty state: what to type, examples, and the begrippen list. */
  private renderIdle(): void {
    this.list.replaceChildren();
    this.more.hidden = true;
    if (this.pagefind) this.setStatus('');
    this.renderHelp(idleHelp(this.t, (q) => this.searchFor(q)));
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

  /** The current state as a query string, for links to the full search page. */
  queryString(): string {
    return searchQueryString(this.state);
  }
}
