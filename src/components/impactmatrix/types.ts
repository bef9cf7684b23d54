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

/** What the island's parts may ask it to do (the island implements this). */
export interface Actions {
  onText: (key: 'title' | 'goalText' | 'unit', value: string) => void;
  onMeasure: (m: import('../../lib/impactmatrix/fields').Measure) => void;
  onGoal: (g: import('../../lib/impactmatrix/fields').Goal) => void;
  add: () => void;
  clear: () => void;
  loadExample: () => void;
  onOpen: (file: File) => void;
  pasteRows: (text: string, at?: number) => Promise<void>;
}

/** The island as the table's editing code (in the workspace chunk) sees it. */
export interface Host extends Actions {
  t: T;
  state: Readonly<import('./rows').State>;
  rows(): import('./rows').Rows;
  /** Changes the matrix (with Rows also keys, typed text and errors); `then` runs after the render. */
  change(next: import('./rows').Rows | import('../../lib/impactmatrix/fields').Matrix, extra?: Partial<import('./rows').State>, then?: () => void): void;
  setState(s: Partial<import('./rows').State>): void;
  withUndo(status: string): Partial<import('./rows').State>;
  /** Focuses an element once it is rendered. */
  focus(id: string): () => void;
  /** Saves the matrix as it is (merged with other tabs); true when stored and read back. */
  save(m: import('../../lib/impactmatrix/fields').Matrix): boolean;
  /** Shows a matrix as the visitor's own. */
  adopt(m: import('../../lib/impactmatrix/fields').Matrix, extra?: Partial<import('./rows').State>): void;
}
