/**
 * The calculator formats numbers by hand (no Intl in the browser, see format.ts). These tests
 * hold that output to Intl's Dutch format in Node, over fixed cases and 10,000 random ones,
 * and name the places where we differ from Intl on purpose: the minus sign is U+2212 (Intl
 * writes the hyphen), and amounts from € 1.000 are whole euros.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINUS, formatMoney, formatMoneyShort, formatNps, formatNumber, formatUnit } from '../../../../src/lib/klantwaarde/format';
import { DECIMALS, type Unit } from '../../../../src/lib/klantwaarde/fields';

const RUNS = { numRuns: 10_000 };
const nl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl-NL', options);
const money = nl({ style: 'currency', currency: 'EUR', trailingZeroDisplay: 'stripIfInteger' });
const euros = nl({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
/** Intl's Dutch output with our minus sign. */
const minus = (s: string) => s.replace('-', MINUS);
/** What formatMoney writes for `cents` as a decimal euro string, by Intl's rules plus ours. */
const intlMoney = (text: `${number}`, atLeastThousand: boolean) => minus((atLeastThousand ? euros : money).format(text));
const compact = nl({ style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
const nps = nl({ maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const plain = (max: number, min = 0) => nl({ maximumFractionDigits: max, minimumFractionDigits: min });
/** Intl writes "-0" for a negative number that rounds to zero; we write "0". */
const noNegativeZero = (s: string) => minus(s.replace(/^-(0(,0*)?)$/, '$1'));

/** Numbers as the calculator meets them: integers, decimals, halves, tiny and huge values. */
const numbers = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -2e6, max: 2e6 }).map((n) => n / 100 + 0.005),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
);

describe('formatMoney', () => {
  it('is Intl’s Dutch euro format for any number of cents, in whole euros from € 1.000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(formatMoney(cents)).toBe(intlMoney(text as `${number}`, Math.abs(cents) >= 100_000));
      }),
      RUNS,
    );
  });

  it('rounds to whole euros when asked (value per NPS point), half away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(formatMoney(cents, true)).toBe(noNegativeZero(euros.format(text as `${number}`)).replace(/^€\s[-−]0$/, '€\u00a00'));
      }),
      RUNS,
    );
  });

  it.each([
    [-80_000, '€ −800'],
    [1_450, '€ 14,50'],
    [99_999, '€ 999,99'],
    [100_049, '€ 1.000'],
    [1_433_333, '€ 14.333'],
    [-49, '€ −0,49'],
  ])('formatMoney(%s) = %s', (cents, text) => {
    expect(formatMoney(cents).replaceAll('\u00a0', ' ')).toBe(text);
  });

  it('prints bigint totals exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const text = `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        expect(formatMoney(cents)).toBe(intlMoney(text as `${number}`, abs >= 100_000n));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('formatNumber and formatNps', () => {
  it('round half away from zero on the shortest decimal, as Intl does', () => {
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 3 }), (n, max) => {
        expect(formatNumber(n, max)).toBe(noNegativeZero(plain(max).format(n)));
        expect(formatNps(n)).toBe(minus(nps.format(n)));
      }),
      RUNS,
    );
  });

  it.each([
    [1.005, 2, '1,01'],
    [1234.5, 0, '1.235'],
    [-2.5, 0, '−3'],
    [-0.004, 2, '0'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
    [1.5e-7, 2, '0'],
    [999.995, 2, '1.000'],
  ])('formatNumber(%s, %s) = %s', (n, max, text) => {
    expect(formatNumber(n, max)).toBe(text);
  });

  it('never prints NaN or Infinity', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(n)).toBe('0');
      expect(formatNps(n)).toBe('0');
    }
  });
});

describe('formatUnit', () => {
  it('matches Intl for every unit and stored integer', () => {
    const units = Object.keys(DECIMALS) as Unit[];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.integer({ min: -1e12, max: 1e12 }), (unit, value) => {
        const d = DECIMALS[unit];
        const expected = unit === 'money' ? plain(2, value % 100 === 0 ? 0 : 2) : plain(d);
        expect(formatUnit(value, unit)).toBe(noNegativeZero(expected.format(value / 10 ** d)));
      }),
      RUNS,
    );
  });
});

describe('formatMoneyShort', () => {
  it('is exact below a million euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), (cents) => {
        expect(formatMoneyShort(cents)).toBe(formatMoney(cents));
        expect(formatMoneyShort(BigInt(cents))).toBe(formatMoney(cents));
      }),
      RUNS,
    );
  });

  it('is Intl’s Dutch compact euro format from a million to a thousand billion euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000_000, max: 99_999_999_999_999 }), (cents) => {
        expect(formatMoneyShort(cents)).toBe(minus(compact.format(cents / 100)));
      }),
      RUNS,
    );
  });

  it.each([
    [99_996_000_000, '€ 1 mld.'],
    [95_000_000_000, '€ 950 mln.'],
    [-150_000_000, '€ −1,5 mln.'],
    [99_994_000_000_000_000, '€ 999,9 bln.'],
    // From a thousand billion euros the exact amount: "€ 1.500 bln." mixes two scales.
    [99_995_000_000_000_000, '€ 999.950.000.000.000'],
    [1.5e17, '€ 1.500.000.000.000.000'],
    [-(10n ** 21n), '€ −10.000.000.000.000.000.000'],
  ])('formatMoneyShort(%s) = %s (our own choices where Intl is odd)', (cents, text) => {
    expect(formatMoneyShort(cents).replaceAll('\u00a0', ' ')).toBe(text);
  });
});
