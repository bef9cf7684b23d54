/**
 * How the zelfscan islands get their words. The page passes `stringsFor('zelfscan.', …)` (scan)
 * or `stringsFor('zelfscan.teamview.', …)` (team) as the `strings` prop; the island builds its
 * `t` once per instance with `makeT` and hands it to its parts as the `t` prop. No module holds
 * a dictionary or a global. Types only from the dictionary: no string ends up in the JavaScript.
 * (A Preact context would save the props but costs every island on the site 0,2 kB: Preact's
 * `createContext` is tree-shaken away while nobody uses it.)
 */
import type { Key, Vars } from '../../i18n';

/** The keys of the dictionary that start with `P`, without `P` (distributes over the key union). */
type Under<P extends string, K = Key> = K extends `${P}${infer R}` ? R : never;
/** A key of the scan island, without `zelfscan.`: `result.title`. */
export type ScanKey = Exclude<Under<'zelfscan.'>, `page.${string}` | `teamview.${string}`>;
/** A key of the team island, without `zelfscan.teamview.`: `compare`. */
export type TeamKey = Exclude<Under<'zelfscan.teamview.'>, `page.${string}`>;

/** Looks up a string; a missing key shows itself, so it is noticed. */
export type T<K extends string = ScanKey> = (key: K, vars?: Vars) => string;

/** Keys with a variant for someone else's result (`<key>.shared`): "Voor jouw situatie" → "Voor deze situatie". */
export type SharedKey = { [K in ScanKey]: `${K}.shared` extends ScanKey ? K : never }[ScanKey];

/** `t` for words that differ on someone else's result: `<key>.shared` when the result is not `own`. */
export const wording =
  (t: T, own: boolean) =>
  (key: SharedKey, vars?: Vars): string =>
    t(own ? key : (`${key}.shared` as ScanKey), vars);
