/**
 * Dutch formatting of the calculator's numbers: "€ 1.234,50", "2,5", "+10", "€ 1,2 mln.".
 *
 * Written out by hand instead of with Intl.NumberFormat, for two reasons:
 * - the first Dutch Intl formatter in a page loads ICU data in one block of about 30 ms, which
 *   was most of the calculator's start-up time (on a phone four times that);
 * - the build (Node's ICU) and the browser (Chromium's ICU) then always print the same text.
 * tests/unit/lib/klantwaarde/format.test.ts holds the output to Intl's Dutch format.
 *
 * Everything works on decimal digit strings, so money in integer cents prints exactly, even
 * beyond 2^53 cents (bigint). Other numbers are rounded half away from zero on their shortest
 * decimal form (what `String(n)` prints), as Intl does: 1.005 → "1,01".
 */
import { DECIMALS, type Unit } from './fields';

/** Between "€" and the amount, and before "mln.": a no-break space, as Intl writes it. */
const NBSP = '\u00a0';

/** A non-negative decimal as [integer digits, fraction digits]. */
type Digits = [string, string];

/** Moves the decimal point `by` places to the right (left when negative). */
function shift(int: string, frac: string, by: number): Digits {
  const all = int + frac;
  const point = int.length + by;
  const padded = point < 1 ? '0'.repeat(1 - point) + all : all.padEnd(point, '0');
  const at = Math.max(point, 1);
  return [padded.slice(0, at), padded.slice(at)];
}

/** |n| in its shortest decimal form without exponent: 1.5e-7 → ["0", "00000015"]. */
function digitsOf(n: number): Digits {
  const [, int = '0', frac = '', exp = '0'] = /^(\d+)\.?(\d*)(?:e([+-]\d+))?$/.exec(String(Math.abs(n))) ?? [];
  return shift(int, frac, Number(exp));
}

/** Rounds half away from zero to `max` decimals, drops trailing zeros, pads to `min`: "1.234,5". */
function write([int, frac]: Digits, max: number, min = 0): string {
  const scaled = BigInt(int + frac.slice(0, max).padEnd(max, '0')) + (frac.charAt(max) >= '5' ? 1n : 0n);
  const s = scaled.toString().padStart(max + 1, '0');
  const f = s
    .slice(s.length - max)
    .replace(/0+$/, '')
    .padEnd(min, '0');
  return s.slice(0, s.length - max).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (f ? `,${f}` : '');
}

/** A number rounded to `max` decimals, with "-" (or "+" when `signed`) only if it is not zero. */
function plain(n: number, max: number, min = 0, signed = false): string {
  const v = Number.isFinite(n) ? n : 0;
  const out = write(digitsOf(v), max, min);
  return (/[1-9]/.test(out) ? (v < 0 ? '-' : signed ? '+' : '') : '') + out;
}

/** "€ 1.000", "€ 12,50", "€ -800": the Dutch euro format, without ",00" for whole euros. */
export function formatMoney(cents: number | bigint): string {
  const c = typeof cents === 'bigint' ? cents : BigInt(Math.round(Number.isFinite(cents) ? cents : 0));
  const [int, frac] = shift((c < 0n ? -c : c).toString(), '', -2);
  const d = /[1-9]/.test(frac) ? 2 : 0;
  return `€${NBSP}${c < 0n ? '-' : ''}${write([int, frac], d, d)}`;
}

/** An NPS value: "+10", "-5,5", "0". */
export function formatNps(nps: number): string {
  return plain(nps, 1, 0, true);
}

/** A plain number with up to `maxDecimals` decimals: "1.000", "2,5". */
export function formatNumber(n: number, maxDecimals = 2): string {
  return plain(n, maxDecimals);
}

/** A stored integer in a unit written for display or as input text: money "12,50", years "2,5", pct "20". */
export function formatUnit(value: number, unit: Unit): string {
  const d = DECIMALS[unit];
  return plain(value / 10 ** d, d, unit === 'money' && value % 100 !== 0 ? 2 : 0);
}

/** Dutch short scales for chart labels, largest first: [powers of ten, word]. */
const SCALES = [
  [12, 'bln.'],
  [9, 'mld.'],
  [6, 'mln.'],
] as const;

/** Short money for chart labels: exact below a million euros, then "€ 1,2 mln.", "€ 3 mld.". */
export function formatMoneyShort(cents: number): string {
  const c = Number.isFinite(cents) ? cents : 0;
  // The largest scale the amount reaches; if rounding makes that 1.000 (999,96 mln.), the next one up.
  let i = SCALES.findIndex(([d]) => Math.abs(c) >= 10 ** (d + 2));
  if (i < 0) return formatMoney(c);
  if (i > 0 && Math.abs(c) >= 99_995 * 10 ** SCALES[i]![0]) i--;
  const [d, word] = SCALES[i]!;
  // One division by a power of ten: for up to 15 digits this is exactly the decimal amount.
  return `€${NBSP}${plain(c / 10 ** (d + 2), 1)}${NBSP}${word}`;
}
