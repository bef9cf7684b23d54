import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyMatrix, type Matrix, type Touchpoint } from '../../../../src/lib/impactmatrix/fields';
import { dividers, median, missingRows, pointsOf, quadrantCounts, quadrantOf, rank, room } from '../../../../src/lib/impactmatrix/model';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';
import { RUNS, matrix } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const tp = (name: string, sat: number | null, impact: number | null, volume: number | null): Touchpoint => ({ name, sat, impact, volume });
const with_ = (over: Partial<Matrix>, ...touchpoints: Touchpoint[]): Matrix => ({ ...emptyMatrix(), ...over, touchpoints });

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7, 7, 7, 7], 7],
  ])('%j → %j', (values, m) => expect(median(values)).toBe(m));
});

describe('dividers and quadrants', () => {
  const example = exampleMatrix('Voorbeeld', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);

  it('puts the lines at the medians and two touchpoints in each quadrant of the example', () => {
    const d = dividers(example);
    expect(d).toEqual({ x: 335, y: 60, xAuto: true, yAuto: true });
    const counts = quadrantCounts(rank(example).ranked);
    expect(counts).toEqual({ fix: 2, grow: 2, prevent: 2, cost: 2 });
  });

  it('uses the middle of the scale when there is nothing to take a median of', () => {
    expect(dividers(emptyMatrix())).toEqual({ x: 300, y: 50, xAuto: true, yAuto: true });
    expect(dividers(with_({ measure: 'nps' }))).toMatchObject({ x: 0 });
  });

  it('keeps a line the team moved', () => {
    expect(dividers({ ...example, divX: 400, divY: 30 })).toEqual({ x: 400, y: 30, xAuto: false, yAuto: false });
  });

  it.each<[Matrix['measure'], number, number, string]>([
    ['csat', 450, 80, 'grow'],
    ['csat', 200, 80, 'fix'],
    ['csat', 200, 20, 'prevent'],
    ['csat', 450, 20, 'cost'],
    // On the line counts as high.
    ['csat', 300, 50, 'grow'],
    // CES: a low score (little effort) is the satisfied side.
    ['ces', 150, 80, 'grow'],
    ['ces', 600, 80, 'fix'],
  ])('%s %i / impact %i → %s', (measure, sat, impact, q) => {
    const d = { x: measure === 'ces' ? 400 : 300, y: 50, xAuto: true, yAuto: true };
    expect(quadrantOf(sat, impact, d, { measure })).toBe(q);
  });
});

describe('priority', () => {
  it('is impact × room for improvement × volume, relative to the highest', () => {
    const m = with_({}, tp('a', 100, 100, 1000), tp('b', 300, 100, 1000), tp('c', 500, 100, 1000), tp('d', 100, 50, 500));
    const r = rank(m).ranked;
    expect(r.map((x) => [x.name, x.priority])).toEqual([
      ['a', 100],
      ['b', 50],
      ['d', 25],
      ['c', 0],
    ]);
  });

  it('reads room for improvement the right way round for CES', () => {
    expect(room(100, { measure: 'ces' })).toBe(0);
    expect(room(700, { measure: 'ces' })).toBe(1);
    expect(room(100, { measure: 'csat' })).toBe(1);
  });

  it('leaves volume out when every volume is 0', () => {
    const m = with_({}, tp('a', 200, 50, 0), tp('b', 200, 100, 0));
    const { ranked, volumeIgnored } = rank(m);
    expect(volumeIgnored).toBe(true);
    expect(ranked.map((x) => [x.name, x.priority])).toEqual([
      ['b', 100],
      ['a', 50],
    ]);
  });

  it('breaks ties by impact, then volume, then table order', () => {
    const m = with_({}, tp('a', 500, 10, 5), tp('b', 500, 90, 5), tp('c', 500, 90, 9), tp('d', 500, 90, 9));
    expect(rank(m).ranked.map((x) => x.name)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('leaves incomplete rows out and says which cells are empty', () => {
    const m = with_({}, tp('a', 400, 50, 10), tp('b', null, 50, null), tp('', 300, null, 4));
    expect(pointsOf(m).map((p) => p.row)).toEqual([1]);
    expect(missingRows(m)).toEqual([
      { row: 2, name: 'b', empty: ['sat', 'volume'] },
      { row: 3, name: '', empty: ['impact'] },
    ]);
  });

  it('ranks every complete touchpoint once, priorities 0–100, the first at 100 unless all are 0', () => {
    fc.assert(
      fc.property(matrix({ maxTouchpoints: 30 }), (m) => {
        const { ranked } = rank(m);
        expect(ranked).toHaveLength(pointsOf(m).length);
        expect(new Set(ranked.map((r) => r.row)).size).toBe(ranked.length);
        for (const r of ranked) expect(r.priority >= 0 && r.priority <= 100).toBe(true);
        if (ranked.length > 0 && ranked.some((r) => r.score > 0)) expect(ranked[0]!.priority).toBe(100);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score >= ranked[i]!.score).toBe(true);
      }),
      RUNS,
    );
  });
});
