/**
 * The klantwaarde strings and their `t()`. The island gets its strings as a prop (they travel in
 * the HTML, not in the JavaScript bundle, which keeps the page under its JS budget) and hands them
 * to `setStrings` before rendering; Astro pages call it with the full dictionary.
 * Keys are written without their `klantwaarde.` prefix here (`t('share.copy')`), which keeps
 * both the bundle and the props short; the dictionary keeps the full keys.
 */
import type { klantwaarde } from '../../i18n/nl/klantwaarde';
import { format, type Vars } from '../../i18n/translate';

type Full = keyof typeof klantwaarde;
/** A klantwaarde key without its prefix. */
export type K = Full extends `klantwaarde.${infer Rest}` ? Rest : never;
export type Strings = Readonly<Record<string, string>>;

let dict: Strings = {};

/** Drops the `klantwaarde.` prefix of a dictionary's keys (for the island's props). */
export function shortKeys(strings: Readonly<Record<string, string>>): Strings {
  return Object.fromEntries(Object.entries(strings).map(([k, v]) => [k.replace(/^klantwaarde\./, ''), v]));
}

/** Sets the dictionary (short keys) used by every klantwaarde component. */
export function setStrings(strings: Strings): void {
  dict = strings;
}

/** Looks up a string; a missing key shows itself, so it is noticed. */
export const t = (key: K, vars?: Vars): string => format(dict[key] ?? key, vars);
/** Looks up a key composed at runtime (`name.${field}`). */
export const tk = (key: string, vars?: Vars): string => t(key as K, vars);
