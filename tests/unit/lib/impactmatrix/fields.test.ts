import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { better, cleanText, convertSat, fromBetter, inScale, withMeasure, emptyMatrix, type Measure } from '../../../../src/lib/impactmatrix/fields';
import { RUNS } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describe('scales', () => {
  it.each<[Measure, number, number]>([
    ['csat', 100, 0],
    ['csat', 500, 1],
    ['csat', 300, 0.5],
    ['nps', -10000, 0],
    ['nps', 10000, 1],
    ['nps', 0, 0.5],
    // CES: lower effort is better, so 1 is the best and 7 the worst.
    ['ces', 100, 1],
    ['ces', 700, 0],
    ['ces', 400, 0.5],
  ])('%s %i sits at %d between worst and best', (measure, sat, b) => {
    expect(better(sat, measure)).toBeCloseTo(b, 10);
    expect(fromBetter(b, measure)).toBe(sat);
  });

  it.each<[number, Measure, Measure, number]>([
    [400, 'csat', 'nps', 5000],
    [400, 'csat', 'ces', 250],
    [250, 'ces', 'csat', 400],
    [-5000, 'nps', 'ces', 550],
    [425, 'csat', 'csat', 425],
  ])('converts %i from %s to %s: %i', (v, from, to, out) => {
    expect(convertSat(v, from, to)).toBe(out);
  });

  it('converts the satisfaction scores and the divider when the measure changes', () => {
    const m = { ...emptyMatrix(), divX: 300, touchpoints: [{ name: 'a', sat: 500, impact: 10, volume: 1 }, { name: 'b', sat: null, impact: null, volume: null }] };
    const c = withMeasure(m, 'ces');
    expect(c.measure).toBe('ces');
    expect(c.divX).toBe(400);
    expect(c.touchpoints.map((t) => t.sat)).toEqual([100, null]);
  });

  it('keeps converted scores in range', () => {
    fc.assert(
      fc.property(fc.constantFrom<Measure>('csat', 'nps', 'ces'), fc.constantFrom<Measure>('csat', 'nps', 'ces'), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, f) => {
        const v = fromBetter(f, a);
        expect(inScale(v, 'sat', a)).toBe(true);
        expect(inScale(convertSat(v, a, b), 'sat', b)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('cleanText', () => {
  it.each([
    ['Schade melden', 'Schade melden'],
    ['tab\there', 'tab here'],
    ['new\nline', 'new line'],
    ['lone \ud800 half', 'lone \ufffd half'],
    ['😀 emoji', '😀 emoji'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%j → %j', (input, out) => {
    expect(cleanText(input, 200)).toBe(out);
  });

  it('cuts at the maximum without splitting an emoji', () => {
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanText('x'.repeat(250), 200)).toHaveLength(200);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(cleanText(cleanText(s, 50), 50)).toBe(cleanText(s, 50));
      }), RUNS);
  });
});
