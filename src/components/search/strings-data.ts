/**
 * The search widget's strings, picked from the dictionary at build time (for SearchStrings.astro
 * and /zoeken/strings.json). Never imported by browser code: it reads the whole dictionary.
 */
import { stringsFor, type Strings } from '../../i18n';

/** Short keys only the server-rendered page and the header button use; they do not travel to the widget. */
const PAGE_ONLY = /^(open|shortcut|page\.|nojs\.)/;

/** `stringsFor('search.')` without the page-only keys. */
export function searchStrings(): Strings {
  return stringsFor('search.', (key) => PAGE_ONLY.test(key));
}
