/**
 * Number parsing for the calculator. Two parsers, both total (they never throw):
 * - `parseDutchNumber`: what people type: "1.000", "12,50", "€ 200", "€ 200,-", "2.5", "20 %".
 * - `parsePlainNumber`: what the URL holds: "12.5" (dot decimal, no grouping, no sign).
 * Both return the value scaled to an integer (value × 10^decimals) or a named error.
 *
 * Dutch reading of dots: a dot followed by groups of exactly three digits is a thousands
 * separator ("1.000" = 1000, "1.250.000"); any other single dot is a decimal point ("2.5").
 * With a comma, the comma is the decimal separator and dots must be proper thousands groups.
 */

export type ParseError = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';
export type Parsed = { ok: true; value: number } | { ok: false; error: ParseError };

/** Integer digits we accept: 13 digits × 100 stays far below 2^53, so scaled values are exact. */
const MAX_INT_DIGITS = 13;
/** Longer input is never a sensible number; checked first so no pattern ever sees a huge string. */
const MAX_LENGTH = 40;

function scale(intDigits: string, frac: string, decimals: number, negative: boolean): Parsed {
  const int = intDigits.replace(/^0+/, '');
  if (int.length > MAX_INT_DIGITS) return { ok: false, error: negative ? 'negative' : 'too-large' };
  let f = frac;
  if (f.length > decimals) {
    if (/[^0]/.test(f.slice(decimals))) return { ok: false, error: 'too-many-decimals' };
    f = f.slice(0, decimals);
  }
  const value = Number(int || '0') * 10 ** decimals + Number(f.padEnd(decimals, '0') || '0');
  if (negative && value !== 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}

/** Parses a number as a Dutch speaker types it, scaled to an integer with `decimals` decimals. */
export function parseDutchNumber(input: unknown, decimals: number): Parsed {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-number' };
  if (input.length > MAX_LENGTH) return { ok: false, error: /^\s*[-−–]/.test(input) ? 'negative' : 'too-large' };
  let s = input
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^(?:€|eur(?:o)?)/i, '')
    .replace(/(?:€|eur(?:o)?|%)$/i, '');
  let negative = false;
  const sign = /^[-−–+]/.exec(s);
  if (sign) {
    negative = sign[0] !== '+';
    s = s.slice(1).replace(/^(?:€|eur(?:o)?)/i, '');
  }
  // "€ 200,-" and "€ 200,--" are Dutch for whole euros.
  s = s.replace(/[,.]-{1,2}$/, '');
  if (s === '') return { ok: false, error: negative ? 'not-a-number' : 'empty' };

  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false, error: 'not-a-number' };
    const [int, frac] = parts as [string, string];
    if (!/^\d*$/.test(frac) || (int === '' && frac === '')) return { ok: false, error: 'not-a-number' };
    if (/^\d*$/.test(int)) return scale(int, frac, decimals, negative);
    if (/^\d{1,3}(?:\.\d{3})+$/.test(int)) return scale(int.replace(/\./g, ''), frac, decimals, negative);
    return { ok: false, error: 'not-a-number' };
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return scale(s.replace(/\./g, ''), '', decimals, negative);
  const m = /^(\d*)(?:\.(\d+))?$/.exec(s);
  if (!m || (m[1] === '' && m[2] === undefined)) return { ok: false, error: 'not-a-number' };
  return scale(m[1] ?? '', m[2] ?? '', decimals, negative);
}

/** Parses a URL value: digits with an optional dot decimal, nothing else. */
export function parsePlainNumber(input: unknown, decimals: number): Parsed {
  if (typeof input !== 'string' || input === '') return { ok: false, error: 'empty' };
  if (input.length > MAX_LENGTH) return { ok: false, error: 'too-large' };
  if (/^-\d/.test(input)) return { ok: false, error: 'negative' };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(input);
  if (!m) return { ok: false, error: 'not-a-number' };
  return scale(m[1]!, m[2] ?? '', decimals, false);
}

/** Writes a scaled integer as a plain URL value: "12.5", "200". */
export function plainNumber(value: number, decimals: number): string {
  const div = 10 ** decimals;
  const int = Math.trunc(value / div);
  const frac = String(Math.abs(value % div)).padStart(decimals, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : String(int);
}
