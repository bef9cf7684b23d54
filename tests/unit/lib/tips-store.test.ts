import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeStored, encodeStored, load, save, update } from '../../../src/lib/store';
import { setTick, tipsStore } from '../../../src/lib/tips-store';

const ids = ['levend-krijgen-1', 'levend-krijgen-2', 'management-7'];
const RUNS = { numRuns: 10_000 };

function memory() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('tips store', () => {
  it.each([
    [null, 'empty', []],
    ['', 'empty', []],
    ['{"v":1,"done":["levend-krijgen-1","x y",5,"levend-krijgen-1","management-3"]}', 'ok', ['levend-krijgen-1', 'management-3']],
    ['{', 'unreadable', []],
    ['[]', 'unreadable', []],
    ['null', 'unreadable', []],
    ['{"v":1,"done":"x"}', 'unreadable', []],
    ['{"v":2,"done":[]}', 'newer', []],
  ])('reads %j as %s', (raw, status, done) => {
    const r = decodeStored(tipsStore, raw);
    expect(r.status).toBe(status);
    expect(r.value.done).toEqual(done);
  });

  it('writes the format it always wrote', () => {
    expect(encodeStored(tipsStore, { done: ['management-7', 'levend-krijgen-1'] })).toBe(
      '{"v":1,"done":["levend-krijgen-1","management-7"]}',
    );
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (done) => {
        const back = decodeStored(tipsStore, encodeStored(tipsStore, { done }));
        expect(back.status === 'ok' && back.value.done).toEqual([...done].sort());
      }),
      RUNS,
    );
  });

  it('never throws on any stored string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((done) => JSON.stringify({ v: 1, done }))), (raw) => {
        const r = decodeStored(tipsStore, raw);
        expect(r.value.done.every((id) => /^[a-z0-9-]{1,60}$/.test(id))).toBe(true);
      }),
      RUNS,
    );
  });

  it('two tabs ticking different tips keep both, and an untick in one tab stays unticked', () => {
    const s = memory();
    const a = load(tipsStore, s).value;
    const b = load(tipsStore, s).value;
    const afterA = update(tipsStore, s, a, setTick('levend-krijgen-1', true)).value;
    expect(update(tipsStore, s, b, setTick('management-7', true)).value.done).toEqual(['levend-krijgen-1', 'management-7']);
    update(tipsStore, s, afterA, setTick('levend-krijgen-1', false));
    expect(load(tipsStore, s).value.done).toEqual(['management-7']);
  });

  it('merge: a whole-list save keeps ticks made elsewhere and this tab’s unticks', () => {
    const s = memory();
    update(tipsStore, s, { done: [] }, setTick('management-7', true));
    const base = { done: ['levend-krijgen-1'] };
    const mine = { done: [] };
    expect(save(tipsStore, s, mine, base).value.done).toEqual(['management-7']);
  });

  it('merge is idempotent and commutes for different tips', () => {
    const list = fc.subarray(ids);
    fc.assert(
      fc.property(list, list, list, (b, m, t) => {
        const [base, mine, theirs] = [{ done: b }, { done: m }, { done: t }];
        const once = tipsStore.merge(base, mine, theirs);
        expect(tipsStore.merge(base, mine, once)).toEqual(once);
        expect(tipsStore.merge(base, base, theirs).done).toEqual([...t].sort());
      }),
      RUNS,
    );
  });
});
