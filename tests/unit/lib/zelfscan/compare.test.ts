/** Two results side by side: differences per dimension and overall, items that moved, new advice. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare, formatDelta } from '../../../../src/lib/zelfscan/compare';
import type { Answer, Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answersArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };
const of = (items: string): Answers => ({
  context: [null, null, null],
  items: [...items.replace(/\s/g, '')].map((c) => (c === '-' ? null : (Number(c) as Answer))),
});

describe('compare', () => {
  const then = of('2222 2222 3333 3333 1111 2222');
  const now = of('2234 2222 3332 3333 10-1 5222');
  const c = compare(SHAPE, then, now);

  it('gives then, now and the difference per dimension and overall, in tenths', () => {
    expect(c.dimensions.map((d) => [d.from, d.to, d.delta])).toEqual([
      [20, 28, 8],
      [20, 20, 0],
      [30, 28, -2],
      [30, 30, 0],
      [10, 10, 0],
      [20, 28, 8],
    ]);
    expect(c.overall).toMatchObject({ from: 22, to: 24, delta: 2, fromLevel: 2, toLevel: 2 });
  });

  it('lists the items that moved up (largest rise first) and down, and those answered in one only', () => {
    expect(c.up.map((x) => [x.item, x.from, x.to])).toEqual([
      [20, 2, 5],
      [3, 2, 4],
      [2, 2, 3],
    ]);
    expect(c.down.map((x) => [x.item, x.from, x.to])).toEqual([[11, 3, 2]]);
    expect(c.other.map((x) => [x.item, x.from, x.to])).toEqual([
      [17, 1, 0],
      [18, 1, null],
    ]);
  });

  it('the advice that is new: every item with a level now that differs from then', () => {
    expect(c.newAdvice.map((x) => x.item)).toEqual([2, 3, 11, 20]);
  });

  it('a dimension with too few answers has no difference', () => {
    const x = compare(SHAPE, of('---- 2222 2222 2222 2222 2222'), of('3333 2222 2222 2222 2222 2222'));
    expect(x.dimensions[0]).toMatchObject({ from: null, to: 30, delta: null });
  });

  it('compare(a, a) shows no change', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const x = compare(SHAPE, a, structuredClone(a));
        expect(x.up).toEqual([]);
        expect(x.down).toEqual([]);
        expect(x.other).toEqual([]);
        expect(x.newAdvice).toEqual([]);
        expect(x.newSteps).toEqual([]);
        for (const d of x.dimensions) expect(d.delta === null || d.delta === 0).toBe(true);
        expect(x.overall.delta === null || x.overall.delta === 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('compare(a, b) mirrors compare(b, a)', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const x = compare(SHAPE, a, b);
        const y = compare(SHAPE, b, a);
        expect(x.dimensions.map((d) => d.delta)).toEqual(y.dimensions.map((d) => (d.delta === null ? null : -d.delta || 0)));
        expect(x.up.map((m) => m.item).sort()).toEqual(y.down.map((m) => m.item).sort());
        expect(x.up.length + x.down.length + x.other.length).toBeLessThanOrEqual(24);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('formatDelta', () => {
  it.each([
    [7, '+0,7'],
    [-12, '−1,2'],
    [0, '0,0'],
    [30, '+3,0'],
  ])('%i → %s', (n, s) => expect(formatDelta(n)).toBe(s));
});
