/**
 * The visitor's current scan, kept through `../store.ts` under `cx-zelfscan` as
 * `{"v":2,"code":"<share code>","step":3,"entry":"m1x2k3ab"}`: the same encoding as the share
 * link (targets and notes as its tagged parts, see share.ts), so one decoder (and one set of
 * fuzz tests) covers both. `entry` names the scan in the history (history.ts) that this one is,
 * once it was completed. Format 1 (`{"v":1,"code","step"}`, answers only) is read as it is.
 * The envelope `v` is the wrapper's format; the model version travels inside the code: answers
 * made with a *newer* model are left untouched (status `newer`), those of an *older* model
 * (other questions) are kept aside. Every save reads what another tab stored since and merges
 * per item, target and note (`mergeSaved`).
 */
import { decodeShare, scanCode } from './share';
import { emptyScan, lastStep, type Answers, type ModelShape, type Notes, type Targets } from './types';
import { browserStorage, type StorageLike } from '../safe-storage';
import { decodeStored, encodeStored, load, pick, save, type Loaded, type SaveResult, type StoreSpec } from '../store';
import { clear, mergeList } from '../store-extras';

export { browserStorage, type StorageLike, type SaveResult };

export const STORAGE_KEY = 'cx-zelfscan';
/** Where the history of completed scans is kept (history.ts; here so the page can look without loading it). */
export const HISTORY_KEY = 'cx-zelfscan-history';

export interface Saved {
  answers: Answers;
  targets: Targets;
  notes: Notes;
  /** Screen to resume on: 0 = start, 1…n = dimension, n + 1 = result. */
  step: number;
  /** The id of this scan in the history, once it was completed; null before. */
  entry: string | null;
}

/** What an entry id may look like (see history.ts). */
export const isEntryId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]{1,24}$/.test(v);

export type LoadResult =
  /** Nothing stored. */
  | { status: 'empty' }
  | { status: 'ok'; saved: Saved }
  /** Something is stored but it is not readable (it is kept aside on the next save). */
  | { status: 'corrupt' }
  /** Stored with an older model version (other questions; kept aside on the next save). */
  | { status: 'old'; version: number }
  /** Stored by a newer version of the site: left untouched, and saving is refused until `clearStored`. */
  | { status: 'newer'; version: number }
  /** Storage cannot be read at all (disabled, privacy mode). */
  | { status: 'unavailable' };

/**
 * Per item, context question, target and note: what this tab changed wins, the rest comes from
 * the other tab. The step is this tab's; the history entry too, when this tab changed it.
 */
export function mergeSaved(base: Saved, mine: Saved, theirs: Saved): Saved {
  return {
    answers: { context: mergeList(base.answers.context, mine.answers.context, theirs.answers.context), items: mergeList(base.answers.items, mine.answers.items, theirs.answers.items) },
    targets: mergeList(base.targets, mine.targets, theirs.targets),
    notes: mergeList(base.notes, mine.notes, theirs.notes),
    step: mine.step,
    entry: pick(base.entry, mine.entry, theirs.entry),
  };
}

/** How the zelfscan stores its answers for a model shape (see `../store.ts`). */
export function zelfscanStore(shape: ModelShape): StoreSpec<Saved> {
  return {
    key: STORAGE_KEY,
    version: 2,
    empty: { ...emptyScan(shape), step: 0, entry: null },
    decode({ code, step, entry }) {
      const decoded = decodeShare(shape, code);
      if (!decoded.ok) {
        if (decoded.error === 'newer') return { ok: false, reason: 'newer', version: decoded.format ?? 0 };
        const v = decoded.error === 'version' ? decoded.version : undefined;
        if (v === undefined || !Number.isFinite(v)) return { ok: false, reason: 'unreadable' };
        return { ok: false, reason: v > shape.version ? 'newer' : 'old', version: v };
      }
      const s = typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= lastStep(shape) ? step : 0;
      const { answers, targets, notes } = decoded;
      return { ok: true, value: { answers, targets, notes, step: s, entry: isEntryId(entry) ? entry : null } };
    },
    encode: (saved) => ({
      code: scanCode(shape, saved),
      step: saved.step,
      ...(saved.entry === null ? {} : { entry: saved.entry }),
    }),
    merge: mergeSaved,
  };
}

function toLoadResult(r: Loaded<Saved>): LoadResult {
  switch (r.status) {
    case 'ok':
      return { status: 'ok', saved: r.value };
    case 'old':
    case 'newer':
      return { status: r.status, version: r.version };
    case 'unreadable':
      return { status: 'corrupt' };
    default:
      return { status: r.status };
  }
}

/** Parses a stored string. Never throws. */
export function parseStored(shape: ModelShape, raw: string | null): LoadResult {
  return toLoadResult(decodeStored(zelfscanStore(shape), raw));
}

/** Serialises answers and the current step. */
export function serializeStored(shape: ModelShape, saved: Saved): string {
  return encodeStored(zelfscanStore(shape), saved);
}

/**
 * This tab's previous own state per storage, for callers that do not pass a `base` (the island
 * today): set by `loadStored`, `saveStored` and `clearStored`. Without it a tab could not take
 * back a context answer, because the merge would bring its own old answer back from storage.
 * Pass `base` explicitly (the state before the change) and this memory is not used.
 */
const previous = new WeakMap<object, Saved>();

/** Reads the saved state. Never throws, writes nothing. */
export function loadStored(shape: ModelShape, storage: StorageLike | null | undefined): LoadResult {
  const r = load(zelfscanStore(shape), storage);
  if (storage) previous.set(storage, r.value);
  return toLoadResult(r);
}

/**
 * Saves, merged with what another tab stored since; `base` is this tab's previous own state
 * (without it, what this tab has answered wins and the rest is kept). `saved` only when stored
 * and read back; `newer`/`unreadable` when data this version cannot use is left untouched.
 */
export function saveAnswers(shape: ModelShape, storage: StorageLike | null | undefined, saved: Saved, base?: Saved): { result: SaveResult; saved: Saved } {
  const r = save(zelfscanStore(shape), storage, saved, base ?? (storage ? previous.get(storage) : undefined));
  if (storage) previous.set(storage, saved);
  return { result: r.result, saved: r.value };
}

/** Saves (see `saveAnswers`); true only when stored and read back. */
export function saveStored(shape: ModelShape, storage: StorageLike | null | undefined, saved: Saved, base?: Saved): boolean {
  return saveAnswers(shape, storage, saved, base).result === 'saved';
}

/**
 * Removes the saved answers (the visitor starts fresh). Data this version cannot use is kept
 * aside first; without `shape` only a readable wrapper counts as usable.
 */
export function clearStored(storage: StorageLike | null | undefined, shape?: ModelShape): boolean {
  if (storage) previous.delete(storage);
  if (shape) return clear(zelfscanStore(shape), storage);
  const anyCode: StoreSpec<null> = {
    key: STORAGE_KEY,
    version: 2,
    empty: null,
    decode: ({ code }) => (typeof code === 'string' ? { ok: true, value: null } : { ok: false, reason: 'unreadable' }),
    encode: () => ({}),
    merge: (_, mine) => mine,
  };
  return clear(anyCode, storage);
}
