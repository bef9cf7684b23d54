/**
 * The visitor's earlier scans ("Jouw eerdere scans"), kept through `../store.ts` under
 * `cx-zelfscan-history`:
 *
 *   {"v":1,"scans":[{"id":"m1x2k3ab","date":"2026-12-03","name":"nulmeting","code":"v1.231.…"}, …]}
 *                     │              │                    │                 └ answers, targets and notes as a
 *                     │              │                    │                   share code (share.ts, notes included)
 *                     │              │                    └ the visitor's name for it ('' = none)
 *                     │              └ the day the scan was completed
 *                     └ unique id; the current scan names its entry with it (storage.ts)
 *
 * One entry that cannot be read (damaged, or made by a newer or older version of the zelfscan)
 * never costs the others: it is skipped, counted for a notice, and written back exactly as it
 * was, so nothing is lost and a newer version can still read it. Two tabs never lose a scan:
 * `mergeHistory` merges per entry and per field (what this tab changed wins, the rest is kept;
 * an entry only goes when one tab deleted it and the other did not change it).
 */
import { isIsoDate } from './date';
import { decodeShare, scanCode } from './share';
import { HISTORY_KEY, isEntryId } from './storage';
import { NAME_MAX, type ModelShape, type Scan } from './types';
import { pick, type StoreSpec } from '../store';

export { HISTORY_KEY };

/** One completed scan in the history. */
export interface Entry extends Scan {
  id: string;
  /** `YYYY-MM-DD`: the day it was completed. */
  date: string;
  /** The visitor's name for it ('' = none: the date names it). */
  name: string;
}

/** Why a stored entry was skipped. */
export type SkipReason = 'unreadable' | 'newer' | 'old';

/** A stored entry this version cannot show, kept exactly as it was. */
export interface Kept {
  raw: unknown;
  reason: SkipReason;
}

export interface History {
  /** Readable entries, oldest first. */
  scans: Entry[];
  /** Entries that could not be read: written back untouched. */
  kept: Kept[];
}

export const emptyHistory: History = { scans: [], kept: [] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Oldest first; on the same day in the order they were made (ids grow with time). */
export const byDate = (a: Entry, b: Entry): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reads one stored entry. Never throws. */
export function decodeEntry(shape: ModelShape, raw: unknown): { ok: true; entry: Entry } | { ok: false; reason: SkipReason } {
  if (!isObject(raw)) return { ok: false, reason: 'unreadable' };
  const { id, date, name, code } = raw;
  const decoded = decodeShare(shape, code);
  if (!decoded.ok) {
    if (decoded.error === 'newer') return { ok: false, reason: 'newer' };
    if (decoded.error === 'version' && decoded.version !== undefined)
      return { ok: false, reason: decoded.version > shape.version ? 'newer' : 'old' };
    return { ok: false, reason: 'unreadable' };
  }
  if (!isEntryId(id) || !isIsoDate(date) || (name !== undefined && typeof name !== 'string')) return { ok: false, reason: 'unreadable' };
  const { answers, targets, notes } = decoded;
  return { ok: true, entry: { id, date, name: (name ?? '').slice(0, NAME_MAX), answers, targets, notes } };
}

/** The stored form of one entry. */
export function encodeEntry(shape: ModelShape, e: Entry): Record<string, string> {
  return { id: e.id, date: e.date, name: e.name, code: scanCode(shape, e) };
}

/** Three-way merge of two versions of a list of items with keys (see `mergeHistory`). */
function mergeKeyed<V>(
  base: ReadonlyMap<string, V>,
  mine: ReadonlyMap<string, V>,
  theirs: ReadonlyMap<string, V>,
  same: (a: V, b: V) => boolean,
  both: (b: V | undefined, m: V, t: V) => V,
): V[] {
  const out: V[] = [];
  for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
    const b = base.get(key);
    const m = mine.get(key);
    const t = theirs.get(key);
    if (m !== undefined && t !== undefined) out.push(both(b, m, t));
    // Only one tab still has it: new there, or deleted by the other. A deletion wins unless the
    // tab that still has it changed it since (then nothing is lost).
    else if (m !== undefined) {
      if (b === undefined || !same(b, m)) out.push(m);
    } else if (t !== undefined && (b === undefined || !same(b, t))) out.push(t);
  }
  return out;
}

/** Merges per entry (and per field of an entry) and per kept entry; see the top of this file. */
export function mergeHistory(shape: ModelShape, base: History, mine: History, theirs: History): History {
  const code = (e: Entry) => scanCode(shape, e);
  const ids = (h: History) => new Map(h.scans.map((e) => [e.id, e]));
  const scans = mergeKeyed(
    ids(base),
    ids(mine),
    ids(theirs),
    (a, b) => a.date === b.date && a.name === b.name && code(a) === code(b),
    (b, m, t) => {
      if (!b) return m;
      const content = pick(code(b), code(m), code(t)) === code(m) ? m : t;
      return { ...content, id: m.id, date: pick(b.date, m.date, t.date), name: pick(b.name, m.name, t.name) };
    },
  );
  const raws = (h: History) => new Map(h.kept.map((k) => [JSON.stringify(k.raw), k]));
  const kept = mergeKeyed(raws(base), raws(mine), raws(theirs), () => true, (_, m) => m);
  return { scans: scans.sort(byDate), kept };
}

/** How the history is stored for a model shape (see `../store.ts`). */
export function historyStore(shape: ModelShape): StoreSpec<History> {
  return {
    key: HISTORY_KEY,
    version: 1,
    empty: emptyHistory,
    decode({ scans }) {
      if (!Array.isArray(scans)) return { ok: false, reason: 'unreadable' };
      const out: History = { scans: [], kept: [] };
      const seen = new Set<string>();
      for (const raw of scans) {
        const d = decodeEntry(shape, raw);
        // A second entry with an id already seen is damage too: it is kept, not shown.
        if (d.ok && !seen.has(d.entry.id)) {
          seen.add(d.entry.id);
          out.scans.push(d.entry);
        } else out.kept.push({ raw, reason: d.ok ? 'unreadable' : d.reason });
      }
      out.scans.sort(byDate);
      return { ok: true, value: out };
    },
    encode: (h) => ({ scans: [...h.scans.map((e) => encodeEntry(shape, e)), ...h.kept.map((k) => k.raw)] }),
    merge: (base, mine, theirs) => mergeHistory(shape, base, mine, theirs),
  };
}

/** How many stored entries were skipped, per reason. */
export function skipped(h: History): Record<SkipReason, number> {
  const out = { unreadable: 0, newer: 0, old: 0 };
  for (const k of h.kept) out[k.reason] += 1;
  return out;
}

/** The history with `entry` added, or the entry with its id replaced. */
export function putEntry(h: History, entry: Entry): History {
  return { ...h, scans: [...h.scans.filter((e) => e.id !== entry.id), entry].sort(byDate) };
}

/** The history with the content (answers, targets, notes) of entry `id` replaced; unchanged when it is not there. */
export function updateEntry(h: History, id: string, scan: Scan): History {
  const at = h.scans.find((e) => e.id === id);
  return at ? putEntry(h, { ...at, answers: scan.answers, targets: scan.targets, notes: scan.notes }) : h;
}

/** The history with entry `id` renamed (cut to NAME_MAX, spaces trimmed). */
export function renameEntry(h: History, id: string, name: string): History {
  const at = h.scans.find((e) => e.id === id);
  return at ? putEntry(h, { ...at, name: name.trim().slice(0, NAME_MAX) }) : h;
}

/** The history without entry `id`. */
export function deleteEntry(h: History, id: string): History {
  return { ...h, scans: h.scans.filter((e) => e.id !== id) };
}

/** The history without the entries it could not read at all (the visitor chose so); those of other versions stay. */
export function dropUnreadable(h: History): History {
  return { ...h, kept: h.kept.filter((k) => k.reason !== 'unreadable') };
}

/** A new entry id from the time and a random number (both passed in, so this stays pure). */
export function newId(now: number, random: number): string {
  const time = Math.max(0, Math.floor(now)).toString(36).slice(-9);
  const rnd = Math.floor(Math.abs(random) * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
    .slice(-4);
  return `${time}${rnd}`;
}
