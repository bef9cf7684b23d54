/**
 * The state of the zelfscan island as a pure reducer: one place holds the answers, the screen
 * and a shared result; the island only dispatches actions and renders.
 *
 * Where answers come from, in this order: link (`#v1.…`) → saved → empty. A link with someone
 * else's answers is shown read-only beside the visitor's own answers and never replaces them; a
 * link with exactly the visitor's own answers (a reload, a bookmark) opens their own result.
 *
 * Saving is the island's job: every change to the own answers or step raises `revision`, and
 * the island saves when `revision` changes. Restoring, opening a link and starting over do not
 * raise it (starting over clears the saved answers instead).
 */
import { emptyAnswers, lastStep, type Answer, type Answers, type ModelShape } from './types';

export interface ScanState {
  /** The visitor's own answers. */
  answers: Answers;
  /** Screen of the own scan: 0 = start, 1…n = dimension, n + 1 = result. */
  step: number;
  /** Someone else's answers from a link, shown read-only; null while the own scan shows. */
  shared: Answers | null;
  /** Raised by every change to `answers` or `step` that should be saved. */
  revision: number;
}

export type ScanAction =
  /** Start from the saved answers and step (or from nothing). */
  | { type: 'restore'; answers: Answers; step: number }
  /** A share link was opened with these answers. */
  | { type: 'link'; answers: Answers }
  /** Leave a shared result (or there is no link): show the own scan. */
  | { type: 'unlink' }
  /** Answer an item (flat index, model order). */
  | { type: 'answer'; item: number; answer: Answer }
  /** Answer a context question with an option index, or clear it (null). */
  | { type: 'context'; question: number; option: number | null }
  /** Go to a screen of the own scan (clamped to start … result). */
  | { type: 'go'; step: number }
  /** Forget the own answers and go back to the start. */
  | { type: 'reset' };

/** The state before anything is restored: empty answers on the start screen. */
export function initialState(shape: ModelShape): ScanState {
  return { answers: emptyAnswers(shape), step: 0, shared: null, revision: 0 };
}

/** True when both hold the same context answers and the same item answers. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.context, b.context) && same(a.items, b.items);
}

/** The answers on screen: the shared ones while a link is open, else the own. */
export const viewing = (state: ScanState): Answers => state.shared ?? state.answers;

/** Does the screen show a result (a shared one, or the own result step)? */
export const showsResult = (shape: ModelShape, state: ScanState): boolean =>
  state.shared !== null || state.step === lastStep(shape);

const clampStep = (shape: ModelShape, step: number) =>
  Number.isInteger(step) ? Math.max(0, Math.min(lastStep(shape), step)) : 0;

/** The next state. Pure; an action that does not fit the model leaves the state as it is. */
export function reduce(shape: ModelShape, state: ScanState, action: ScanAction): ScanState {
  const saved = (next: Partial<ScanState>): ScanState => ({ ...state, ...next, revision: state.revision + 1 });
  switch (action.type) {
    case 'restore':
      return { ...state, answers: action.answers, step: clampStep(shape, action.step) };
    case 'link':
      return sameAnswers(action.answers, state.answers)
        ? { ...state, shared: null, step: lastStep(shape) }
        : { ...state, shared: action.answers };
    case 'unlink':
      return state.shared === null ? state : { ...state, shared: null };
    case 'answer': {
      const { item, answer } = action;
      if (item < 0 || item >= state.answers.items.length) return state;
      return saved({
        answers: { ...state.answers, items: state.answers.items.map((x, i) => (i === item ? answer : x)) },
      });
    }
    case 'context': {
      const { question, option } = action;
      const size = shape.contextSizes[question];
      if (size === undefined || (option !== null && (option < 0 || option >= size))) return state;
      return saved({
        answers: { ...state.answers, context: state.answers.context.map((x, i) => (i === question ? option : x)) },
      });
    }
    case 'go':
      return saved({ step: clampStep(shape, action.step) });
    case 'reset':
      return { ...state, answers: emptyAnswers(shape), step: 0, shared: null };
  }
}
