import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULTS, type State } from '../../../../src/lib/klantwaarde/fields';
import { STORAGE_KEY, loadStatus, mergeState, saveMerged, saveState } from '../../../../src/lib/klantwaarde/storage';

const RUNS = { numRuns: 10_000 };
const state = (over: Partial<State>): State => ({ ...DEFAULTS, ...over });

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('klantwaarde storage', () => {
  it('two tabs changing different fields keep both', () => {
    const s = memory();
    const a = state({ profitPromoter: 30000 });
    expect(saveMerged(s, a, DEFAULTS).result).toBe('saved');
    const b = state({ customers: 5000 });
    expect(saveMerged(s, b, DEFAULTS).value).toEqual(state({ profitPromoter: 30000, customers: 5000 }));
  });

  it('without a base, the whole state of this tab wins (the old behaviour)', () => {
    const s = memory();
    saveState(s, state({ profitPromoter: 30000 }));
    expect(saveMerged(s, state({ customers: 5000 })).value).toEqual(state({ customers: 5000 }));
  });

  it('different count modes do not mix: this tab wins', () => {
    const theirs = state({ mixMode: 'count' });
    const mine = state({ customers: 5000 });
    expect(mergeState(DEFAULTS, mine, theirs)).toEqual(mine);
  });

  it.each([
    ['{"v":2,"q":"zw=300"}', 'newer'],
    ['{"kapot', 'unreadable'],
    ['{"v":1,"q":5}', 'unreadable'],
    ['{"v":1,"q":"zw=300"}', 'ok'],
  ])('reads %j as %s, and never writes over newer or unreadable data unseen', (raw, status) => {
    const s = memory({ [STORAGE_KEY]: raw });
    expect(loadStatus(s).status).toBe(status);
    const r = saveMerged(s, state({ customers: 5000 }));
    if (status === 'newer') {
      expect(r.result).toBe('newer');
      expect(s.data.get(STORAGE_KEY)).toBe(raw);
    } else {
      expect(r.result).toBe('saved');
      if (status === 'unreadable') expect(s.data.get(`${STORAGE_KEY}:apart`)).toBe(raw);
    }
  });

  it('merge keeps theirs when this tab changed nothing and is idempotent', () => {
    const n = fc.integer({ min: 0, max: 10_000_000 });
    const st = fc.record({ profitPromoter: n, customers: n, yearsPassive: n }).map((o) => state(o));
    fc.assert(
      fc.property(st, st, st, (base, mine, theirs) => {
        expect(mergeState(base, base, theirs)).toEqual(theirs);
        const once = mergeState(base, mine, theirs);
        expect(mergeState(base, mine, once)).toEqual(once);
      }),
      RUNS,
    );
  });
});
