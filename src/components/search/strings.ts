/**
 * How the search UI gets its strings: `searchStrings()` (./strings-data.ts, build time) picks
 * them from the dictionary with `stringsFor('search.')`, and they travel as JSON data, never as
 * bundled code: inline in a `<script type="application/json">` on /zoeken/ (data, not run, so
 * fine under the CSP), or as /zoeken/strings.json for the header dialog, fetched on first use.
 * The widget parses them here and builds its own `t` per instance.
 */
import type { Key, ShortKey, Vars } from '../../i18n';
import { makeT } from '../../i18n/translate';

/** The search keys without their `search.` prefix. */
export type SearchKey = ShortKey<Record<Key, string>, 'search.'>;
export type SearchT = (key: SearchKey, vars?: Vars) => string;

/** Selector of the inline strings block inside a search widget. */
export const STRINGS_SELECTOR = 'script[type="application/json"][data-search-strings]';

/** Builds `t` from JSON text. Never throws: broken or missing data shows the keys (a test notices), search still works. */
export function parseStrings(json: unknown): SearchT {
  let strings: Record<string, string> = {};
  try {
    const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : null;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      strings = Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // Not JSON: no strings.
  }
  return makeT<SearchKey>(strings);
}

/** Reads the inline strings block of `root`. */
export function readStrings(root: ParentNode): SearchT {
  return parseStrings(root.querySelector(STRINGS_SELECTOR)?.textContent ?? '');
}
