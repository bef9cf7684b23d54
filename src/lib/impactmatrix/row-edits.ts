/**
 * Edits to the table's rows as pure functions of the rows (./rows.ts). Only the table uses them,
 * so they load with it (the island's workspace chunk): an empty start needs none of them.
 */
import type { NumColumn } from './fields';
import { setCell } from './cells';
import { moved, without } from './reorder';
import type { Rows } from './rows';

const keyOf = (r: Rows, i: number, c: NumColumn) => `${r.ids[i]}:${c}`;

/** A cell typed into: valid text changes the matrix, invalid text is kept with its error. */
export function typed(r: Rows, i: number, c: NumColumn, text: string): Rows {
  const key = keyOf(r, i, c);
  const res = setCell(r.m, i, c, text);
  const errors = { ...r.errors };
  if (res.error) errors[key] = res.error;
  else delete errors[key];
  return { m: res.m, ids: r.ids, edits: { ...r.edits, [key]: text }, errors };
}

/** Leaving a valid cell: its text goes back to how the page writes the value. Null: nothing to do. */
export function left(r: Rows, i: number, c: NumColumn): Rows | null {
  const key = keyOf(r, i, c);
  if (r.errors[key] || !(key in r.edits)) return null;
  const edits = { ...r.edits };
  delete edits[key];
  return { ...r, edits };
}

/** Row i moved by delta places. */
export const movedRow = (r: Rows, i: number, delta: number): Rows => ({ ...r, m: { ...r.m, touchpoints: moved(r.m.touchpoints, i, delta) }, ids: moved(r.ids, i, delta) });

/** Row i removed. */
export const removedRow = (r: Rows, i: number): Rows => ({ ...r, m: { ...r.m, touchpoints: without(r.m.touchpoints, i) }, ids: without(r.ids, i) });

