/**
 * Edits to the touchpoint table as pure functions, each returning a new matrix. A row list
 * never grows past the maximum. Number cells: `setCell` in cells.ts.
 */
import { MAX_NAME, MAX_TOUCHPOINTS, cleanText, type Matrix, type Touchpoint } from './fields';

const withRows = (m: Matrix, touchpoints: Touchpoint[]): Matrix => ({ ...m, touchpoints });

/** Renames a touchpoint (control characters become spaces, cut at the maximum). */
export function setName(m: Matrix, i: number, name: string): Matrix {
  const clean = cleanText(name, MAX_NAME);
  return withRows(m, m.touchpoints.map((t, j) => (j === i ? { ...t, name: clean } : t)));
}

/** Moves item i of a list by delta places (clamped to the ends). */
export function moved<X>(list: readonly X[], i: number, delta: number): X[] {
  const out = [...list];
  const j = Math.min(out.length - 1, Math.max(0, i + delta));
  if (i < 0 || i >= out.length || i === j) return out;
  const [item] = out.splice(i, 1);
  out.splice(j, 0, item as X);
  return out;
}

/** A list without item i. */
export const without = <X>(list: readonly X[], i: number): X[] => list.filter((_, j) => j !== i);

/** How many rows can still be added. */
export const room = (m: Matrix): number => Math.max(0, MAX_TOUCHPOINTS - m.touchpoints.length);

/** Inserts rows after index `at` (-1 = at the start), as many as fit. */
export function insertRows(m: Matrix, at: number, rows: readonly Touchpoint[]): Matrix {
  const fit = rows.slice(0, room(m));
  const cut = Math.min(m.touchpoints.length, Math.max(0, at + 1));
  return withRows(m, [...m.touchpoints.slice(0, cut), ...fit, ...m.touchpoints.slice(cut)]);
}

/** An empty touchpoint. */
export const blankRow = (): Touchpoint => ({ name: '', sat: null, impact: null, volume: null });
