/**
 * The visitor's own matrix, kept through `../store.ts` under `cx-impactmatrix` as
 * `{"v":1,"m":"<share link fragment>"}`: the same encoding as the link, so one decoder (and one
 * set of property tests) covers both. Saves are verified and merged with what another tab
 * stored since; a matrix from a newer version is left untouched, unreadable data is kept aside
 * (see ARCHITECTURE.md "Storage").
 */
import { emptyMatrix, withMeasure, type Matrix, type Touchpoint } from './fields';
import { decodeLink, encodeLink } from './link';
import { browserStorage, type StorageLike } from '../safe-storage';
import { decodeStored, encodeStored, load, pick, save, update, type Loaded, type Saved, type SaveResult, type StoreSpec } from '../store';

export { browserStorage, type StorageLike, type SaveResult, type Loaded, type Saved };

export const STORAGE_KEY = 'cx-impactmatrix';

const sameRow = (a: Touchpoint | undefined, b: Touchpoint | undefined) =>
  !!a && !!b && a.name === b.name && a.sat === b.sat && a.impact === b.impact && a.volume === b.volume;
const sameRows = (a: readonly Touchpoint[], b: readonly Touchpoint[]) => a.length === b.length && a.every((t, i) => sameRow(t, b[i]));

/**
 * Three-way merge (`base`: this tab's previous own matrix). Settings part by part: what this tab
 * changed wins, the rest comes from the other tab. Rows: when only one side changed them, that
 * side's rows; when both did and the rows still line up (same number), cell by cell; otherwise
 * this tab's rows. When one tab changed the satisfaction measure, the other side is converted
 * to it first (the same conversion, so unchanged scores match); when both changed it to
 * different measures, this tab's matrix wins whole.
 */
export function mergeMatrix(base: Matrix, mine: Matrix, theirs: Matrix): Matrix {
  if (mine.measure !== theirs.measure) {
    if (mine.measure !== base.measure && theirs.measure !== base.measure) return mine;
    const to = mine.measure !== base.measure ? mine.measure : theirs.measure;
    return mergeMatrix(withMeasure(base, to), withMeasure(mine, to), withMeasure(theirs, to));
  }
  if (base.measure !== mine.measure) base = withMeasure(base, mine.measure);
  let touchpoints: Touchpoint[];
  if (sameRows(mine.touchpoints, base.touchpoints)) touchpoints = theirs.touchpoints;
  else if (sameRows(theirs.touchpoints, base.touchpoints) || sameRows(theirs.touchpoints, mine.touchpoints)) touchpoints = mine.touchpoints;
  else if (mine.touchpoints.length === theirs.touchpoints.length && base.touchpoints.length === mine.touchpoints.length) {
    touchpoints = mine.touchpoints.map((m, i) => {
      const b = base.touchpoints[i] as Touchpoint;
      const t = theirs.touchpoints[i] as Touchpoint;
      return { name: pick(b.name, m.name, t.name), sat: pick(b.sat, m.sat, t.sat), impact: pick(b.impact, m.impact, t.impact), volume: pick(b.volume, m.volume, t.volume) };
    });
  } else touchpoints = mine.touchpoints;
  return {
    title: pick(base.title, mine.title, theirs.title),
    measure: mine.measure,
    goal: pick(base.goal, mine.goal, theirs.goal),
    goalText: pick(base.goalText, mine.goalText, theirs.goalText),
    unit: pick(base.unit, mine.unit, theirs.unit),
    divX: pick(base.divX, mine.divX, theirs.divX),
    divY: pick(base.divY, mine.divY, theirs.divY),
    touchpoints,
  };
}

export const impactmatrixStore: StoreSpec<Matrix> = {
  key: STORAGE_KEY,
  version: 1,
  empty: emptyMatrix(),
  decode: ({ m }) => {
    if (typeof m !== 'string') return { ok: false, reason: 'unreadable' };
    if (m === '') return { ok: true, value: emptyMatrix() };
    const d = decodeLink(m);
    if (!d.present) return { ok: false, reason: 'unreadable' };
    // A matrix saved by a newer version of the page: leave it as it is.
    return d.newer !== null ? { ok: false, reason: 'newer', version: d.newer } : { ok: true, value: d.matrix };
  },
  encode: (m) => ({ m: encodeLink(m) }),
  merge: mergeMatrix,
};

/** Parses the stored string: the saved matrix, or null when nothing usable (or only an empty matrix) is stored. */
export function parseSaved(raw: string | null | undefined): Matrix | null {
  const r = decodeStored(impactmatrixStore, raw ?? null);
  return r.status === 'ok' && encodeLink(r.value) !== '' ? r.value : null;
}

/** Serialises a matrix for storage. */
export function serializeSaved(m: Matrix): string {
  return encodeStored(impactmatrixStore, m);
}

/** Reads what is stored, with its status (`newer`, `unreadable`, … see `../store.ts`). */
export function loadStatus(storage: StorageLike | null | undefined): Loaded<Matrix> {
  return load(impactmatrixStore, storage);
}

/** Reads the saved matrix; null when storage is unavailable, empty, newer or unreadable. */
export function loadSaved(storage: StorageLike | null | undefined): Matrix | null {
  const r = loadStatus(storage);
  return r.status === 'ok' && encodeLink(r.value) !== '' ? r.value : null;
}

/**
 * Saves a matrix, merged with what another tab stored since (`base`: this tab's previous own
 * matrix; without it, the whole matrix wins). Returns what happened and the matrix to show.
 */
export function saveMerged(storage: StorageLike | null | undefined, m: Matrix, base?: Matrix): Saved<Matrix> {
  return base ? save(impactmatrixStore, storage, m, base) : update(impactmatrixStore, storage, m, () => m);
}

/** Saves a matrix as it is (see `saveMerged`); true only when it was stored and reads back. */
export function saveMatrix(storage: StorageLike | null | undefined, m: Matrix): boolean {
  return saveMerged(storage, m).result === 'saved';
}
