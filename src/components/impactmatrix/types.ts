/**
 * Types the impact matrix components share. `T` is the island's own `t()`, built per instance
 * with `makeT(strings)` from the strings the page passes (`stringsFor('impactmatrix.')`).
 */
import type { Key, ShortKey, Vars } from '../../i18n';
import type { Measure } from '../../lib/impactmatrix/fields';
import type { Quadrant } from '../../lib/impactmatrix/model';

/** An impact matrix key without its `impactmatrix.` prefix. */
export type K = ShortKey<Record<Key, string>, 'impactmatrix.'>;
export type T = (key: K, vars?: Vars) => string;
/** Looks up a key composed at runtime (`q.${quadrant}`); a missing key shows itself. */
export const tk = (t: T, key: string, vars?: Vars): string => t(key as K, vars);

/** Kennisbank links per quadrant's advice, built by the page with withBase(pathOf(…)). */
export type QuadrantLinks = Readonly<Record<Quadrant, string>>;

/** "CSAT", "NPS", "CES". */
export const measureName = (t: T, m: Measure) => tk(t, `measure.short.${m}`);
