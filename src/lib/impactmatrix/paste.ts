/**
 * Rows pasted from a spreadsheet (Excel, Numbers, Google Sheets, a CSV file opened as text):
 * one touchpoint per line, cells separated by tabs (what a spreadsheet copies) or semicolons
 * (Dutch CSV), in the order name, satisfaction, impact, volume. Dutch numbers ("4,2", "12.000").
 *
 * - A first line of column names is recognised and skipped; when it names all four columns
 *   ("Naam; Volume; Impact; CSAT"), their order is taken from it.
 * - Cells in double quotes may hold the separator, quotes ("") and line breaks.
 * - Nothing is thrown away silently: a cell that is not a number or out of range is left empty
 *   and the row is kept; every such line is listed in `issues` with its line number.
 * `parsePaste` never throws, whatever the text.
 */
import { MAX_NAME, NUM_COLUMNS, cleanText, type Measure, type NumColumn, type Touchpoint } from './fields';
import { parseCell, type CellError } from './cells';

export type PasteIssue =
  /** The first line held column names and was skipped. */
  | { kind: 'header'; line: number }
  /** A cell that is not a number or not in range: left empty. */
  | { kind: 'cell'; line: number; column: NumColumn; text: string; error: CellError }
  /** Cells missing from the line: left empty. */
  | { kind: 'missing'; line: number; columns: NumColumn[] }
  /** A line without a name. */
  | { kind: 'no-name'; line: number }
  /** A name longer than the maximum, shortened. */
  | { kind: 'long-name'; line: number }
  /** More cells than the four columns: the rest was ignored. */
  | { kind: 'extra'; line: number }
  /** Lines not added because the matrix is full (`count` of them, from `line`). */
  | { kind: 'full'; line: number; count: number }
  /** The text was too long; only its start was read. */
  | { kind: 'truncated' };

export interface PasteResult {
  rows: Touchpoint[];
  issues: PasteIssue[];
  /** The separator found: tab, semicolon, or none (one name per line). */
  separator: 'tab' | 'semicolon' | 'none';
}

/** Longest text we read: 100 rows of 200-character names with room to spare. */
const MAX_TEXT = 200_000;

interface Rec {
  line: number;
  cells: string[];
}

/** Splits text into records of cells; quotes may hold separators and line breaks. */
function records(text: string, sep: string | null): Rec[] {
  const out: Rec[] = [];
  let cells: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    cells.push(cur);
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    if (quoted) {
      if (c !== '"') cur += c;
      else if (text[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === sep) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') continue;
      endCell();
      out.push({ line: start, cells });
      cells = [];
      start = c === '\r' ? line + 1 : line;
      if (c === '\r') line += 1;
    } else cur += c;
  }
  endCell();
  out.push({ line: start, cells });
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Which column a header cell names, if any. "Impact op NPS" is impact: impact is checked first. */
function headerColumn(cell: string): 'name' | NumColumn | null {
  const c = cell.toLowerCase();
  if (/impact|belang|effect/.test(c)) return 'impact';
  if (/volume|aantal|per maand|frequentie|hoe vaak/.test(c)) return 'volume';
  if (/naam|contactmoment|touchpoint|moment|omschrijving/.test(c)) return 'name';
  if (/tevreden|csat|nps|ces|inspanning|effort|score/.test(c)) return 'sat';
  return null;
}

type Order = { name: number; sat: number; impact: number; volume: number };
const POSITIONAL: Order = { name: 0, sat: 1, impact: 2, volume: 3 };

/** The header's column order when the first record is a header, else null. */
function readHeader(rec: Rec, measure: Measure): Order | 'plain' | null {
  const named = rec.cells.map(headerColumn);
  if (!named.some((n) => n !== null)) return null;
  // A header has no numbers in the number columns.
  if (rec.cells.slice(1).some((c) => c.trim() !== '' && parseCell('impact', c, measure).ok)) return null;
  const order: Partial<Order> = {};
  named.forEach((n, i) => {
    if (n && order[n] === undefined) order[n] = i;
  });
  const full = order.name !== undefined && order.sat !== undefined && order.impact !== undefined && order.volume !== undefined;
  return full ? (order as Order) : 'plain';
}

/** Parses pasted text into touchpoints; `room` is how many rows the matrix can still take. */
export function parsePaste(input: unknown, measure: Measure, room: number): PasteResult {
  const issues: PasteIssue[] = [];
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_TEXT) {
    text = text.slice(0, MAX_TEXT);
    issues.push({ kind: 'truncated' });
  }
  const separator = text.includes('\t') ? 'tab' : text.includes(';') ? 'semicolon' : 'none';
  const recs = records(text, separator === 'tab' ? '\t' : separator === 'semicolon' ? ';' : null);
  let order = POSITIONAL;
  const first = recs[0];
  const header = first ? readHeader(first, measure) : null;
  if (first && header) {
    if (header !== 'plain') order = header;
    issues.push({ kind: 'header', line: first.line });
    recs.shift();
  }
  const width = Math.max(...Object.values(order)) + 1;
  const rows: Touchpoint[] = [];
  for (const rec of recs) {
    if (rows.length >= Math.max(0, room)) {
      issues.push({ kind: 'full', line: rec.line, count: recs.length - recs.indexOf(rec) });
      break;
    }
    const cell = (i: number) => rec.cells[i];
    // Our own CSV writes "'=…" for names that look like formulas (see files.ts formulaSafe).
    const rawName = (cell(order.name) ?? '').trim().replace(/^'(?='*[=+\-@])/, '');
    const name = cleanText(rawName, MAX_NAME);
    const t: Touchpoint = { name, sat: null, impact: null, volume: null };
    if (name === '') issues.push({ kind: 'no-name', line: rec.line });
    else if (rawName.length > MAX_NAME) issues.push({ kind: 'long-name', line: rec.line });
    const missing: NumColumn[] = [];
    for (const col of NUM_COLUMNS) {
      const raw = cell(order[col]);
      if (raw === undefined || raw.trim() === '') {
        missing.push(col);
        continue;
      }
      const r = parseCell(col, raw, measure);
      if (r.ok) t[col] = r.value;
      else issues.push({ kind: 'cell', line: rec.line, column: col, text: cleanText(raw.trim(), 40), error: r.error });
    }
    if (missing.length > 0) issues.push({ kind: 'missing', line: rec.line, columns: missing });
    // Under a header, other columns (kwadrant, prioriteit from our own CSV) are expected.
    if (header === null && rec.cells.slice(width).some((c) => c.trim() !== '')) {
      issues.push({ kind: 'extra', line: rec.line });
    }
    rows.push(t);
  }
  return { rows, issues, separator };
}
