/**
 * The one way strings reach the screen.
 * - Astro components and pages: `t(key, vars)` from here, with full dotted keys.
 * - Islands: the page picks the island's part of the dictionary with `stringsFor(prefix)` and
 *   passes it as a prop; the island builds its own `t` per instance with `makeT(strings)`
 *   (from `./translate`). No module-level dictionaries or globals in components: the strings
 *   travel in the HTML, not in the island's JavaScript.
 * Everything imports the dictionary through this file, never `./nl/*` directly.
 */
import { makeT, type Strings } from './translate';
import { nl } from './nl';

/** The site's locale, for Intl formatting. */
export const locale = 'nl-NL';
/** The site's language, for `<html lang>`. */
export const lang = 'nl';
/** `t('area.key', vars)`: a string from the dictionary, for Astro code. */
export const t = makeT(nl);
/** Every key of the dictionary. */
export type { Key } from './nl';
export { makeT, format, type Strings, type ShortKey, type Vars } from './translate';

/**
 * The strings of one area for an island's props: every key that starts with `prefix`, with the
 * prefix dropped (`klantwaarde.share.copy` → `share.copy`). `omit` leaves out keys (short form)
 * that only the page itself uses, so they do not travel twice.
 */
export function stringsFor(prefix: string, omit: (shortKey: string) => boolean = () => false): Strings {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(nl)) {
    if (!key.startsWith(prefix)) continue;
    const short = key.slice(prefix.length);
    if (!omit(short)) out[short] = value;
  }
  return out;
}
