import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, hasAnswers } from '../../../../src/lib/zelfscan/share';
import { emptyAnswers, type Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answersArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };

/** Checks that a decoded value is a valid state for the shape. */
function expectValid(a: Answers) {
  expect(a.context).toHaveLength(3);
  a.context.forEach((c, i) => {
    if (c !== null) {
      expect(Number.isInteger(c)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(SHAPE.contextSizes[i]!);
    }
  });
  expect(a.items).toHaveLength(24);
  for (const x of a.items) expect([null, 0, 1, 2, 3, 4, 5]).toContain(x);
}

describe('share codes', () => {
  it('encodes compactly and readably', () => {
    const a: Answers = { context: [2, null, 1], items: [1, 2, 3, 4, 5, 0, null, ...Array(17).fill(3)] };
    expect(encodeShare(SHAPE, a)).toBe('v1.302.123450-33333333333333333');
  });

  it('encodes empty answers', () => {
    expect(encodeShare(SHAPE, emptyAnswers(SHAPE))).toBe(`v1.000.${'-'.repeat(24)}`);
  });

  it.each([
    ['#v1.302.123450333333333333333333', true],
    ['  v1.302.123450333333333333333333\n', true],
    ['v1.000.------------------------', true],
  ])('decodes %j', (input, ok) => {
    expect(decodeShare(SHAPE, input).ok).toBe(ok);
  });

  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['   ', 'empty'],
    ['hallo', 'format'],
    ['v.302.1', 'format'],
    ['x1.302.123450333333333333333333', 'format'],
    ['v1.302', 'format'],
    ['v1.302.123450333333333333333333.extra', 'format'],
    ['v1.30.123450333333333333333333', 'length'],
    ['v1.302.12345', 'length'],
    ['v1.302.123450333333333333333336', 'chars'],
    ['v1.902.123450333333333333333333', 'chars'],
    ['v1.352.123450333333333333333333', 'chars'],
    ['v1.30a.123450333333333333333333', 'chars'],
    ['v1.302.1234503333333333333333x3', 'chars'],
    ['v1.302.123450333333333333333333' + '3'.repeat(600), 'length'],
  ])('refuses %j with %s', (input, error) => {
    const r = decodeShare(SHAPE, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(error);
  });

  it.each([
    ['v2.302.123450333333333333333333', 2],
    ['#v0.1', 0],
    ['v17.abc', 17],
  ])('names the version of a link from another model version: %s', (input, version) => {
    expect(decodeShare(SHAPE, input)).toEqual({ ok: false, error: 'version', version });
  });

  it('refuses non-strings', () => {
    for (const x of [null, undefined, 3, {}, []]) expect(decodeShare(SHAPE, x)).toEqual({ ok: false, error: 'empty' });
  });

  it('round-trips every possible state', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const code = encodeShare(SHAPE, a);
        const r = decodeShare(SHAPE, `#${code}`);
        expect(r).toEqual({ ok: true, answers: a });
      }),
      RUNS,
    );
  });

  it('fuzz: any string decodes to a valid state or a named error, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = decodeShare(SHAPE, s);
        if (r.ok) expectValid(r.answers);
        else expect(['empty', 'format', 'version', 'length', 'chars']).toContain(r.error);
      }),
      RUNS,
    );
  });

  it('fuzz: near-valid codes (right prefix, random body) decode validly or fail by name', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789-x.#v '.split('')), maxLength: 40 });
    fc.assert(
      fc.property(body, body, (ctx, items) => {
        const r = decodeShare(SHAPE, `v1.${ctx}.${items}`);
        if (r.ok) expectValid(r.answers);
        else expect(['format', 'length', 'chars']).toContain(r.error);
        if (r.ok) expect(encodeShare(SHAPE, r.answers)).toBe(`v1.${ctx}.${items}`);
      }),
      RUNS,
    );
  });

  it('fuzz: never yields NaN in the version', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = decodeShare(SHAPE, `v${s}`);
        if (!r.ok && r.version !== undefined) expect(Number.isFinite(r.version)).toBe(true);
      }),
      RUNS,
    );
  });

  it('hasAnswers', () => {
    expect(hasAnswers(emptyAnswers(SHAPE))).toBe(false);
    expect(hasAnswers({ context: [null, null, null], items: [0, ...Array(23).fill(null)] })).toBe(true);
  });
});
