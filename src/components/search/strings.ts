/**
 * How the search UI gets its strings: the page puts `stringsFor('search.')` (see
 * src/i18n/index.ts) in a `<script type="application/json">` inside the widget, which is data,
 * not code (fine under the CSP). The widget reads it and builds its own `t` per instance, so
 * no dictionary is bundled into the search JavaScript.
 */
import type { Key, ShortKey, Vars } from '../../i18n';
import { makeT } from '../../i18n/translate';

/** The search keys without their `search.` prefix. */
export type SearchKey = ShortKey<Record<Key, string>, 'search.'>;
export type SearchT = (key: SearchKey, vars?: Vars) => string;

/** Short keys only the server-rendered page and the header button use; they do not travel to the widget. */
export const PAGE_ONLY = /^(open|shortcut|page\.|nojs\.)/;

/** Selector of the strings block inside a search widget. */
export const STRINGS_SELECTOR = 'script[type="application/json"][data-search-strings]';

/** Reads the strings block of `root` (a missing or broken block gives keys instead of text, never an error). */
export function readStrings(root: ParentNode): SearchT {
  let strings: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(root.querySelector(STRINGS_SELECTOR)?.textContent ?? '{}');
    if (parsed && typeof parsed === 'object') {
      strings = Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // Broken JSON: the keys show, which a test notices; search still works.
  }
  return makeT<SearchKey>(strings);
}
