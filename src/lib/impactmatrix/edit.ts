/**
 * Edits to the touchpoint table as pure functions, each returning a new matrix. A row list
 * never grows past the maximum. Number cells: `setCell` in cells.ts; renaming and reordering:
 * reorder.ts (kept apart so the page's first load carries only what an empty start needs).
 */
import { MAX_TOUCHPOINTS, type Matrix, type Touchpoint } from './fields';

const withRows = (m: Matrix, touchpoints: Touchpoint[]): Matrix => ({ ...m, touchpoints });

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
