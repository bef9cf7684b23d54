/**
 * The klantwaarde island's strings. The page passes `stringsFor('klantwaarde.', …)` as a prop
 * (short keys, without `klantwaarde.`); the island builds its `t` once per instance with
 * `makeT` and hands it to its parts as a prop. Types only: no dictionary in the bundle.
 */
import type { Key, ShortKey, Vars } from '../../i18n';

/** A klantwaarde key without its `klantwaarde.` prefix: `share.copy`. */
export type KwKey = ShortKey<Record<Key, string>, 'klantwaarde.'>;

/** Looks up a klantwaarde string; a missing key shows itself, so it is noticed. */
export type T = (key: KwKey, vars?: Vars) => string;
