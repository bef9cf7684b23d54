/**
 * What some tools need beyond the core of `./store.ts`, kept apart so a tool that does not use it
 * (klantwaarde) does not load it: three-way merging of lists, starting fresh (`clear`), and the
 * data kept aside (`readApart`, `discardApart`). The rules are those of `./store.ts`.
 */
import { writeVerified, readItem, type StorageLike } from './safe-storage';
import { apartKey, decodeStored, keepApart, pick, type StoreSpec } from './store';

/** Three-way merge of lists position by position (lists of one length, e.g. answers per item). */
export function mergeList<V>(base: readonly V[], mine: readonly V[], theirs: readonly V[]): V[] {
  return mine.map((m, i) => (i < theirs.length ? pick(base[i] as V, m, theirs[i] as V) : m));
}

/**
 * Removes the stored value: the visitor chose to start fresh. Data this version cannot use
 * (newer, older, unreadable) is first kept aside, so even this loses nothing; when that is not
 * possible nothing is removed. True when the key is now empty.
 */
export function clear<T>(spec: StoreSpec<T>, storage: StorageLike | null | undefined): boolean {
  const raw = readItem(storage, spec.key);
  if (raw === undefined) return false;
  if (raw === null) return true;
  const status = decodeStored(spec, raw).status;
  if (status !== 'ok' && status !== 'empty' && !keepApart(storage, spec.key, raw)) return false;
  return writeVerified(storage, spec.key, null) === 'saved';
}

/** The data kept aside for a store (a raw string, as it was found), or null. */
export function readApart(spec: Pick<StoreSpec<unknown>, 'key'>, storage: StorageLike | null | undefined): string | null {
  return readItem(storage, apartKey(spec.key)) ?? null;
}

/** Drops the data kept aside (the visitor chose so). True when the slot is empty now. */
export function discardApart(spec: Pick<StoreSpec<unknown>, 'key'>, storage: StorageLike | null | undefined): boolean {
  return writeVerified(storage, apartKey(spec.key), null) === 'saved';
}
