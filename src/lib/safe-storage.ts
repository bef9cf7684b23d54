/**
 * localStorage that never throws. Storage can be missing (some privacy modes throw on merely
 * touching `localStorage`), disabled, or full; every tool goes through these helpers and gets
 * a value or a plain `false` back instead of an exception.
 */

/** The bit of the Storage API the tools use, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** Writes a key; false when storage is unavailable or full. */
export function writeItem(storage: Pick<Storage, 'setItem'> | null | undefined, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
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
