/**
 * The island's state: the matrix with its row keys (`ids`, so focus survives reordering), the
 * text typed per cell and the cells in error. Edits to rows: row-edits.ts (workspace chunk).
 */
import type { Matrix, Touchpoint } from '../../lib/impactmatrix/fields';
import type { Dropped } from '../../lib/impactmatrix/link';
import type { StoreNotice } from '../../lib/store';
import type { PasteReport } from './paste-report';
import type { CellError } from '../../lib/impactmatrix/cells';
import { insertRows } from '../../lib/impactmatrix/edit';

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

export type Workspace = typeof import('./Workspace');
export type Source = 'new' | 'saved' | 'link';

/** Everything the island keeps. */
export interface State extends Rows {
  source: Source;
  ready: boolean;
  hasOwn: boolean;
  kept: boolean;
  dropped: Dropped[];
  droppedFrom: 'link' | 'file';
  newer: number | null;
  /** Said (and shown) after an action; `undo` brings back the matrix before it. */
  status: string;
  undo: { m: Matrix; ids: number[] } | null;
  paste: PasteReport | null;
  copy: '' | 'copied' | 'fallback';
  file: string;
  /** What the store said about saving, when it did not save. */
  store: StoreNotice | null;
  page: string;
  /** The table, matrix and share parts, loaded once there are touchpoints. */
  W: Workspace | null;
}

