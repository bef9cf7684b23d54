/**
 * The state of the zelfscan island as a pure reducer: one place holds the current scan (answers,
 * targets, notes), the screen, and what is shown instead of it (a shared result, an earlier
 * scan, a comparison); the island only dispatches actions and renders.
 *
 * Where the current scan comes from, in this order: link (`#v1.…`) → saved → empty. A link with
 * someone else's answers is shown read-only beside the visitor's own scan and never replaces it;
 * a link with exactly the visitor's own answers (a reload, a bookmark) opens their own result.
 *
 * Saving is the island's job: every change to the current scan, its step or its history entry
 * raises `revision`, and the island saves when `revision` changes. Restoring, opening a link or
 * an earlier scan and starting over empty do not raise it (starting over clears the saved scan
 * instead; starting over from earlier answers saves them).
 */
import { emptyScan, lastStep, NOTE_MAX, isTarget, type Answer, type Answers, type LinkedScan, type ModelShape, type Notes, type Scan, type Targets } from './types';

/** One side of a comparison: an entry of the own history (by id), or a result from a link or file. */
export type Side = { kind: 'entry'; id: string } | { kind: 'scan'; scan: LinkedScan };

/** What the screen shows instead of the current scan. */
export type View =
  /** Someone else's result from a link, read-only. */
  | { kind: 'shared'; scan: LinkedScan }
  /** One of the visitor's own earlier scans, read-only. */
  | { kind: 'entry'; id: string }
  /** Two results side by side, `from` then `to`; `shared` when a link brought both. */
  | { kind: 'compare'; from: Side; to: Side; shared: boolean };

export interface ScanState extends Scan {
  /** Screen of the current scan: 0 = start, 1…n = dimension, n + 1 = result. */
  step: number;
  /** The id of this scan in the history once it was completed; null before. */
  entry: string | null;
  /** What shows instead of the current scan; null while the current scan shows. */
  view: View | null;
  /** Raised by every change that should be saved. */
  revision: number;
}

export type ScanAction =
  /** Start from the saved scan and step (or from nothing). */
  | { type: 'restore'; scan: Scan; step: number; entry: string | null }
  /** A share link was opened: one result, or (with `earlier`) a comparison. */
  | { type: 'link'; scan: LinkedScan; earlier: LinkedScan | null }
  /** Leave what is shown (or there is no link): show the current scan. */
  | { type: 'unlink' }
  /** Show an earlier scan or a comparison (or, with null, the current scan again). */
  | { type: 'open'; view: View | null }
  /** Answer an item (flat index, model order). */
  | { type: 'answer'; item: number; answer: Answer }
  /** Answer a context question with an option index, or clear it (null). */
  | { type: 'context'; question: number; option: number | null }
  /** Write the note of an item ('' = none). */
  | { type: 'note'; item: number; text: string }
  /** Set the target of a dimension (1–5), or clear it (null). */
  | { type: 'target'; dimension: number; level: number | null }
  /** The current scan is (or is no longer) this entry of the history. */
  | { type: 'entry'; id: string | null }
  /** Go to a screen of the current scan (clamped to start … result). */
  | { type: 'go'; step: number }
  /** Start a new scan: empty, or from the answers, targets and notes of `from` (then on the first questions). */
  | { type: 'reset'; from?: Scan };

/** The state before anything is restored: an empty scan on the start screen. */
export function initialState(shape: ModelShape): ScanState {
  return { ...emptyScan(shape), step: 0, entry: null, view: null, revision: 0 };
}

/** True when both hold the same context answers and the same item answers. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.context, b.context) && same(a.items, b.items);
}

/** The answers on screen for a single result: a shared link's, else the current scan's. */
export const viewing = (state: ScanState): Answers => (state.view?.kind === 'shared' ? state.view.scan.answers : state.answers);

/** Does the screen show a result (the current scan's result step, or anything in `view`)? */
export const showsResult = (shape: ModelShape, state: ScanState): boolean => state.view !== null || state.step === lastStep(shape);

/** Is the current scan's own result on screen (not a link, an earlier scan or a comparison)? */
export const showsOwnResult = (shape: ModelShape, state: ScanState): boolean => state.view === null && state.step === lastStep(shape);

const clampStep = (shape: ModelShape, step: number) =>
  Number.isInteger(step) ? Math.max(0, Math.min(lastStep(shape), step)) : 0;

/** A list with entry `i` replaced. */
const replaced = <T>(list: readonly T[], i: number, value: T): T[] => list.map((x, k) => (k === i ? value : x));

/** The next state. Pure; an action that does not fit the model leaves the state as it is. */
export function reduce(shape: ModelShape, state: ScanState, action: ScanAction): ScanState {
  const saved = (next: Partial<ScanState>): ScanState => ({ ...state, ...next, revision: state.revision + 1 });
  switch (action.type) {
    case 'restore': {
      const { answers, targets, notes } = action.scan;
      return { ...state, answers, targets, notes, entry: action.entry, step: clampStep(shape, action.step) };
    }
    case 'link':
      if (action.earlier) return { ...state, view: { kind: 'compare', from: { kind: 'scan', scan: action.earlier }, to: { kind: 'scan', scan: action.scan }, shared: true } };
      return sameAnswers(action.scan.answers, state.answers)
        ? { ...state, view: null, step: lastStep(shape) }
        : { ...state, view: { kind: 'shared', scan: action.scan } };
    case 'unlink':
      return state.view === null ? state : { ...state, view: null };
    case 'open':
      return { ...state, view: action.view };
    case 'answer': {
      const { item, answer } = action;
      if (item < 0 || item >= state.answers.items.length) return state;
      return saved({ answers: { ...state.answers, items: replaced(state.answers.items, item, answer) } });
    }
    case 'context': {
      const { question, option } = action;
      const size = shape.contextSizes[question];
      if (size === undefined || (option !== null && (option < 0 || option >= size))) return state;
      return saved({ answers: { ...state.answers, context: replaced(state.answers.context, question, option) } });
    }
    case 'note': {
      const { item, text } = action;
      if (item < 0 || item >= state.notes.length || typeof text !== 'string') return state;
      return saved({ notes: replaced<string>(state.notes, item, text.slice(0, NOTE_MAX)) as Notes });
    }
    case 'target': {
      const { dimension, level } = action;
      if (dimension < 0 || dimension >= state.targets.length || (level !== null && !isTarget(level))) return state;
      return saved({ targets: replaced<number | null>(state.targets, dimension, level) as Targets });
    }
    case 'entry':
      return saved({ entry: action.id });
    case 'go':
      return saved({ step: clampStep(shape, action.step) });
    case 'reset': {
      const { answers, targets, notes } = action.from ?? emptyScan(shape);
      const fresh = { ...state, answers, targets, notes, step: action.from ? 1 : 0, entry: null, view: null };
      return action.from ? { ...fresh, revision: state.revision + 1 } : fresh;
    }
  }
}
