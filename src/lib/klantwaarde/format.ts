/**
 * Dutch formatting of the calculator's numbers. Money is formatted from integer cents through
 * a decimal string, so even totals beyond 2^53 cents print exactly.
 */
import { DECIMALS, type Unit } from './fields';

const LOCALE = 'nl-NL';
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', trailingZeroDisplay: 'stripIfInteger' });
const cache = new Map<string, Intl.NumberFormat>();
function nf(maxDecimals: number, signed = false, minDecimals = 0): Intl.NumberFormat {
  const id = `${maxDecimals}-${signed}-${minDecimals}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, {
      maximumFractionDigits: maxDecimals,
      minimumFractionDigits: minDecimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(id, f);
  }
  return f;
}

/** Cents (number or bigint) as a decimal string "-1234.05", for exact formatting. */
export function centsToDecimal(cents: number | bigint): `${number}` {
  const c = typeof cents === 'bigint' ? cents : BigInt(Math.round(Number.isFinite(cents) ? cents : 0));
  const neg = c < 0n;
  const abs = neg ? -c : c;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` as `${number}`;
}

/** "€ 1.000", "€ 12,50", "€ -800": Intl's Dutch euro format, without ",00" for whole euros. */
export function formatMoney(cents: number | bigint): string {
  return money.format(centsToDecimal(cents));
}

/** An NPS value: "+10", "-5,5", "0". */
export function formatNps(nps: number): string {
  return nf(1, true).format(Number.isFinite(nps) ? nps : 0);
}

/** A plain number with up to `maxDecimals` decimals: "1.000", "2,5". */
export function formatNumber(n: number, maxDecimals = 2): string {
  return nf(maxDecimals).format(Number.isFinite(n) ? n : 0);
}

/** A stored integer in a unit written for display or as input text: money "12,50", years "2,5", pct "20". */
export function formatUnit(value: number, unit: Unit): string {
  const d = DECIMALS[unit];
  const n = value / 10 ** d;
  if (unit === 'money') return nf(2, false, value % 100 === 0 ? 0 : 2).format(n);
  return nf(d).format(n);
}

const moneyCompact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** Short money for chart labels: exact up to a million euros, then "€ 1,2 mln.". */
export function formatMoneyShort(cents: number): string {
  const c = Number.isFinite(cents) ? cents : 0;
  return Math.abs(c) < 100_000_000 ? formatMoney(c) : moneyCompact.format(c / 100);
}
