/**
 * The impact matrix as the table edits it: the matrix with a key per row (`ids`, so focus
 * survives reordering), the text typed per cell and the cells in error. Edits to rows:
 * ./row-edits.ts.
 */
import type { CellError } from './cells';
import { insertRows } from './edit';
import type { Matrix, Touchpoint } from './fields';

export interface Rows {
  m: Matrix;
  ids: number[];
  /** Text typed per cell (`${id}:${column}`) while it differs from how the page writes the value. */
  edits: Record<string, string>;
  errors: Record<string, CellError>;
}

/** Rows inserted after index `at` with new keys (as many as fit). */
export function insertedRows(r: Rows, at: number, rows: readonly Touchpoint[], newId: () => number): Rows {
  const m = insertRows(r.m, at, rows);
  const added = m.touchpoints.length - r.m.touchpoints.length;
  const cut = Math.min(r.ids.length, Math.max(0, at + 1));
  return { ...r, m, ids: [...r.ids.slice(0, cut), ...Array.from({ length: added }, newId), ...r.ids.slice(cut)] };
}
