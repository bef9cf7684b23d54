/**
 * localStorage that never throws. Storage can be missing (some privacy modes throw on merely
 * touching `localStorage`), disabled, or full; every tool goes through these helpers and gets
 * a value or a named result back instead of an exception. Tools keep their data through
 * `./store.ts`, which builds on these.
 */

/** The bit of the Storage API the tools use, so tests can pass a fake (`removeItem` only to clear). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

/**
 * What became of a write, checked by reading the value back:
 * - `saved`: stored, and reading it back gives exactly what was written;
 * - `full`: the browser refused for lack of space (QuotaExceededError);
 * - `unavailable`: no storage, or it refused (disabled, privacy mode, blocked site data);
 * - `unverified`: the write seemed to work but reading back gives something else.
 */
export type WriteResult = 'saved' | 'full' | 'unavailable' | 'unverified';

/** `window.localStorage`, or null where it is absent or touching it throws. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads a key: the stored string (or null when unset), or `undefined` when storage is unavailable. */
export function readItem(storage: Pick<Storage, 'getItem'> | null | undefined, key: string): string | null | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** True for the errors browsers throw when storage is full (names and legacy codes differ per engine). */
export function isQuotaError(e: unknown): boolean {
  const { name, code } = (e ?? {}) as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Writes a key and reads it back (or removes it when `value` is null); never throws. */
export function writeVerified(storage: StorageLike | null | undefined, key: string, value: string | null): WriteResult {
  if (!storage) return 'unavailable';
  try {
    if (value === null) {
      if (!storage.removeItem) return 'unavailable';
      storage.removeItem(key);
    } else storage.setItem(key, value);
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
  const back = readItem(storage, key);
  return back === undefined ? 'unavailable' : back === value ? 'saved' : 'unverified';
}

/**
 * Writes a key; true only when the value was stored and reads back the same (see
 * `writeVerified`). A storage without `getItem` (an old caller's fake) cannot be verified: then
 * true means only that `setItem` did not throw. Prefer `../store.ts`.
 */
export function writeItem(storage: Pick<Storage, 'setItem'> & Partial<Pick<Storage, 'getItem'>> | null | undefined, key: string, value: string): boolean {
  if (storage && !storage.getItem) {
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }
  return writeVerified(storage as StorageLike | null | undefined, key, value) === 'saved';
}

/** Removes a key; false when storage refuses. */
export function removeItem(storage: Pick<Storage, 'removeItem'> | null | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
