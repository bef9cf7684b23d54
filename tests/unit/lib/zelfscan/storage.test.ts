import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STORAGE_KEY,
  clearStored,
  loadStored,
  parseStored,
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
    ['{"v":2,"code":"v1.000.------------------------","step":1}', 'corrupt'],
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
        expect(['empty', 'ok', 'corrupt', 'old']).toContain(r.status);
        if (r.status === 'ok') {
          expect(r.saved.answers.items).toHaveLength(24);
          expect(Number.isInteger(r.saved.step)).toBe(true);
        }
        if (r.status === 'old') expect(Number.isFinite(r.version)).toBe(true);
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
        expect(['empty', 'ok', 'corrupt', 'old']).toContain(r.status);
      }),
      RUNS,
    );
  });

  it('serializes the same state the same way', () => {
    expect(serializeStored(SHAPE, { answers: emptyAnswers(SHAPE), step: 0 })).toBe(
      JSON.stringify({ v: 1, code: `v1.000.${'-'.repeat(24)}`, step: 0 }),
    );
  });
});
