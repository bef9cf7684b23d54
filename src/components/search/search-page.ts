/**
 * The /zoeken/ page's search: a custom element around the shared panel. Reads ?q= (and ?type=)
 * on load, so a search can be linked, and keeps the URL in step while you type. Its strings come
 * from the page (see ./strings.ts), the types to show before Pagefind has counted from
 * `data-types`.
 */
import { readSearchUrl, searchQueryString } from '../../lib/search/query';
import { SearchPanel } from './panel';
import { readStrings } from './strings';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const t = readStrings(this);
    const initial = readSearchUrl(location.search, t('typeOrder').split(','));
    // The address bar keeps only what the search uses (a pasted 1 MB ?q= is cut to MAX_QUERY).
    const kept = searchQueryString(initial);
    if (kept !== location.search) history.replaceState(history.state, '', `${location.pathname}${kept}${location.hash}`);
    const panel = new SearchPanel(this, {
      t,
      id: 'zoeken',
      pageSize: 10,
      excerptLength: 30,
      initial,
      visibleLabel: true,
      placeholderTypes: this.dataset['types']?.split(',').filter(Boolean) ?? [],
      onState: (state) => {
        // Linkable without filling the history with every keystroke.
        history.replaceState(history.state, '', `${location.pathname}${searchQueryString(state)}`);
      },
    });
    // Focus once the first frame is painted: focusing now would force a layout of the page
    // that is still being built (a long task on a phone); then it is cheap. Not if you
    // already put the focus somewhere yourself.
    if (!initial.query) requestAnimationFrame(() => setTimeout(() => document.activeElement === document.body && panel.focus()));
    // With a search in the link, search at once. Otherwise Pagefind (its script, WebAssembly and
    // index) loads when you start: the first key, tap or click, so a visit that only looks
    // costs nothing, and the page is quiet while it settles.
    if (initial.query || initial.types.length) {
      void panel.start();
      return;
    }
    const intents = ['keydown', 'pointerdown', 'input'] as const;
    const start = () => {
      for (const type of intents) removeEventListener(type, start, true);
      void panel.start();
    };
    for (const type of intents) addEventListener(type, start, { capture: true, passive: true });
  }
}
if (!customElements.get('cx-search-page')) customElements.define('cx-search-page', SearchPage);
