/**
 * Numbers as the link writes them: "4.2", "-35", "12000" (dot decimal, no grouping). Kept apart
 * from cells.ts so the link codec (loaded with the page) does not carry the typed-number parser.
 */

/** Sign, integer digits and decimals (trailing zeros dropped) of a stored value. */
export function digits(v: number, decimals: number): { sign: string; int: string; frac: string } {
  const abs = Math.abs(v);
  const div = 10 ** decimals;
  const int = String(Math.trunc(abs / div));
  const frac = decimals > 0 ? String(abs % div).padStart(decimals, '0').replace(/0+$/, '') : '';
  return { sign: v < 0 ? '-' : '', int, frac };
}

/** A stored value as the link writes it: "4.2", "-35", "12000". */
export function plainValue(v: number, decimals: number): string {
  const { sign, int, frac } = digits(v, decimals);
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Reads a link value ("4.2", "-35"): digits with an optional sign and dot decimal, nothing else. */
export function parsePlain(text: string, decimals: number): number | null {
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,12}))?$/.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > decimals && /[^0]/.test(frac.slice(decimals))) return null;
  const v = Number(m[2]) * 10 ** decimals + Number(frac.slice(0, decimals).padEnd(decimals, '0') || '0');
  return m[1] && v !== 0 ? -v : v;
}
