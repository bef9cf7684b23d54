/**
 * The visitor's own inputs, kept in localStorage under `cx-klantwaarde` as
 * `{"v":1,"q":"<share query>"}`: the same encoding as the share link, so one decoder
 * (and one set of fuzz tests) covers both. Storage can be missing, full or disabled:
 * every access is wrapped and reports failure instead of throwing.
 */
import type { State } from './fields';
import { decodeQuery, encodeQuery } from './query';
import { browserStorage, readItem, writeItem } from '../safe-storage';

export { browserStorage };

export const STORAGE_KEY = 'cx-klantwaarde';

/** The bit of the Storage API we use, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Parses the stored string: the saved state, or null when nothing usable is stored. */
export function parseSaved(raw: string | null): State | null {
  if (raw === null || raw === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { v, q } = data as { v?: unknown; q?: unknown };
  if (v !== 1 || typeof q !== 'string') return null;
  return decodeQuery(q).state;
}

/** Serialises a state for storage. */
export function serializeSaved(s: State): string {
  return JSON.stringify({ v: 1, q: encodeQuery(s) });
}

/** Reads the saved state; null when storage is unavailable, empty or corrupt. */
export function loadSaved(storage: StorageLike | null | undefined): State | null {
  return parseSaved(readItem(storage, STORAGE_KEY) ?? null);
}

/** Saves a state; false when storage is unavailable or full. */
export function saveState(storage: StorageLike | null | undefined, s: State): boolean {
  return writeItem(storage, STORAGE_KEY, serializeSaved(s));
}

