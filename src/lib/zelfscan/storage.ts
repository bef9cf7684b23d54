/**
 * The visitor's own answers, kept in localStorage under `cx-zelfscan` as
 * `{"v":1,"code":"<share code>","step":3}`: the same encoding as the share link, so one
 * decoder (and one set of fuzz tests) covers both. Storage can be missing, full, disabled or
 * hold garbage: every access is wrapped, and a bad value comes back as a named status so the
 * island can say what happened instead of going blank.
 */
import { decodeShare, encodeShare } from './share';
import { lastStep, type Answers, type ModelShape } from './types';
import { readItem, removeItem, writeItem, type StorageLike } from '../safe-storage';

export const STORAGE_KEY = 'cx-zelfscan';
/** Version of the stored wrapper (not of the model; the code carries that). */
const FORMAT = 1;

export interface Saved {
  answers: Answers;
  /** Screen to resume on: 0 = start, 1…n = dimension, n + 1 = result. */
  step: number;
}

export type LoadResult =
  /** Nothing stored. */
  | { status: 'empty' }
  | { status: 'ok'; saved: Saved }
  /** Something is stored but it is not readable. */
  | { status: 'corrupt' }
  /** Stored with another model version. */
  | { status: 'old'; version: number }
  /** Storage cannot be read at all (disabled, privacy mode). */
  | { status: 'unavailable' };

/** Parses a stored string. Never throws. */
export function parseStored(shape: ModelShape, raw: string | null): LoadResult {
  if (raw === null || raw === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'corrupt' };
  const { v, code, step } = data as { v?: unknown; code?: unknown; step?: unknown };
  if (v !== FORMAT || typeof code !== 'string') return { status: 'corrupt' };
  const decoded = decodeShare(shape, code);
  if (!decoded.ok) {
    return decoded.error === 'version' && decoded.version !== undefined
      ? { status: 'old', version: decoded.version }
      : { status: 'corrupt' };
  }
  const s = typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= lastStep(shape) ? step : 0;
  return { status: 'ok', saved: { answers: decoded.answers, step: s } };
}

/** Serialises answers and the current step. */
export function serializeStored(shape: ModelShape, saved: Saved): string {
  return JSON.stringify({ v: FORMAT, code: encodeShare(shape, saved.answers), step: saved.step });
}

/** Reads the saved state. Never throws. */
export function loadStored(shape: ModelShape, storage: StorageLike | null | undefined): LoadResult {
  const raw = readItem(storage, STORAGE_KEY);
  return raw === undefined ? { status: 'unavailable' } : parseStored(shape, raw);
}

/** Saves; false when storage is unavailable or full. */
export function saveStored(shape: ModelShape, storage: StorageLike | null | undefined, saved: Saved): boolean {
  return writeItem(storage, STORAGE_KEY, serializeStored(shape, saved));
}

/** Removes the saved answers; false when storage refuses. */
export function clearStored(storage: StorageLike | null | undefined): boolean {
  return removeItem(storage, STORAGE_KEY);
}

