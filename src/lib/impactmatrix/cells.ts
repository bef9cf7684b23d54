/**
 * One cell of the touchpoint table, read and written. Total functions: they never throw.
 * - `parseCell`: what people type or paste ("4,2", "12.000", "-35", "4.2", "45 %"); extra
 *   decimals are rounded to the column's step (a spreadsheet average "4,2371" becomes 4,24).
 * - `formatCell`: a stored value as Dutch text ("4,2", "12.000", "−35").
 * - `setCell`: a typed cell into the matrix (an invalid text leaves the matrix as it was).
 * The link's plain form ("4.2", "-35") lives in plain.ts, so the link needs none of this.
 */
import { parseDutchNumber } from '../klantwaarde/parse';
import { scaleOf, type Matrix, type Measure, type NumColumn, type Scale } from './fields';
import { digits } from './plain';

export type CellError = 'nan' | 'range';
export type CellResult = { ok: true; value: number | null } | { ok: false; error: CellError };

/** Extra decimals read before rounding to the column's step. */
const EXTRA = 4;

function signed(text: string): { negative: boolean; rest: string } {
  const m = /^\s*([-−–+])\s*/.exec(text);
  return m ? { negative: m[1] !== '+', rest: text.slice(m[0].length) } : { negative: false, rest: text };
}

function scaled(rest: string, decimals: number): number | null {
  const p = parseDutchNumber(rest, decimals + EXTRA);
  return p.ok ? Math.round(p.value / 10 ** EXTRA) : null;
}

const within = (v: number, s: Scale) => v >= s.min && v <= s.max;

/** Reads a typed or pasted cell; empty text is an empty cell (null). */
export function parseCell(column: NumColumn, text: unknown, measure: Measure): CellResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: true, value: null };
  const scale = scaleOf(column, measure);
  const { negative, rest } = signed(text.trim());
  if (rest === '' || /^[-−–+]/.test(rest)) return { ok: false, error: 'nan' };
  let v = scaled(rest, scale.decimals);
  if (v === null) return { ok: false, error: 'nan' };
  if (negative) v = -v;
  // "4.125" reads as 4125 in Dutch; when that is out of range but 4,125 is not, it was a decimal point.
  if (!within(v, scale) && /^\d{1,3}\.\d{3}$/.test(rest.trim())) {
    const d = scaled(rest.trim().replace('.', ','), scale.decimals);
    if (d !== null && within(negative ? -d : d, scale)) v = negative ? -d : d;
  }
  if (Object.is(v, -0)) v = 0;
  return within(v, scale) ? { ok: true, value: v } : { ok: false, error: 'range' };
}

/** A stored value as Dutch text: decimal comma, thousands dots, a real minus sign. */
export function formatValue(v: number, scale: Pick<Scale, 'decimals'>): string {
  const { sign, int, frac } = digits(v, scale.decimals);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A cell as Dutch text; empty for an empty cell. */
export function formatCell(column: NumColumn, v: number | null, measure: Measure): string {
  return v === null ? '' : formatValue(v, scaleOf(column, measure));
}

/** A cell as it goes into an input: like `formatCell` but with a typable "-" and no thousands dots. */
export function editCell(column: NumColumn, v: number | null, measure: Measure): string {
  if (v === null) return '';
  const { sign, int, frac } = digits(v, scaleOf(column, measure).decimals);
  return `${sign}${int}${frac ? `,${frac}` : ''}`;
}


/** Sets a number cell from typed text; an invalid text leaves the matrix as it was. */
export function setCell(m: Matrix, i: number, column: NumColumn, text: string): { m: Matrix; error: CellError | null } {
  const r = parseCell(column, text, m.measure);
  if (!r.ok) return { m, error: r.error };
  const row = m.touchpoints[i];
  if (!row || row[column] === r.value) return { m, error: null };
  return { m: { ...m, touchpoints: m.touchpoints.map((t, j) => (j === i ? { ...t, [column]: r.value } : t)) }, error: null };
}
