import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDate, longDate } from '../../../../src/lib/zelfscan/date';

describe('dates', () => {
  it.each([
    ['2026-12-03', '3 december 2026'],
    ['2027-01-01', '1 januari 2027'],
    ['2028-02-29', '29 februari 2028'],
    ['2026-02-31', '2026-02-31'],
    ['3-12-2026', '3-12-2026'],
    ['', ''],
  ])('%s → %s', (iso, text) => {
    expect(longDate(iso)).toBe(text);
  });

  it('writes the local calendar day, not the UTC one', () => {
    expect(isoDate(new Date(2026, 11, 3, 0, 30))).toBe('2026-12-03');
    expect(isoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('reads back every day it writes, never throws on other text', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (d) => {
        expect(longDate(isoDate(d))).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
      }),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof longDate(s)).toBe('string');
      }),
      { numRuns: 10_000 },
    );
  });
});
