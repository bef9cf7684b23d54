/**
 * Ticked tips on the tips checklist, as stored in localStorage under `cx-tips`.
 * Stored shape: `{"v":1,"done":["levend-krijgen-1", …]}`. Anything else (garbage,
 * unknown ids, old shapes) is read as "nothing ticked" with a reason, never thrown.
 */
export const TIPS_STORAGE_KEY = 'cx-tips';

export interface TipTicks {
  done: string[];
}
export type LoadResult = { ok: true; ticks: TipTicks } | { ok: false; ticks: TipTicks; error: 'invalid-json' | 'invalid-shape' };

const ID = /^[a-z0-9-]{1,60}$/;

/**
 * Parses the stored string. `known` limits the result to those ids; `null` keeps every
 * well-formed id (a page that shows one perspective must not drop the others' ticks).
 */
export function parseTicks(raw: string | null, known: readonly string[] | null): LoadResult {
  const empty = { done: [] };
  if (raw === null || raw === '') return { ok: true, ticks: empty };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, ticks: empty, error: 'invalid-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) {
    return { ok: false, ticks: empty, error: 'invalid-shape' };
  }
  const list = (data as { done?: unknown }).done;
  if (!Array.isArray(list)) return { ok: false, ticks: empty, error: 'invalid-shape' };
  const knownSet = known && new Set(known);
  const done = [...new Set(list.filter((x): x is string => typeof x === 'string' && ID.test(x) && (!knownSet || knownSet.has(x))))];
  return { ok: true, ticks: { done } };
}

/** Serialises ticks for storage. */
export function serializeTicks(ticks: TipTicks): string {
  return JSON.stringify({ v: 1, done: [...new Set(ticks.done)].sort() });
}
