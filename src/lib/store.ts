/**
 * The one way a tool keeps the visitor's own work in localStorage (no DOM; the `storage` event
 * helper is `src/components/store-events.ts`).
 *
 * Stored value: an envelope, a JSON object with the format version `v` beside the tool's fields,
 *
 *     {"v":1,"done":["levend-krijgen-1"]}        (tips; klantwaarde: {"v":1,"q":"…"})
 *     └ v: format version, a whole number ≥ 1 ─── the tool's own fields (`encode`/`decode`)
 *
 * What every tool gets from here:
 * 1. **Read-modify-write per change.** `update()` reads what is stored *now* (another tab may
 *    have written since this one loaded), applies this tab's change to it (a change function,
 *    or the tool's three-way `merge(base, mine, theirs)`), writes the result and hands it back to show. Two
 *    tabs never lose each other's changes.
 * 2. **Verified.** After writing, the value is read back: `saved` only when it is what was
 *    written; else `full`, `unavailable` or `unverified` (see `safe-storage.ts`). The tool keeps
 *    working in memory and says so; only `saved` may be shown as "bewaard".
 * 3. **Versions respected.** An envelope with a higher `v` (or content the tool's `decode` calls
 *    newer) is never written over: `load` reports `newer` and `update` answers `newer` until the
 *    visitor chooses to start fresh (`clear`). A lower `v` goes through `decode(fields, v)`,
 *    which migrates it.
 * 4. **Unreadable data is kept aside.** Before anything is written over data that cannot be read
 *    (or an older version that cannot be migrated), it is copied to `<key>:apart`. When that
 *    copy cannot be made (the slot holds something else, storage is full), nothing is written:
 *    `unreadable`. The copy stays until the visitor chooses (`discardApart`).
 * Nothing here throws, whatever is stored or however storage behaves. List merging, `clear` and
 * the data kept aside are in `./store-extras.ts`: not every tool needs them, and a tool loads only
 * the modules it imports.
 */
import { readItem, writeVerified, type StorageLike, type WriteResult } from './safe-storage';

export type { StorageLike, WriteResult };

/** The outcome of a save: a write result, or why nothing was written. */
export type SaveResult = WriteResult | 'newer' | 'unreadable';

/** What a tool's `decode` makes of an envelope's fields. */
export type Decoded<T> =
  | { ok: true; value: T }
  /** Not this tool's data, or damaged. */
  | { ok: false; reason: 'unreadable' }
  /** Made by a newer version of the tool (its content says so): keep it untouched. */
  | { ok: false; reason: 'newer'; version: number }
  /** Made by an older version that cannot be migrated (e.g. the questions changed). */
  | { ok: false; reason: 'old'; version: number };

/** How one tool stores its value. */
export interface StoreSpec<T> {
  /** localStorage key, e.g. `cx-tips`. */
  readonly key: string;
  /** Format version written now (`v`); raise it when `encode` changes, and migrate in `decode`. */
  readonly version: number;
  /** The value when nothing (usable) is stored. */
  readonly empty: T;
  /** Reads an envelope's fields (without `v`) written with format `version` ≤ `this.version`. */
  decode(fields: Readonly<Record<string, unknown>>, version: number): Decoded<T>;
  /** The fields to store for a value (without `v`). */
  encode(value: T): Record<string, unknown>;
  /**
   * Three-way merge for `save`: `base` is this tab's previous own value, `mine` its new one,
   * `theirs` what is stored now. What this tab changed (mine ≠ base) wins, the rest comes from
   * `theirs`. Build it from `mergeList`/`mergeRecord`; it must give `theirs` when mine = base,
   * `mine` when theirs = base or theirs = mine, and commute for changes to different parts.
   */
  merge(base: T, mine: T, theirs: T): T;
}

/** What is stored, as the tool should treat it. `value` is always usable (`empty` unless `ok`). */
export type Loaded<T> =
  | { status: 'empty'; value: T }
  | { status: 'ok'; value: T }
  /** Made by a newer version: left untouched, saving is refused until `clear`. */
  | { status: 'newer'; value: T; version: number }
  /** An older version that cannot be migrated: kept aside on the first save. */
  | { status: 'old'; value: T; version: number }
  /** Not readable: kept aside on the first save. */
  | { status: 'unreadable'; value: T }
  /** Storage cannot be read at all. */
  | { status: 'unavailable'; value: T };

/** The result of `update`/`save`: what happened, and the value to show now. */
export interface Saved<T> {
  result: SaveResult;
  value: T;
}

/** The key of the slot where unreadable data is kept aside. */
export const apartKey = (key: string): string => `${key}:apart`;

/** Decodes a stored string (`null` = nothing stored). Pure; never throws. */
export function decodeStored<T>(spec: StoreSpec<T>, raw: string | null): Loaded<T> {
  const value = spec.empty;
  if (raw === null || raw === '') return { status: 'empty', value };
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'unreadable', value };
    const { v, ...fields } = data as Record<string, unknown>;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) return { status: 'unreadable', value };
    if (v > spec.version) return { status: 'newer', value, version: v };
    const d = spec.decode(fields, v);
    if (d.ok) return { status: 'ok', value: d.value };
    return d.reason === 'unreadable' ? { status: 'unreadable', value } : { status: d.reason, value, version: d.version };
  } catch {
    // Invalid JSON, or a tool's decode that threw on strange input.
    return { status: 'unreadable', value };
  }
}

/** The stored string for a value. */
export function encodeStored<T>(spec: StoreSpec<T>, value: T): string {
  // `v` first (as the tools always wrote it), and never replaced by a field of the same name.
  return JSON.stringify(Object.assign({ v: spec.version }, spec.encode(value), { v: spec.version }));
}

/** Reads what is stored. Writes nothing (a visit that only looks changes nothing). */
export function load<T>(spec: StoreSpec<T>, storage: StorageLike | null | undefined): Loaded<T> {
  const raw = readItem(storage, spec.key);
  return raw === undefined ? { status: 'unavailable', value: spec.empty } : decodeStored(spec, raw);
}

/** Copies `raw` to the apart slot unless it holds something else already; true when it is there. */
export function keepApart(storage: StorageLike | null | undefined, key: string, raw: string): boolean {
  const slot = apartKey(key);
  const there = readItem(storage, slot);
  if (there === raw) return true;
  return there === null && writeVerified(storage, slot, raw) === 'saved';
}

/**
 * Read-modify-write: applies `change` to the value stored now and writes the result, verified.
 * `local` is this tab's value: when nothing could be stored (unavailable, full, newer data,
 * unreadable data that cannot be kept aside), `change(local)` is what the tab shows.
 */
export function update<T>(
  spec: StoreSpec<T>,
  storage: StorageLike | null | undefined,
  local: T,
  change: (current: T) => T,
): Saved<T> {
  const raw = readItem(storage, spec.key);
  if (raw === undefined) return { result: 'unavailable', value: change(local) };
  const now = decodeStored(spec, raw);
  if (now.status === 'newer') return { result: 'newer', value: change(local) };
  if ((now.status === 'unreadable' || now.status === 'old') && !keepApart(storage, spec.key, raw as string)) {
    return { result: 'unreadable', value: change(local) };
  }
  const value = change(now.value);
  const result = writeVerified(storage, spec.key, encodeStored(spec, value));
  // Not stored: this tab keeps its own work on screen (what the other tabs stored may be gone too).
  return result === 'saved' ? { result, value } : { result, value: change(local) };
}

/**
 * Saves this tab's whole value `mine`, merged with what another tab may have stored since:
 * `base` is this tab's previous own value (what it loaded or last saved). Without a base,
 * `spec.empty` stands in: then whatever this tab has set wins and the rest is kept.
 */
export function save<T>(spec: StoreSpec<T>, storage: StorageLike | null | undefined, mine: T, base: T = spec.empty): Saved<T> {
  return update(spec, storage, mine, (theirs) => spec.merge(base, mine, theirs));
}

/**
 * Three-way merge of one part (a number, string, boolean or null: lists and records are merged
 * part by part with `mergeList`/`mergeRecord`): this tab's value if it changed it, else the stored one.
 */
export const pick = <V>(base: V, mine: V, theirs: V): V => (mine === base ? theirs : mine);

/** Three-way merge of records key by key (e.g. the fields of a calculation). */
export function mergeRecord<R extends object>(base: R, mine: R, theirs: R): R {
  const out = { ...theirs };
  for (const k of Object.keys(mine) as (keyof R)[]) out[k] = pick(base[k], mine[k], theirs[k]);
  return out;
}

/** The three things a tool may have to say about its saved work (strings `storage.*`). */
export type StoreNotice = 'notSaved' | 'newer' | 'unreadable';

/** The notice for a load status or save result; null when all is well. */
export function noticeFor(r: SaveResult | Loaded<unknown>['status']): StoreNotice | null {
  if (r === 'saved' || r === 'ok' || r === 'empty') return null;
  if (r === 'newer') return r;
  return r === 'unreadable' || r === 'old' ? 'unreadable' : 'notSaved';
}
