/**
 * Files of the zelfscan: the whole history as one JSON file (to read back on another computer),
 * and reading any zelfscan file back: a history file, or the JSON download of one result.
 *
 *   {"soort":"zelfscan-geschiedenis","formaat":1,"versie":1,"gemaakt":"2026-12-03",
 *    "scans":[{"id":"…","datum":"2026-03-03","naam":"nulmeting","code":"v1.…","score":2.4,"niveau":2}]}
 *     │                  │            └ model version (other questions in another version)
 *     │                  └ format of this file; a higher one was written by a newer version of the site
 *     └ what the file is
 *
 * `code` (answers, targets and notes, see share.ts) is what is read back; score and level are
 * there for a person reading the file. `readFile` is the only parser of files: it never throws
 * and says what a file is, or why it cannot be used. Importing never overwrites without asking:
 * `planImport` says what is new, what is there already and what differs; `applyImport` does
 * what the visitor chose.
 */
import { RESULT_FILE } from './export';
import { decodeEntry, putEntry, type Entry, type History, type SkipReason } from './history';
import { scoreAnswers } from './scoring';
import { decodeShare, scanCode } from './share';
import { isIsoDate } from './date';
import { NAME_MAX, type LinkedScan, type ModelShape } from './types';

/** What a history file says it is. */
export const HISTORY_FILE = 'zelfscan-geschiedenis';
/** The history file format written now. */
export const FILE_FORMAT = 1;
/** Largest file we read (a history of hundreds of scans with long notes stays far below). */
export const MAX_FILE = 5_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const score = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** The history as a file (an object to `JSON.stringify`). */
export function historyFile(shape: ModelShape, scans: readonly Entry[], today: string) {
  return {
    soort: HISTORY_FILE,
    formaat: FILE_FORMAT,
    versie: shape.version,
    gemaakt: today,
    scans: scans.map((e) => {
      const overall = scoreAnswers(shape, e.answers.items).overall;
      return { id: e.id, datum: e.date, naam: e.name, code: scanCode(shape, e), score: score(overall.tenths), niveau: overall.level };
    }),
  };
}

/** Why a file cannot be used. */
export type FileError =
  /** Empty, too large, or not JSON. */
  | 'json'
  /** JSON, but not a zelfscan file. */
  | 'kind'
  /** Made with another model version (see `version`). */
  | 'version'
  /** Made by a newer version of the site (a file format this page does not know). */
  | 'newer'
  /** A zelfscan file without a single readable result. */
  | 'empty';

export type FileResult =
  | { ok: true; kind: 'history'; scans: Entry[]; skipped: Record<SkipReason, number> }
  | { ok: true; kind: 'result'; scan: LinkedScan }
  | { ok: false; error: FileError; version?: number };

/** Reads a file's text: a history file or one result. Never throws. */
export function readFile(shape: ModelShape, text: unknown): FileResult {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_FILE) return { ok: false, error: 'json' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'json' };
  }
  if (!isObject(data)) return { ok: false, error: 'kind' };
  const version = data['versie'];
  // The download of one result: `soort` since this version; before, `zelfscan` and `link`.
  const isResult = data['soort'] === RESULT_FILE || (data['soort'] === undefined && typeof data['zelfscan'] === 'string' && 'link' in data);
  if (data['soort'] !== HISTORY_FILE && !isResult) return { ok: false, error: 'kind' };
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return { ok: false, error: 'kind' };
  if (version !== shape.version) return { ok: false, error: 'version', version };
  if (isResult) return readResult(shape, data);
  const format = data['formaat'];
  if (typeof format !== 'number' || !Number.isSafeInteger(format) || format < 1) return { ok: false, error: 'kind' };
  if (format > FILE_FORMAT) return { ok: false, error: 'newer' };
  const list = data['scans'];
  if (!Array.isArray(list)) return { ok: false, error: 'kind' };
  const scans: Entry[] = [];
  const skipped = { unreadable: 0, newer: 0, old: 0 };
  const seen = new Set<string>();
  for (const raw of list) {
    const d = decodeEntry(shape, isObject(raw) ? { id: raw['id'], date: raw['datum'], name: raw['naam'], code: raw['code'] } : raw);
    if (d.ok && !seen.has(d.entry.id)) {
      seen.add(d.entry.id);
      scans.push(d.entry);
    } else skipped[d.ok ? 'unreadable' : d.reason] += 1;
  }
  if (scans.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, kind: 'history', scans, skipped };
}

/** One result's download: its `code` (since this version) or else the link's fragment. */
function readResult(shape: ModelShape, data: Record<string, unknown>): FileResult {
  const code = typeof data['code'] === 'string' ? data['code'] : typeof data['link'] === 'string' ? data['link'].slice(data['link'].indexOf('#') + 1) : '';
  const r = decodeShare(shape, code);
  if (!r.ok) return r.error === 'newer' ? { ok: false, error: 'newer' } : { ok: false, error: 'empty' };
  const date = isIsoDate(data['datum']) ? data['datum'] : r.date;
  const name = typeof data['naam'] === 'string' ? data['naam'].slice(0, NAME_MAX) : r.name;
  return { ok: true, kind: 'result', scan: { answers: r.answers, targets: r.targets, notes: r.notes, date, name } };
}

/** What importing `incoming` into `h` would do. */
export interface ImportPlan {
  /** Not in the history yet. */
  add: Entry[];
  /** In the history already, exactly so. */
  same: number;
  /** In the history with the same id, but different (answers, targets, notes, date or name). */
  differ: Entry[];
}

/**
 * Compares a file's scans with the history; changes nothing. A scan counts as there already
 * when its id holds the same, or when an entry with another id holds exactly it (a copy kept
 * beside the own version by an earlier import).
 */
export function planImport(shape: ModelShape, h: History, incoming: readonly Entry[]): ImportPlan {
  const mine = new Map(h.scans.map((e) => [e.id, e]));
  const key = (e: Entry) => `${e.date}|${e.name}|${scanCode(shape, e)}`;
  const held = new Set(h.scans.map(key));
  const plan: ImportPlan = { add: [], same: 0, differ: [] };
  for (const e of incoming) {
    const m = mine.get(e.id);
    if (held.has(key(e))) plan.same += 1;
    else if (!m) plan.add.push(e);
    else plan.differ.push(e);
  }
  return plan;
}

/**
 * Carries out a plan: new scans are added; a scan that differs replaces the own one only when
 * `replace`, else it is added beside it with a fresh id from `newId`.
 */
export function applyImport(h: History, plan: ImportPlan, replace: boolean, newId: () => string): History {
  let out = h;
  for (const e of plan.add) out = putEntry(out, e);
  for (const e of plan.differ) out = putEntry(out, replace ? e : { ...e, id: newId() });
  return out;
}
