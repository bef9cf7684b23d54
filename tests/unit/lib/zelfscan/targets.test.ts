/** Targets: the steps between where an item is and where its dimension should be in 12 months. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanTargets, stepsTo, targetPaths } from '../../../../src/lib/zelfscan/targets';
import type { Answer, Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answerArb, answersArb } from './arbitraries';

const of = (items: string): Answers => ({
  context: [null, null, null],
  items: [...items.replace(/\s/g, '')].map((c) => (c === '-' ? null : (Number(c) as Answer))),
});

describe('stepsTo', () => {
  it.each<[Answer, number | null, number[]]>([
    [2, 4, [2, 3]],
    [1, 5, [1, 2, 3, 4]],
    [3, 4, [3]],
    [4, 4, []],
    [5, 3, []],
    [0, 4, []],
    [null, 4, []],
    [2, null, []],
    [2, 6, []],
  ])('%j to %j: advice of levels %j', (a, target, steps) => {
    expect(stepsTo(a, target)).toEqual(steps);
  });

  it('every step leads one level up, from the answer to the target', () => {
    fc.assert(
      fc.property(answerArb, fc.integer({ min: 0, max: 6 }), (a, target) => {
        const s = stepsTo(a, target);
        s.forEach((l, i) => expect(l).toBe((a as number) + i));
        if (s.length > 0) expect(s[s.length - 1]! + 1).toBe(target);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('targetPaths', () => {
  it('for each dimension with a target: the items below it and their steps; items without a level apart', () => {
    const paths = targetPaths(SHAPE, of('1234 2222 3333 0-22 5555 2222'), [4, null, 3, 4, 4, null]);
    expect(paths.map((p) => [p.dimension, p.level, p.target])).toEqual([
      [0, 2, 4],
      [2, 3, 3],
      [3, 2, 4],
      [4, 5, 4],
    ]);
    expect(paths[0]?.items).toEqual([
      { item: 0, from: 1, steps: [1, 2, 3] },
      { item: 1, from: 2, steps: [2, 3] },
      { item: 2, from: 3, steps: [3] },
    ]);
    expect(paths[1]?.items).toEqual([]);
    expect(paths[2]?.unknown).toEqual([12, 13]);
    expect(paths[3]?.items).toEqual([]);
  });

  it('never lists an item at or above its target', () => {
    const targets = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(answersArb, targets, (a, t) => {
        for (const p of targetPaths(SHAPE, a, t)) for (const x of p.items) expect(x.from).toBeLessThan(p.target);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('cleanTargets', () => {
  it('keeps levels 1–5, one per dimension, and nothing else', () => {
    expect(cleanTargets(SHAPE, [3, 0, 6, '4', 2.5, 5, 4])).toEqual([3, null, null, null, null, 5]);
  });
});
