/**
 * Share links: the whole matrix in the URL fragment (after #, so it never reaches a server),
 * as `key=value` parts separated by semicolons, ending in `e`:
 *
 *   #im1;t=Autoverzekering;m=ces;g=eigen;o=Klachten;u=gesprekken;x=3.5;y=5;p=Schade_melden,3.2,9,2200;p=…;e
 *    │   │                 │     │       │          │            │     │     └ touchpoint: name, satisfaction, impact, volume
 *    │   │                 │     │       │          │            └─────┴ dividers (absent: at the median)
 *    │   │                 │     │       │          └ volume unit          (absent: contacten)
 *    │   │                 │     │       └ the goal in the team's words
 *    │   │                 │     └ goal: churn omzet nps ces kosten eigen  (absent: churn)
 *    │   │                 └ measure: csat nps ces                         (absent: csat)
 *    │   └ title
 *    └ link version
 *
 * Text is percent-encoded with "_" for a space ("%5F" for "_"), so "," and ";" inside a name are
 * escaped. Numbers are plain: "4.25", "-35", "12000"; an empty cell is empty. The closing `e`
 * tells a complete link from a cut-off one (mail and chat programs cut long links).
 *
 * Where the page's matrix comes from, in this order: link → saved → empty. A shared link is
 * shown but never written over the visitor's own saved matrix (see storage.ts).
 *
 * `decodeLink` is the only parser of this outside input. It never throws and reads what it can:
 * an unreadable cell is left empty, an unknown part is skipped, and every loss is listed in
 * `dropped` so the page can name it. Versioning: a later version (`im2;…`) is read as far as
 * this version understands it, and the page says the link is newer. Keys are only ever added.
 */
import {
  DEFAULT_UNIT,
  IMPACT_SCALE,
  MAX_GOAL_TEXT,
  MAX_NAME,
  MAX_TITLE,
  MAX_TOUCHPOINTS,
  MAX_UNIT,
  cleanText,
  emptyMatrix,
  isGoal,
  isMeasure,
  scaleOf,
  type Column,
  type Matrix,
  type NumColumn,
  type Touchpoint,
} from './fields';
import { parsePlain, plainValue } from './plain';

export const LINK_VERSION = 1;
/**
 * Longest share link we call safe: a QR code holds about 2.300 characters (version 40, error
 * correction M) and most mail and chat programs pass links of that length. Longer links still
 * work in the address bar; the page then offers the JSON file for sharing.
 */
export const LINK_LIMIT = 2300;
/** Longest fragment we read (100 touchpoints of 200 emoji each stay below it). */
const MAX_INPUT = 250_000;

/** Something a link held that the page could not use. */
export type Dropped =
  /** The link was cut off: its closing `e` is missing. */
  | { kind: 'truncated' }
  /** A part this version does not know. */
  | { kind: 'part'; text: string }
  /** A setting that was unreadable and is back at its default (`title`, `unit` … were shortened). */
  | { kind: 'setting'; key: 'measure' | 'goal' | 'divX' | 'divY' | 'title' | 'goalText' | 'unit'; text: string }
  /** A touchpoint kept with these cells left empty (unreadable, out of range or missing) or its name shortened. */
  | { kind: 'cells'; row: number; name: string; columns: Column[] }
  /** Touchpoints beyond the maximum, not read. */
  | { kind: 'over'; count: number };

export type LinkResult =
  | { present: false }
  | {
      present: true;
      matrix: Matrix;
      dropped: Dropped[];
      /** The link's version when it is newer than this page understands, else null. */
      newer: number | null;
    };

/** Escapes text for the link: percent-encoding, "_" for a space. */
export function escText(s: string, max: number): string {
  return encodeURIComponent(cleanText(s, max)).replace(/_/g, '%5F').replace(/%20/g, '_');
}

/** Reads escaped text; broken escapes are kept as they are. `ok` is false when something was broken. */
export function unescText(s: string): { text: string; ok: boolean } {
  const spaced = s.replace(/_/g, ' ');
  try {
    return { text: decodeURIComponent(spaced), ok: true };
  } catch {
    let ok = true;
    const text = spaced.replace(/%[0-9a-f]{2}(?:%[0-9a-f]{2})*/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        ok = false;
        return run;
      }
    });
    return { text, ok: ok && !/%(?![0-9a-f]{2})/i.test(spaced) };
  }
}

const num = (v: number | null, decimals: number) => (v === null ? '' : plainValue(v, decimals));

/** Encodes a matrix as a fragment without "#"; empty for an empty matrix with default settings. */
export function encodeLink(m: Matrix): string {
  const sat = scaleOf('sat', m.measure).decimals;
  const parts = [`im${LINK_VERSION}`];
  if (m.title) parts.push(`t=${escText(m.title, MAX_TITLE)}`);
  if (m.measure !== 'csat') parts.push(`m=${m.measure}`);
  if (m.goal !== 'churn') parts.push(`g=${m.goal}`);
  if (m.goalText) parts.push(`o=${escText(m.goalText, MAX_GOAL_TEXT)}`);
  if (m.unit !== DEFAULT_UNIT) parts.push(`u=${escText(m.unit, MAX_UNIT)}`);
  if (m.divX !== null) parts.push(`x=${num(m.divX, sat)}`);
  if (m.divY !== null) parts.push(`y=${num(m.divY, IMPACT_SCALE.decimals)}`);
  for (const t of m.touchpoints.slice(0, MAX_TOUCHPOINTS)) {
    parts.push(`p=${escText(t.name, MAX_NAME)},${num(t.sat, sat)},${num(t.impact, IMPACT_SCALE.decimals)},${num(t.volume, 0)}`);
  }
  if (parts.length === 1) return '';
  parts.push('e');
  return parts.join(';');
}

/** A value from the link in its column's range, or null. */
function readNum(text: string, column: NumColumn, m: Matrix): number | null {
  const s = scaleOf(column, m.measure);
  const v = parsePlain(text, s.decimals);
  return v !== null && v >= s.min && v <= s.max ? v : null;
}

/** Reads a text setting; reports it when it had to be repaired or shortened. */
function readText(raw: string, max: number, key: 'title' | 'goalText' | 'unit', dropped: Dropped[]): string {
  const { text, ok } = unescText(raw);
  const clean = cleanText(text, max);
  if (!ok || clean !== text) dropped.push({ kind: 'setting', key, text: text.slice(0, 40) });
  return clean;
}

/** Decodes a fragment (`#im1;…` or `im1;…`). Never throws; see the header for what it keeps. */
export function decodeLink(input: unknown): LinkResult {
  if (typeof input !== 'string') return { present: false };
  let s = input.trim();
  if (s.startsWith('#')) s = s.slice(1);
  const head = /^im(\d{1,6})(?:;|$)/.exec(s);
  if (!head) return { present: false };
  const version = Number(head[1]);
  const dropped: Dropped[] = [];
  let body = s.slice(head[0].length);
  if (body.length > MAX_INPUT) body = body.slice(0, MAX_INPUT);

  const m = emptyMatrix();
  const rows: string[] = [];
  const settings: Record<string, string> = {};
  let ended = body === '' && !s.includes(';');
  for (const part of body.split(';')) {
    if (ended) break;
    if (part === '') continue;
    if (part === 'e') {
      ended = true;
      continue;
    }
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq) : '';
    const value = part.slice(eq + 1);
    if (key === 'p') rows.push(value);
    else if (['t', 'm', 'g', 'o', 'u', 'x', 'y'].includes(key)) settings[key] = value;
    else dropped.push({ kind: 'part', text: unescText(part.slice(0, 60)).text });
  }
  if (!ended) dropped.unshift({ kind: 'truncated' });

  const { t, m: measure, g, o, u, x, y } = settings;
  if (measure !== undefined) {
    if (isMeasure(measure)) m.measure = measure;
    else dropped.push({ kind: 'setting', key: 'measure', text: measure.slice(0, 40) });
  }
  if (g !== undefined) {
    if (isGoal(g)) m.goal = g;
    else dropped.push({ kind: 'setting', key: 'goal', text: g.slice(0, 40) });
  }
  if (t !== undefined) m.title = readText(t, MAX_TITLE, 'title', dropped);
  if (o !== undefined) m.goalText = readText(o, MAX_GOAL_TEXT, 'goalText', dropped);
  if (u !== undefined) m.unit = readText(u, MAX_UNIT, 'unit', dropped);
  if (x !== undefined) {
    m.divX = readNum(x, 'sat', m);
    if (m.divX === null) dropped.push({ kind: 'setting', key: 'divX', text: x.slice(0, 40) });
  }
  if (y !== undefined) {
    m.divY = readNum(y, 'impact', m);
    if (m.divY === null) dropped.push({ kind: 'setting', key: 'divY', text: y.slice(0, 40) });
  }

  for (const raw of rows.slice(0, MAX_TOUCHPOINTS)) {
    const [name = '', ...cells] = raw.split(',');
    const bad: Column[] = [];
    const un = unescText(name);
    const clean = cleanText(un.text, MAX_NAME);
    if (!un.ok || clean !== un.text) bad.push('name');
    const t: Touchpoint = { name: clean, sat: null, impact: null, volume: null };
    (['sat', 'impact', 'volume'] as const).forEach((col, i) => {
      const text = cells[i];
      if (text === '') return;
      const v = text === undefined ? null : readNum(text, col, m);
      if (v === null) bad.push(col);
      else t[col] = v;
    });
    m.touchpoints.push(t);
    if (bad.length > 0) dropped.push({ kind: 'cells', row: m.touchpoints.length, name: clean, columns: bad });
  }
  if (rows.length > MAX_TOUCHPOINTS) dropped.push({ kind: 'over', count: rows.length - MAX_TOUCHPOINTS });
  return { present: true, matrix: m, dropped, newer: version > LINK_VERSION ? version : null };
}
