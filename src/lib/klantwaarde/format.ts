/**
 * Dutch formatting of the calculator's numbers: "€ 1.234,50", "€ −800", "2,5", "+10", "€ 1,2 mln.".
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
 *
 * Money, one way everywhere (calculator, meeting view, print, the business-case guide):
 * - A negative amount is "€ −800": the euro sign in front as with every amount, the minus right
 *   before the digits. That is the Dutch order (Intl/CLDR nl-NL: "€ -800", as in Dutch bank
 *   statements and invoices), not "−€ 800" or "€ 800-". We write the real minus sign (U+2212),
 *   not the hyphen: it is as wide as a digit and sits at its height, so on a projector it is not
 *   read as a dash, and screen readers say "min". A no-break space keeps "€" with the figure.
 * - From € 1.000 amounts are whole euros: the model's inputs are estimates, cents there would
 *   suggest a precision it does not have. Below that, cents only when there are any ("€ 12,50").
 * - Where space is short (chart labels, tiles, the meeting view) amounts from € 1 mln are
 *   compact ("€ 200,3 mln.", "€ 1,1 mld."), up to "€ 999,9 bln."; tables, sentences and print
 *   keep the exact amount.
 */
import { DECIMALS, type Unit } from './fields';

/** Between "€" and the amount, and before "mln.": a no-break space, as Intl writes it. */
const NBSP = '\u00a0';
/** The minus sign of amounts and scores (see the header). */
export const MINUS = '\u2212';

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

/** A number rounded to `max` decimals, with "−" (or "+" when `signed`) only if it is not zero. */
function plain(n: number, max: number, min = 0, signed = false): string {
  const v = Number.isFinite(n) ? n : 0;
  const out = write(digitsOf(v), max, min);
  return (/[1-9]/.test(out) ? (v < 0 ? MINUS : signed ? '+' : '') : '') + out;
}

/** "€ 1.000", "€ 12,50", "€ −800": the Dutch euro amount, exact; whole euros from € 1.000 or when `whole`. */
export function formatMoney(cents: number | bigint, whole = false): string {
  const c = typeof cents === 'bigint' ? cents : BigInt(Math.round(Number.isFinite(cents) ? cents : 0));
  const abs = c < 0n ? -c : c;
  const euros = whole || abs >= 100_000n;
  const [int, frac] = shift(abs.toString(), '', -2);
  const d = !euros && /[1-9]/.test(frac) ? 2 : 0;
  const out = write([int, frac], d, d);
  return `€${NBSP}${c < 0n && /[1-9]/.test(out) ? MINUS : ''}${out}`;
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

/** Dutch short scales, largest first: [powers of ten, word]. */
const SCALES = [
  [12, 'bln.'],
  [9, 'mld.'],
  [6, 'mln.'],
] as const;

/**
 * Money where space is short: exact below a million euros (whole when `whole`), then "€ 1,2 mln.",
 * "€ 3 mld.", "€ 999,9 bln."; from a thousand billion euros exact again ("€ 7.000.000.000.000.000.000"):
 * Dutch has no short word beyond "bln." that every reader knows, and "€ 7.000.000 bln." mixes
 * two scales in one figure, which is easily misread.
 */
export function formatMoneyShort(cents: number | bigint, whole = false): string {
  const c = Number(cents) || 0;
  // The largest scale the amount reaches; if rounding makes that 1.000 (999,96 mln.), the next one up.
  let i = SCALES.findIndex(([d]) => Math.abs(c) >= 10 ** (d + 2));
  if (i < 0 || Math.abs(c) >= 99_995 * 10 ** SCALES[0][0]) return formatMoney(cents, whole);
  if (i > 0 && Math.abs(c) >= 99_995 * 10 ** SCALES[i]![0]) i--;
  const [d, word] = SCALES[i]!;
  // One division by a power of ten: for up to 15 digits this is exactly the decimal amount.
  return `€${NBSP}${plain(c / 10 ** (d + 2), 1)}${NBSP}${word}`;
}
