/** Shared fast-check arbitraries for the impact matrix tests: valid matrices and any text. */
import { expect } from 'vitest';
import fc from 'fast-check';
import {
  GOALS,
  MAX_TOUCHPOINTS,
  inScale,
  MAX_GOAL_TEXT,
  MAX_NAME,
  MAX_TITLE,
  MAX_UNIT,
  MEASURES,
  cleanText,
  scaleOf,
  type Matrix,
  type Measure,
  type Touchpoint,
} from '../../../../src/lib/impactmatrix/fields';

export const RUNS = { numRuns: 10_000 };

/** Any UTF-16 text, lone surrogates and control characters included. */
export const anyText = (maxLength = 60) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'binary' }),
    fc.string({ maxLength, unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.string({ maxLength, unit: fc.constantFrom(';', ',', '=', '%', '_', 'e', 'p', '-', '.', '1', '4', '0', '\t', '\n', '"', ' ', 'é', '😀') }),
  );

/** Text as a valid matrix holds it. */
export const validText = (max: number) => fc.string({ maxLength: max, unit: fc.oneof(fc.constantFrom('a', ' ', '_', ',', ';', '%', '<', '"', "'", 'é', '😀', '=', '~'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }).map((s) => cleanText(s, max));

const value = (column: 'sat' | 'impact' | 'volume', measure: Measure) => {
  const s = scaleOf(column, measure);
  return fc.option(fc.oneof(fc.integer({ min: s.min, max: s.max }), fc.constantFrom(s.min, s.max, 0 >= s.min ? 0 : s.min)), { nil: null });
};

export const touchpoint = (measure: Measure, name = validText(MAX_NAME)): fc.Arbitrary<Touchpoint> =>
  fc.record({ name, sat: value('sat', measure), impact: value('impact', measure), volume: value('volume', measure) });

/** Any valid matrix (at most 100 touchpoints). */
export const matrix = (opts: { maxTouchpoints?: number; name?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Matrix> =>
  fc.constantFrom(...MEASURES).chain((measure) =>
    fc.record({
      title: validText(MAX_TITLE),
      measure: fc.constant(measure),
      goal: fc.constantFrom(...GOALS),
      goalText: validText(MAX_GOAL_TEXT),
      unit: validText(MAX_UNIT),
      divX: value('sat', measure),
      divY: value('impact', measure),
      touchpoints: fc.array(touchpoint(measure, opts.name), { maxLength: opts.maxTouchpoints ?? 100 }),
    }),
  );

/** Every invariant a decoded matrix keeps, whatever the input. */
export function expectValidMatrix(m: Matrix) {
  expect(m.touchpoints.length).toBeLessThanOrEqual(MAX_TOUCHPOINTS);
  expect(inScale(m.divX, 'sat', m.measure) && inScale(m.divY, 'impact', m.measure)).toBe(true);
  for (const t of m.touchpoints) {
    expect(t.name.length).toBeLessThanOrEqual(MAX_NAME);
    expect(t.name).not.toMatch(/[\u0000-\u001f]/);
    expect(() => encodeURIComponent(t.name)).not.toThrow();
    expect(inScale(t.sat, 'sat', m.measure) && inScale(t.impact, 'impact', m.measure) && inScale(t.volume, 'volume', m.measure)).toBe(true);
  }
}

