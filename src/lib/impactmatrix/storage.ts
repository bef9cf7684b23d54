/**
 * The visitor's own matrix, kept in localStorage under `cx-impactmatrix` as
 * `{"v":1,"m":"<share link fragment>"}`: the same encoding as the link, so one decoder (and one
 * set of property tests) covers both. Storage can be missing, full or disabled: every access
 * goes through ../safe-storage and reports failure instead of throwing.
 */
import type { Matrix } from './fields';
import { decodeLink, encodeLink } from './link';
import { readItem, writeItem, type StorageLike } from '../safe-storage';

export const STORAGE_KEY = 'cx-impactmatrix';

/** Parses the stored string: the saved matrix, or null when nothing usable is stored. */
export function parseSaved(raw: string | null | undefined): Matrix | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { v, m } = data as { v?: unknown; m?: unknown };
  if (v !== 1 || typeof m !== 'string') return null;
  if (m === '') return null;
  const d = decodeLink(m);
  return d.present ? d.matrix : null;
}

/** Serialises a matrix for storage. */
export function serializeSaved(m: Matrix): string {
  return JSON.stringify({ v: 1, m: encodeLink(m) });
}

/** Reads the saved matrix; null when storage is unavailable, empty or corrupt. */
export function loadSaved(storage: Pick<StorageLike, 'getItem'> | null | undefined): Matrix | null {
  return parseSaved(readItem(storage, STORAGE_KEY));
}

/** Saves a matrix; false when storage is unavailable or full. */
export function saveMatrix(storage: Pick<StorageLike, 'getItem' | 'setItem'> | null | undefined, m: Matrix): boolean {
  return writeItem(storage, STORAGE_KEY, serializeSaved(m));
}
