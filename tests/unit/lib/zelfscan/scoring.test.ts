import { describe, expect, it } from 'vitest';
import {
  formatTenths,
  nextSteps,
  overallScore,
  scoreAnswers,
  scoreDimension,
  type DimensionScore,
} from '../../../../src/lib/zelfscan/scoring';
import type { Answer, ModelShape } from '../../../../src/lib/zelfscan/types';

const SHAPE: ModelShape = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };
const fill = (a: Answer) => Array.from({ length: 24 }, () => a);
/** Answers written per dimension: "1234 5555 …"; x = weet ik niet, - = open. */
const parse = (s: string): Answer[] =>
  [...s.replace(/\s/g, '')].map((c) => (c === '-' ? null : c === 'x' ? 0 : (Number(c) as Answer)));

describe('scoreDimension', () => {
  it.each([
    { answers: [1, 1, 1, 1], tenths: 10, level: 1 },
    { answers: [5, 5, 5, 5], tenths: 50, level: 5 },
    { answers: [3, 3, 4, 4], tenths: 35, level: 3 },
    { answers: [3, 4, 4, 4], tenths: 38, level: 3 },
    { answers: [2, 3, 3, null], tenths: 27, level: 2 },
    { answers: [4, 5, 0, 0], tenths: 45, level: 4 },
    { answers: [1, 2, 0, null], tenths: 15, level: 1 },
    { answers: [5, 0, 0, 0], tenths: null, level: null },
    { answers: [4, null, null, null], tenths: null, level: null },
    { answers: [0, 0, 0, 0], tenths: null, level: null },
    { answers: [null, null, null, null], tenths: null, level: null },
    // 13 / 4 = 3.25 → rounded half up to 3.3 (what the user sees is what counts)
    { answers: [3, 3, 3, 4], tenths: 33, level: 3 },
    // 2.96… → 3.0 → level 3, never "3,0 but level 2"
    { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2], tenths: 30, level: 3 },
  ] as { answers: Answer[]; tenths: number | null; level: number | null }[])(
    '$answers → $tenths',
    ({ answers, tenths, level }) => {
      const d = scoreDimension(answers);
      expect(d.tenths).toBe(tenths);
      expect(d.level).toBe(level);
    },
  );

  it('counts answered and "weet ik niet" separately', () => {
    expect(scoreDimension([1, 0, null, 4])).toMatchObject({ total: 4, answered: 2, dontKnow: 1 });
  });

  it('half of the items answered is enough; fewer is not', () => {
    expect(scoreDimension([2, 4, null, null]).tenths).toBe(30);
    expect(scoreDimension([2, 4, null, null, null]).tenths).toBeNull();
    expect(scoreDimension([2, 4, 3, null, null]).tenths).toBe(30);
  });
});

describe('scoreAnswers: overall level', () => {
  it.each([
    { name: 'all lowest → level 1', answers: fill(1), tenths: 10, level: 1, capped: false },
    { name: 'all highest → level 5', answers: fill(5), tenths: 50, level: 5, capped: false },
    { name: 'all middle → level 3', answers: fill(3), tenths: 30, level: 3, capped: false },
    {
      name: 'mixed, mean 3.5 → level 3',
      answers: parse('3344 3344 3344 3344 3344 3344'),
      tenths: 35,
      level: 3,
      capped: false,
    },
    {
      name: 'weakest link caps the level',
      answers: parse('5555 5555 5555 5555 5555 1111'),
      tenths: 43,
      level: 2,
      capped: true,
    },
    {
      name: 'one level above the weakest is allowed',
      answers: parse('4444 4444 4444 4444 4444 3333'),
      tenths: 38,
      level: 3,
      capped: false,
    },
    {
      name: '"weet ik niet" does not count',
      answers: parse('44xx 44xx 44xx 44xx 44xx 44xx'),
      tenths: 40,
      level: 4,
      capped: false,
    },
    {
      name: 'insufficient dimensions are left out of the mean',
      answers: parse('2222 2222 2222 5--- xxxx ----'),
      tenths: 20,
      level: 2,
      capped: false,
    },
    {
      name: 'fewer than half of the dimensions scored → no overall level',
      answers: parse('3333 3333 1--- ---- xxxx ----'),
      tenths: null,
      level: null,
      capped: false,
    },
    { name: 'nothing answered → no overall level', answers: fill(null), tenths: null, level: null, capped: false },
    { name: 'only "weet ik niet" → no overall level', answers: fill(0), tenths: null, level: null, capped: false },
  ])('$name', ({ answers, tenths, level, capped }) => {
    const r = scoreAnswers(SHAPE, answers);
    expect(r.overall.tenths).toBe(tenths);
    expect(r.overall.level).toBe(level);
    expect(r.overall.capped).toBe(capped);
  });

  it('marks insufficient dimensions', () => {
    const r = scoreAnswers(SHAPE, parse('2222 2222 2222 5--- xxxx ----'));
    expect(r.dimensions.map((d) => d.tenths)).toEqual([20, 20, 20, null, null, null]);
    expect(r.overall.scored).toBe(3);
  });

  it('treats missing trailing answers as open', () => {
    const r = scoreAnswers(SHAPE, [3, 3, 3, 3]);
    expect(r.dimensions[0]?.tenths).toBe(30);
    expect(r.dimensions[1]?.tenths).toBeNull();
  });
});

describe('strongest and weakest', () => {
  it.each([
    { answers: '1111 2222 3333 4444 5555 3333', strongest: 4, weakest: 0, allEqual: false },
    { answers: '3333 5555 5555 1111 1111 3333', strongest: 1, weakest: 3, allEqual: false },
    { answers: '3333 3333 3333 3333 3333 3333', strongest: 0, weakest: 0, allEqual: true },
    { answers: '---- ---- ---- ---- ---- ----', strongest: null, weakest: null, allEqual: false },
  ])('$answers', ({ answers, strongest, weakest, allEqual }) => {
    const r = scoreAnswers(SHAPE, parse(answers));
    expect(r.strongest).toBe(strongest);
    expect(r.weakest).toBe(weakest);
    expect(r.allEqual).toBe(allEqual);
  });
});

describe('next steps', () => {
  it.each([
    {
      name: 'one step from each of the three weakest dimensions, lowest answer first',
      answers: '4444 3213 5555 2442 4344 3333',
      steps: [
        { dimension: 1, item: 6, level: 1 },
        { dimension: 3, item: 12, level: 2 },
        { dimension: 5, item: 20, level: 3 },
      ],
    },
    {
      name: 'ties between dimensions and items go to what comes first in the scan',
      answers: '2222 2222 2222 2222 2222 2222',
      steps: [
        { dimension: 0, item: 0, level: 2 },
        { dimension: 1, item: 4, level: 2 },
        { dimension: 2, item: 8, level: 2 },
      ],
    },
    {
      name: 'fewer than three dimensions to improve: a second step from the weakest',
      answers: '5555 5555 1235 5555 5545 5555',
      steps: [
        { dimension: 2, item: 8, level: 1 },
        { dimension: 4, item: 18, level: 4 },
        { dimension: 2, item: 9, level: 2 },
      ],
    },
    { name: 'all at level 5: no steps', answers: '5555 5555 5555 5555 5555 5555', steps: [] },
    {
      name: 'insufficient dimensions are skipped',
      answers: '1--- 2222 3333 4444 xxxx 3333',
      steps: [
        { dimension: 1, item: 4, level: 2 },
        { dimension: 2, item: 8, level: 3 },
        { dimension: 5, item: 20, level: 3 },
      ],
    },
  ])('$name', ({ answers, steps }) => {
    expect(scoreAnswers(SHAPE, parse(answers)).nextSteps).toEqual(steps);
  });

  it('respects the count', () => {
    const items = parse('1111 1111 1111 1111 1111 1111');
    const dims = scoreAnswers(SHAPE, items).dimensions;
    expect(nextSteps(SHAPE, items, dims, 5)).toHaveLength(5);
  });

  it('is deterministic', () => {
    const items = parse('2313 1122 4412 3x-2 5151 2222');
    expect(scoreAnswers(SHAPE, items).nextSteps).toEqual(scoreAnswers(SHAPE, items).nextSteps);
  });
});

describe('overallScore edge cases', () => {
  const dim = (tenths: number | null, index: number): DimensionScore => ({
    index,
    total: 4,
    answered: tenths === null ? 0 : 4,
    dontKnow: 0,
    tenths,
    level: tenths === null ? null : Math.floor(tenths / 10),
  });
  it('needs half of the dimensions', () => {
    expect(overallScore([dim(30, 0), dim(null, 1)]).level).toBe(3);
    expect(overallScore([dim(30, 0), dim(null, 1), dim(null, 2)]).level).toBeNull();
    expect(overallScore([]).level).toBeNull();
  });
});

describe('formatTenths', () => {
  it.each([
    [10, '1,0'],
    [35, '3,5'],
    [50, '5,0'],
  ])('%i → %s', (t, s) => expect(formatTenths(t)).toBe(s));
});
