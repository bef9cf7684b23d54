/**
 * The history chunk ("Jouw eerdere scans"), loaded only when there is a history or a result to
 * keep (see Zelfscan.tsx). `Keeper` renders nothing: it reads the history (again when another tab
 * changes it), keeps the current scan once its result shows, and keeps that entry up to date as
 * its answers, targets and notes change. `Panel` is the list with its actions.
 *
 * Every write goes through `update()` of src/lib/store.ts: read-modify-write, verified, newer
 * data never overwritten. When nothing can be stored the history lives on in memory for this
 * visit and the panel says so; the scan itself works as ever.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { isoDate } from '../../lib/zelfscan/date';
import { historyStore, newId, putEntry, updateEntry, type Entry, type History } from '../../lib/zelfscan/history';
import { sameScan } from '../../lib/zelfscan/share';
import { scoreAnswers } from '../../lib/zelfscan/scoring';
import { showsOwnResult, type ScanAction, type ScanState } from '../../lib/zelfscan/state';
import { HISTORY_KEY } from '../../lib/zelfscan/storage';
import type { ModelShape } from '../../lib/zelfscan/types';
import { browserStorage } from '../../lib/safe-storage';
import { load, update } from '../../lib/store';
import { onStoreChange } from '../store-events';
import type { HistState } from './history-state';
import type { T } from './strings';

export { default as Panel } from './HistoryPanel';

/** Applies a change to the stored history (read-modify-write) and says what became of it. */
export function changeHistory(shape: ModelShape, hist: HistState, fn: (h: History) => History): HistState {
  const r = update(historyStore(shape), browserStorage(), hist.value, fn);
  return { value: r.value, result: r.result };
}

/** A fresh entry id. */
export const freshId = (): string => newId(Date.now(), Math.random());

export interface KeeperProps {
  t: T;
  shape: ModelShape;
  state: ScanState;
  dispatch: (a: ScanAction) => void;
  hist: HistState | null;
  setHist: (h: HistState) => void;
}

export function Keeper({ shape, state, dispatch, hist, setHist }: KeeperProps) {
  const spec = useMemo(() => historyStore(shape), [shape]);

  // Read the history, and again whenever another tab changes it.
  useEffect(() => {
    const read = () => {
      const r = load(spec, browserStorage());
      setHist({ value: r.value, result: r.status });
    };
    read();
    return onStoreChange(HISTORY_KEY, read);
  }, [spec]);

  // Keep the current scan once its result shows with an overall level (a finished scan).
  const own = showsOwnResult(shape, state);
  useEffect(() => {
    if (!hist || !own || (state.entry !== null && hist.value.scans.some((e) => e.id === state.entry))) return;
    if (scoreAnswers(shape, state.answers.items).overall.level === null) return;
    const entry: Entry = { id: freshId(), date: isoDate(new Date()), name: '', answers: state.answers, targets: state.targets, notes: state.notes };
    setHist(changeHistory(shape, hist, (h) => putEntry(h, entry)));
    dispatch({ type: 'entry', id: entry.id });
  }, [hist, own, state.entry]);

  // Keep that entry up to date as the answers, targets and notes change.
  useEffect(() => {
    const id = state.entry;
    const at = id === null ? undefined : hist?.value.scans.find((e) => e.id === id);
    if (!hist || id === null || !at || sameScan(shape, at, state)) return;
    setHist(changeHistory(shape, hist, (h) => updateEntry(h, id, state)));
  }, [hist, state.revision]);

  return null;
}
