import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STORAGE_KEY,
  clearStored,
  loadStored,
  parseStored,
  saveAnswers,
  saveStored,
  serializeStored,
} from '../../../../src/lib/zelfscan/storage';
import type { StorageLike } from '../../../../src/lib/safe-storage';
import { emptyAnswers, type Answers, type ModelShape } from '../../../../src/lib/zelfscan/types';

const SHAPE: ModelShape = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };
const RUNS = { numRuns: 10_000 };
const answers: Answers = { context: [6, 1, null], items: [1, 2, 3, 4, 5, 0, ...Array(18).fill(null)] };

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
const throwing: StorageLike = {
  getItem() {
    throw new DOMException('uit', 'SecurityError');
  },
  setItem() {
    throw new DOMException('vol', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('uit', 'SecurityError');
  },
};

describe('stored state', () => {
  it('round-trips answers and step', () => {
    const s = new MemoryStorage();
    expect(saveStored(SHAPE, s, { answers, step: 3 })).toBe(true);
    expect(loadStored(SHAPE, s)).toEqual({ status: 'ok', saved: { answers, step: 3 } });
    expect(JSON.parse(s.getItem(STORAGE_KEY)!)).toEqual({ v: 1, code: 'v1.720.123450------------------', step: 3 });
  });

  it.each([
    [null, 'empty'],
    ['', 'empty'],
    ['{"kapot": [1, 2,', 'corrupt'],
    ['null', 'corrupt'],
    ['[]', 'corrupt'],
    ['"v1.000.------------------------"', 'corrupt'],
    ['{"v":2,"code":"v1.000.------------------------","step":1}', 'newer'],
    ['{"v":1,"code":"v1.000.---","step":1}', 'corrupt'],
    ['{"v":1,"code":12,"step":1}', 'corrupt'],
  ])('%j → %s', (raw, status) => {
    expect(parseStored(SHAPE, raw).status).toBe(status);
  });

  it('reports answers saved with an older model version', () => {
    expect(parseStored(SHAPE, '{"v":1,"code":"v0.00.1234","step":2}')).toEqual({ status: 'old', version: 0 });
  });

  it.each([
    [-1, 0],
    [2.5, 0],
    ['3', 0],
    [99, 0],
    [7, 7],
    [0, 0],
  ])('clamps step %j to %i', (step, expected) => {
    const raw = JSON.stringify({ v: 1, code: `v1.000.${'-'.repeat(24)}`, step });
    const r = parseStored(SHAPE, raw);
    expect(r.status === 'ok' && r.saved.step).toBe(expected);
  });

  it('never breaks on storage that throws', () => {
    expect(loadStored(SHAPE, throwing)).toEqual({ status: 'unavailable' });
    expect(saveStored(SHAPE, throwing, { answers, step: 1 })).toBe(false);
    expect(clearStored(throwing)).toBe(false);
    expect(loadStored(SHAPE, null)).toEqual({ status: 'unavailable' });
    expect(saveStored(SHAPE, null, { answers, step: 1 })).toBe(false);
  });

  it('clears', () => {
    const s = new MemoryStorage();
    saveStored(SHAPE, s, { answers, step: 1 });
    expect(clearStored(s)).toBe(true);
    expect(loadStored(SHAPE, s)).toEqual({ status: 'empty' });
  });

  it('fuzz: any stored string gives a valid state or a named status, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), fc.json({ maxDepth: 3 })), (raw) => {
        const r = parseStored(SHAPE, raw);
        expect(['empty', 'ok', 'corrupt', 'old', 'newer']).toContain(r.status);
        if (r.status === 'ok') {
          expect(r.saved.answers.items).toHaveLength(24);
          expect(Number.isInteger(r.saved.step)).toBe(true);
        }
        if (r.status === 'old' || r.status === 'newer') expect(Number.isFinite(r.version)).toBe(true);
      }),
      RUNS,
    );
  });

  it('fuzz: wrapper-shaped objects with random fields never throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (v, code, step) => {
        let raw: string;
        try {
          raw = JSON.stringify({ v, code, step }) ?? '';
        } catch {
          return; // values JSON cannot represent (BigInt) never reach storage
        }
        const r = parseStored(SHAPE, raw);
        expect(['empty', 'ok', 'corrupt', 'old', 'newer']).toContain(r.status);
      }),
      RUNS,
    );
  });

  it('leaves answers of a newer model untouched, also when this version saves', () => {
    const s = new MemoryStorage();
    const newer = '{"v":1,"code":"v2.000.------------------------------","step":2}';
    s.setItem(STORAGE_KEY, newer);
    expect(loadStored(SHAPE, s)).toEqual({ status: 'newer', version: 2 });
    expect(saveAnswers(SHAPE, s, { answers, step: 1 }).result).toBe('newer');
    expect(saveStored(SHAPE, s, { answers, step: 1 })).toBe(false);
    expect(s.getItem(STORAGE_KEY)).toBe(newer);
    // Starting fresh (the visitor's choice) keeps it aside.
    expect(clearStored(s, SHAPE)).toBe(true);
    expect(s.getItem(`${STORAGE_KEY}:apart`)).toBe(newer);
  });

  it('keeps unreadable answers aside before saving over them', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{"kapot": [1, 2,');
    expect(saveStored(SHAPE, s, { answers, step: 1 })).toBe(true);
    expect(s.getItem(`${STORAGE_KEY}:apart`)).toBe('{"kapot": [1, 2,');
    // The island clears after a corrupt load: that keeps it aside too, even without the shape.
    s.setItem(STORAGE_KEY, 'kapot');
    s.removeItem(`${STORAGE_KEY}:apart`);
    expect(clearStored(s)).toBe(true);
    expect(s.getItem(`${STORAGE_KEY}:apart`)).toBe('kapot');
  });

  it('two tabs answering different items keep both; clearing an answer in one tab sticks', () => {
    const s = new MemoryStorage();
    const empty = { answers: emptyAnswers(SHAPE), step: 0 };
    const withItem = (a: Answers, i: number, v: Answers['items'][number]) => ({ ...a, items: a.items.map((x, k) => (k === i ? v : x)) });
    const tabA = { answers: withItem(empty.answers, 0, 3), step: 1 };
    expect(saveStored(SHAPE, s, tabA, empty)).toBe(true);
    const tabB = { answers: { ...withItem(empty.answers, 1, 4), context: [2, null, null] }, step: 1 };
    expect(saveAnswers(SHAPE, s, tabB, empty).saved.answers.items.slice(0, 2)).toEqual([3, 4]);
    // Tab B takes its context answer back; tab A's item stays.
    const tabB2 = { ...tabB, answers: { ...tabB.answers, context: [null, null, null] } };
    saveStored(SHAPE, s, tabB2, tabB);
    const r = loadStored(SHAPE, s);
    expect(r.status === 'ok' && [r.saved.answers.items.slice(0, 2), r.saved.answers.context]).toEqual([[3, 4], [null, null, null]]);
  });

  it('serializes the same state the same way', () => {
    expect(serializeStored(SHAPE, { answers: emptyAnswers(SHAPE), step: 0 })).toBe(
      JSON.stringify({ v: 1, code: `v1.000.${'-'.repeat(24)}`, step: 0 }),
    );
  });
});

describe('a tab that does not pass a base', () => {
  it('can take back a context answer (its previous state is remembered per storage)', () => {
    const s = new MemoryStorage();
    loadStored(SHAPE, s);
    const set = { answers: { ...emptyAnswers(SHAPE), context: [3, null, null] }, step: 0 };
    expect(saveStored(SHAPE, s, set)).toBe(true);
    expect(saveStored(SHAPE, s, { answers: emptyAnswers(SHAPE), step: 0 })).toBe(true);
    const r = loadStored(SHAPE, s);
    expect(r.status === 'ok' && r.saved.answers.context).toEqual([null, null, null]);
  });

  it('keeps what another tab answered meanwhile', () => {
    const s = new MemoryStorage();
    const other = new MemoryStorage();
    loadStored(SHAPE, s);
    // Another tab (its own memory) writes item 0 into the same data.
    other.map = s.map;
    loadStored(SHAPE, other);
    saveStored(SHAPE, other, { answers: { ...emptyAnswers(SHAPE), items: [5, ...Array(23).fill(null)] }, step: 1 });
    saveStored(SHAPE, s, { answers: { ...emptyAnswers(SHAPE), items: [null, 2, ...Array(22).fill(null)] }, step: 1 });
    const r = loadStored(SHAPE, s);
    expect(r.status === 'ok' && r.saved.answers.items.slice(0, 2)).toEqual([5, 2]);
  });
});
