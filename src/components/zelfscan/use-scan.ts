/**
 * The island's state and its ties to the browser: the reducer (src/lib/zelfscan/state.ts),
 * restoring and saving the current scan, the address (a share link in the fragment), the
 * browser's back and forward buttons (steps and opened views are history entries, same URL) and
 * the notices above the scan. Zelfscan.tsx renders what this holds.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { decodeShare, sameScan } from '../../lib/zelfscan/share';
import { initialState, reduce, type ScanAction, type ScanState, type View } from '../../lib/zelfscan/state';
import { STORAGE_KEY, clearStored, loadStored, saveStored, type Saved } from '../../lib/zelfscan/storage';
import { browserStorage } from '../../lib/safe-storage';
import { lastStep, type ClientModel, type ModelShape, type Scan } from '../../lib/zelfscan/types';
import type { T } from './strings';
import { onStoreChange } from '../store-events';

/** A message above the scan; `fresh` adds "Opnieuw beginnen" (saved data from a newer version). */
export type Notice = { id: string; text: string; fresh?: boolean };

/** Only `#v<digit>…` is ours; other fragments (the skip link's #main) are ordinary anchors. */
const isShareHash = (hash: string) => /^#v\d/.test(hash);
const isView = (v: unknown): v is View =>
  typeof v === 'object' && v !== null && ['shared', 'entry', 'compare'].includes((v as { kind?: unknown }).kind as string);
/** What of the state is saved. */
const toSaved = (s: ScanState): Saved => ({ answers: s.answers, targets: s.targets, notes: s.notes, step: s.step, entry: s.entry });

export function useScan(shape: ModelShape, model: ClientModel, t: T) {
  const resultStep = lastStep(shape);
  const [state, dispatch] = useReducer((s: ScanState, a: ScanAction) => reduce(shape, s, a), shape, initialState);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const saveFailed = useRef(false);
  /** The state on screen, for the listener below (which outlives any one render). */
  const now = useRef(state);
  now.current = state;

  const notify = (id: string, text: string, fresh = false) =>
    setNotices((list) => [...list.filter((n) => n.id !== id), { id, text, fresh }]);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));
  const here = () => location.pathname + location.search;

  /** Reads the fragment: a result or comparison to show, or an error notice (and the fragment is dropped). */
  function readHash(): void {
    if (!isShareHash(location.hash)) {
      dispatch({ type: 'unlink' });
      return;
    }
    const r = decodeShare(shape, location.hash);
    if (r.ok) {
      const { earlier, ...scan } = r;
      dispatch({ type: 'link', scan, earlier });
      return;
    }
    dispatch({ type: 'unlink' });
    const key = r.error === 'version' && (r.version ?? 0) > model.version ? 'newer' : r.error;
    notify('link', `${t(`notice.link.${key}`, { v: r.version ?? '', current: model.version })} ${t('notice.link.own')}`);
    // Drop the unreadable fragment so a reload does not repeat the notice.
    history.replaceState(history.state, '', here());
  }

  useLayoutEffect(() => {
    const storage = browserStorage();
    const loaded = loadStored(shape, storage);
    let step = 0;
    if (loaded.status === 'ok') {
      const { step: s, entry, ...scan } = loaded.saved;
      step = s;
      dispatch({ type: 'restore', scan, step, entry });
    } else if (loaded.status === 'corrupt') {
      notify('storage', t('notice.corrupt'));
      clearStored(storage, shape);
    } else if (loaded.status === 'old') {
      notify('storage', t('notice.old', { v: loaded.version }));
      clearStored(storage, shape);
    } else if (loaded.status === 'newer') {
      // Left untouched and nothing is saved, until the visitor chooses to start fresh.
      saveFailed.current = true;
      notify('storage', t('notice.newer'), true);
    } else if (loaded.status === 'unavailable') {
      saveFailed.current = true;
      notify('save', t('notice.unavailable'));
    }
    readHash();
    history.replaceState({ ...(history.state ?? {}), zs: step, zv: null }, '');
    setReady(true);
  }, []);

  // Browser back/forward between steps and views, and a fragment pasted into the address bar.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const st = e.state as { zs?: unknown; zv?: unknown } | null;
      if (typeof st?.zs !== 'number') return;
      focusNext.current = true;
      dispatch({ type: 'go', step: st.zs });
      if (isView(st.zv)) dispatch({ type: 'open', view: st.zv });
      else readHash();
    };
    addEventListener('popstate', onPop);
    addEventListener('hashchange', readHash);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('hashchange', readHash);
    };
  }, []);

  // Another tab changed the saved scan: show what is stored now (this tab's own changes are in it,
  // every change is saved at once and merged per answer), on the step this tab is on, and say so
  // when answers, targets or notes changed (not when the other tab only moved to another step).
  useEffect(
    () =>
      onStoreChange(STORAGE_KEY, () => {
        const loaded = loadStored(shape, browserStorage());
        if (loaded.status !== 'ok') return;
        const { step: _step, entry, ...scan } = loaded.saved;
        const changed = !sameScan(shape, scan, now.current);
        dispatch({ type: 'restore', scan, step: now.current.step, entry });
        if (changed) notify('elsewhere', t('notice.changedElsewhere'));
      }),
    [],
  );

  // Save every change to the current scan (see `revision` in state.ts). A layout effect runs
  // right after the render that the change caused, so a reload straight after a click keeps it.
  useLayoutEffect(() => {
    if (state.revision === 0) return;
    if (!saveStored(shape, browserStorage(), toSaved(state)) && !saveFailed.current) {
      saveFailed.current = true;
      notify('save', t('notice.unavailable'));
    }
  }, [state.revision]);

  // Move focus to the new screen's heading after navigation (not on first load), and the heading
  // to the top: a part that loads later then grows below it, never pushing it out of view.
  useEffect(() => {
    const h = heading.current;
    if (focusNext.current && h) {
      focusNext.current = false;
      h.focus({ preventScroll: true });
      if (h.getBoundingClientRect().top < 0 || h.getBoundingClientRect().top > innerHeight / 3) h.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  }, [state.step, state.view]);

  function go(step: number) {
    focusNext.current = true;
    dispatch({ type: 'go', step });
    history.pushState({ ...(history.state ?? {}), zs: Math.max(0, Math.min(resultStep, step)), zv: null }, '');
  }
  /** Shows an earlier scan or a comparison (a history entry of its own, so Back returns). */
  function open(view: View) {
    focusNext.current = true;
    dispatch({ type: 'open', view });
    history.pushState({ zs: state.step, zv: view }, '', here());
  }
  /** Replaces saved data of a newer version with what is on screen now. */
  function startFresh() {
    const storage = browserStorage();
    clearStored(storage, shape);
    saveFailed.current = false;
    dismiss('storage');
    if (state.revision > 0) saveStored(shape, storage, toSaved(state));
  }
  /** Starts a new scan: empty (the saved one is cleared), or from the answers of `from`. */
  function reset(from?: Scan, doneText = t('reset.done')) {
    clearStored(browserStorage(), shape);
    saveFailed.current = false;
    focusNext.current = true;
    dispatch(from ? { type: 'reset', from } : { type: 'reset' });
    setNotices([{ id: 'reset', text: doneText }]);
    history.replaceState({ zs: from ? 1 : 0, zv: null }, '', here());
  }
  /** Leaves what is shown instead of the current scan (a link, an earlier scan, a comparison). */
  function leave() {
    // A view opened here is a history entry of its own: go back to what was there before.
    if (isView((history.state as { zv?: unknown } | null)?.zv)) {
      history.back();
      return;
    }
    history.replaceState({ ...(history.state ?? {}), zs: state.step, zv: null }, '', here());
    focusNext.current = true;
    dispatch({ type: 'unlink' });
  }

  return { state, dispatch, notices, notify, dismiss, ready, heading, go, open, startFresh, reset, leave };
}

export type ScanHook = ReturnType<typeof useScan>;
