/**
 * Ticked tips on the tips checklist, kept through `./store.ts` under `cx-tips`:
 * `{"v":1,"done":["levend-krijgen-1", …]}`. Every tick is one change, applied to what is
 * stored at that moment (`update(tipsStore, storage, local, setTick(id, on))`), so two tabs
 * ticking different tips keep both. Ids that are not well formed are dropped; well-formed ids
 * of tips not on this page are kept (the guide shows one perspective and must not drop the others).
 */
import { pick, type StoreSpec } from './store';

export const TIPS_STORAGE_KEY = 'cx-tips';

export interface TipTicks {
  /** Ticked tip ids, unique, sorted. */
  done: string[];
}

const ID = /^[a-z0-9-]{1,60}$/;

/** Unique, sorted, well-formed ids only. */
const clean = (ids: readonly unknown[]): string[] =>
  [...new Set(ids.filter((x): x is string => typeof x === 'string' && ID.test(x)))].sort();

/** A change: tick (`on`) or untick one tip. */
export const setTick =
  (id: string, on: boolean) =>
  (ticks: TipTicks): TipTicks => ({ done: clean(on ? [...ticks.done, id] : ticks.done.filter((x) => x !== id)) });

export const tipsStore: StoreSpec<TipTicks> = {
  key: TIPS_STORAGE_KEY,
  version: 1,
  empty: { done: [] },
  decode(fields) {
    const list = fields['done'];
    return Array.isArray(list) ? { ok: true, value: { done: clean(list) } } : { ok: false, reason: 'unreadable' };
  },
  encode: (ticks) => ({ done: clean(ticks.done) }),
  // Per tip: this tab's tick state where it changed it, else the stored one.
  merge(base, mine, theirs) {
    const ids = clean([...base.done, ...mine.done, ...theirs.done]);
    return { done: ids.filter((id) => pick(base.done.includes(id), mine.done.includes(id), theirs.done.includes(id))) };
  },
};
