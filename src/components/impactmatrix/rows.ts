/**
 * The island's state: the rows (../../lib/impactmatrix/rows.ts) and what the island shows
 * around them.
 */
import type { Matrix } from '../../lib/impactmatrix/fields';
import type { Dropped } from '../../lib/impactmatrix/link';
import type { Rows } from '../../lib/impactmatrix/rows';
import type { StoreNotice } from '../../lib/store';
import type { PasteReport } from './paste-report';

export type { Rows };
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

