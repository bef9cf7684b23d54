/**
 * Files: CSV for spreadsheets (semicolons and decimal commas, as Dutch Excel reads them; the
 * same text pastes straight back into the table) and JSON to keep or share a whole matrix,
 * also when it is too long for a link. `parseJson` is the one reader of a JSON file: it never
 * throws, reads what it can, and lists what it dropped, as the link decoder does.
 *
 * JSON shape (version 1):
 *   { "format": "cx-impactmatrix", "version": 1, "title": "", "measure": "csat", "goal": "churn",
 *     "goalText": "", "unit": "contacten", "dividers": { "satisfaction": null, "impact": null },
 *     "touchpoints": [{ "name": "Schade melden", "satisfaction": 3.2, "impact": 9, "volume": 2200 }] }
 * Numbers are plain JSON numbers in the measure's own unit (CSAT 3.2, not 320).
 */
import {
  MAX_GOAL_TEXT,
  MAX_NAME,
  MAX_TITLE,
  MAX_TOUCHPOINTS,
  MAX_UNIT,
  NUM_COLUMNS,
  cleanText,
  emptyMatrix,
  isGoal,
  isMeasure,
  scaleOf,
  type Column,
  type Matrix,
  type NumColumn,
} from './fields';
import { editCell, parseCell } from './cells';
import type { Dropped } from './link';
import type { Ranked } from './model';

export const JSON_FORMAT = 'cx-impactmatrix';
export const JSON_VERSION = 1;
/** Larger files are not a matrix of at most 100 touchpoints. */
const MAX_JSON = 2_000_000;

const toNumber = (v: number | null, decimals: number) => (v === null ? null : v / 10 ** decimals);

/** The matrix as JSON text (pretty-printed: people open these files). */
export function toJson(m: Matrix): string {
  const d = (c: NumColumn) => scaleOf(c, m.measure).decimals;
  return JSON.stringify(
    {
      format: JSON_FORMAT,
      version: JSON_VERSION,
      title: m.title,
      measure: m.measure,
      goal: m.goal,
      goalText: m.goalText,
      unit: m.unit,
      dividers: { satisfaction: toNumber(m.divX, d('sat')), impact: toNumber(m.divY, d('impact')) },
      touchpoints: m.touchpoints.map((t) => ({
        name: t.name,
        satisfaction: toNumber(t.sat, d('sat')),
        impact: toNumber(t.impact, d('impact')),
        volume: t.volume,
      })),
    },
    null,
    2,
  );
}

export type JsonResult =
  | { ok: true; matrix: Matrix; dropped: Dropped[]; newer: number | null }
  | { ok: false; error: 'empty' | 'size' | 'json' | 'format' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A JSON value as a stored number: numbers are rounded to the column's step, Dutch text is parsed. */
function readValue(v: unknown, column: NumColumn, m: Matrix): { ok: boolean; value: number | null } {
  if (v === null || v === undefined || v === '') return { ok: true, value: null };
  let text: string;
  if (typeof v === 'number' && Number.isFinite(v)) text = String(v).replace('.', ',');
  else if (typeof v === 'string') text = v;
  else return { ok: false, value: null };
  if (/e/i.test(text)) return { ok: false, value: null };
  const r = parseCell(column, text, m.measure);
  return r.ok ? { ok: true, value: r.value } : { ok: false, value: null };
}

function readString(v: unknown, max: number, key: 'title' | 'goalText' | 'unit', dropped: Dropped[], fallback: string): string {
  if (v === undefined) return fallback;
  if (typeof v !== 'string') {
    dropped.push({ kind: 'setting', key, text: '' });
    return fallback;
  }
  const clean = cleanText(v, max);
  if (clean !== v) dropped.push({ kind: 'setting', key, text: v.slice(0, 40) });
  return clean;
}

/** Reads a JSON file's text. Never throws. */
export function parseJson(text: unknown): JsonResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_JSON) return { ok: false, error: 'size' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: 'json' };
  }
  if (!isObject(data) || data.format !== JSON_FORMAT || !Array.isArray(data.touchpoints)) return { ok: false, error: 'format' };
  const version = typeof data.version === 'number' && Number.isFinite(data.version) ? data.version : JSON_VERSION;
  const dropped: Dropped[] = [];
  const m = emptyMatrix();
  if (isMeasure(data.measure)) m.measure = data.measure;
  else if (data.measure !== undefined) dropped.push({ kind: 'setting', key: 'measure', text: String(data.measure).slice(0, 40) });
  if (isGoal(data.goal)) m.goal = data.goal;
  else if (data.goal !== undefined) dropped.push({ kind: 'setting', key: 'goal', text: String(data.goal).slice(0, 40) });
  m.title = readString(data.title, MAX_TITLE, 'title', dropped, m.title);
  m.goalText = readString(data.goalText, MAX_GOAL_TEXT, 'goalText', dropped, m.goalText);
  m.unit = readString(data.unit, MAX_UNIT, 'unit', dropped, m.unit);
  const div = isObject(data.dividers) ? data.dividers : {};
  const dx = readValue(div.satisfaction, 'sat', m);
  const dy = readValue(div.impact, 'impact', m);
  m.divX = dx.value;
  m.divY = dy.value;
  if (!dx.ok) dropped.push({ kind: 'setting', key: 'divX', text: String(div.satisfaction).slice(0, 40) });
  if (!dy.ok) dropped.push({ kind: 'setting', key: 'divY', text: String(div.impact).slice(0, 40) });

  for (const raw of data.touchpoints.slice(0, MAX_TOUCHPOINTS)) {
    const o = isObject(raw) ? raw : {};
    const bad: Column[] = [];
    const name = typeof o.name === 'string' ? cleanText(o.name, MAX_NAME) : '';
    if (typeof o.name !== 'string' ? o.name !== undefined : name !== o.name) bad.push('name');
    const values = NUM_COLUMNS.map((c) => {
      const r = readValue(o[c === 'sat' ? 'satisfaction' : c], c, m);
      if (!r.ok) bad.push(c);
      return r.value;
    });
    m.touchpoints.push({ name, sat: values[0] ?? null, impact: values[1] ?? null, volume: values[2] ?? null });
    if (bad.length > 0 || !isObject(raw)) dropped.push({ kind: 'cells', row: m.touchpoints.length, name, columns: bad });
  }
  if (data.touchpoints.length > MAX_TOUCHPOINTS) dropped.push({ kind: 'over', count: data.touchpoints.length - MAX_TOUCHPOINTS });
  return { ok: true, matrix: m, dropped, newer: version > JSON_VERSION ? version : null };
}

/** Column headings of the CSV file and the quadrant names, in the page's words. */
export interface CsvLabels {
  name: string;
  sat: string;
  impact: string;
  volume: string;
  quadrant: string;
  priority: string;
  quadrants: Record<Ranked['quadrant'], string>;
}

/**
 * A name that starts like a formula (=, +, -, @) gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it; `parsePaste` drops that apostrophe again.
 */
export function formulaSafe(name: string): string {
  return /^'*[=+\-@]/.test(name) ? `'${name}` : name;
}

/** A CSV cell: quoted when it holds a separator, a quote or a line break. */
function csvCell(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The matrix as CSV for Excel: a byte-order mark (so Excel reads é and emoji), semicolons,
 * decimal commas, one touchpoint per line in table order, with its quadrant and priority
 * when it is in the matrix. Pasting the text back into the table gives the same touchpoints.
 */
export function toCsv(m: Matrix, ranked: readonly Ranked[], labels: CsvLabels): string {
  const byRow = new Map(ranked.map((r) => [r.row, r]));
  const head = [labels.name, labels.sat, labels.impact, labels.volume, labels.quadrant, labels.priority];
  const lines = [head.map(csvCell).join(';')];
  m.touchpoints.forEach((t, i) => {
    const r = byRow.get(i + 1);
    const cells = [
      formulaSafe(t.name),
      // Numbers as a spreadsheet reads them: a hyphen for minus, no thousands dots.
      editCell('sat', t.sat, m.measure),
      editCell('impact', t.impact, m.measure),
      t.volume === null ? '' : String(t.volume),
      r ? labels.quadrants[r.quadrant] : '',
      r ? String(r.priority) : '',
    ];
    lines.push(cells.map(csvCell).join(';'));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
