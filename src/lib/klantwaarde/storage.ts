/**
 * The visitor's own inputs, kept through `../store.ts` under `cx-klantwaarde` as
 * `{"v":1,"q":"<share query>"}`: the same encoding as the share link, so one decoder (and
 * one set of fuzz tests) covers both. Saves are verified and merged field by field with what
 * another tab stored since; data of a newer version is left untouched, unreadable data is kept
 * aside (see ARCHITECTURE.md "Storage").
 */
import { DEFAULTS, type State } from './fields';
import { decodeQuery, encodeQuery } from './query';
import { browserStorage, type StorageLike } from '../safe-storage';
import { decodeStored, encodeStored, load, mergeRecord, save, update, type Loaded, type Saved, type SaveResult, type StoreSpec } from '../store';

export { browserStorage, type StorageLike, type SaveResult, type Loaded, type Saved };

export const STORAGE_KEY = 'cx-klantwaarde';

/**
 * Field by field: what this tab changed wins, the rest comes from the other tab. When the two
 * use different count modes (percentages or numbers of customers) their figures do not mix:
 * this tab's whole calculation wins.
 */
export function mergeState(base: State, mine: State, theirs: State): State {
  return mine.mixMode === theirs.mixMode ? mergeRecord(base, mine, theirs) : mine;
}

export const klantwaardeStore: StoreSpec<State> = {
  key: STORAGE_KEY,
  version: 1,
  empty: DEFAULTS,
  decode: ({ q }) => (typeof q === 'string' ? { ok: true, value: decodeQuery(q).state } : { ok: false, reason: 'unreadable' }),
  encode: (s) => ({ q: encodeQuery(s) }),
  merge: mergeState,
};

/** Parses the stored string: the saved state, or null when nothing usable is stored. */
export function parseSaved(raw: string | null): State | null {
  const r = decodeStored(klantwaardeStore, raw);
  return r.status === 'ok' ? r.value : null;
}

/** Serialises a state for storage. */
export function serializeSaved(s: State): string {
  return encodeStored(klantwaardeStore, s);
}

/** Reads what is stored, with its status (`newer`, `unreadable`, … see `../store.ts`). */
export function loadStatus(storage: StorageLike | null | undefined): Loaded<State> {
  return load(klantwaardeStore, storage);
}

/** Reads the saved state; null when storage is unavailable, empty, newer or unreadable. */
export function loadSaved(storage: StorageLike | null | undefined): State | null {
  const r = loadStatus(storage);
  return r.status === 'ok' ? r.value : null;
}

/**
 * Saves a state, merged with what another tab stored since (`base`: this tab's previous own
 * state; without it, the whole state wins). Returns what happened and the state to show.
 */
export function saveMerged(storage: StorageLike | null | undefined, s: State, base?: State): Saved<State> {
  return base ? save(klantwaardeStore, storage, s, base) : update(klantwaardeStore, storage, s, () => s);
}

/** Saves a state (see `saveMerged`); true only when it was stored and reads back. */
export function saveState(storage: StorageLike | null | undefined, s: State, base?: State): boolean {
  return saveMerged(storage, s, base).result === 'saved';
}
