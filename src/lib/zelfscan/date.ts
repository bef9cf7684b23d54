/** Dates on a result: `YYYY-MM-DD` for files and exports, written out in Dutch for people. */

/** The date of `d` in the visitor's own time zone as `YYYY-MM-DD`. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** `2026-12-03` written out: "3 december 2026". Anything else comes back as it is. Never throws. */
export function longDate(iso: string, locale = 'nl-NL'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCDate() !== Number(m[3])) return iso; // 2026-02-31 and the like
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(d);
}
