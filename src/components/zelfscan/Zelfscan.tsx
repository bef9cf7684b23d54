/**
 * The zelfscan island: start screen, one dimension per screen, result. The state is the pure
 * reducer in src/lib/zelfscan/state.ts (where answers come from: link → saved → empty); this
 * file dispatches to it, saves, reads the address and wires the screens. The result screen's
 * code and the advice load in the background (use-result.ts).
 *
 * Steps are browser history entries (same URL), so the browser's back and forward buttons work.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { makeT, type Strings } from '../../i18n/translate';
import { isoDate } from '../../lib/zelfscan/date';
import { eachItem, totalItems } from '../../lib/zelfscan/items';
import { decodeShare, hasAnswers } from '../../lib/zelfscan/share';
import { initialState, reduce, showsResult, viewing, type ScanAction } from '../../lib/zelfscan/state';
import { clearStored, loadStored, saveStored } from '../../lib/zelfscan/storage';
import { browserStorage } from '../../lib/safe-storage';
import { lastStep, shapeOf, type ClientModel } from '../../lib/zelfscan/types';
import DimensionStep from './DimensionStep';
import Loading from './Loading';
import Progress from './Progress';
import StartStep from './StartStep';
import type { ScanKey } from './strings';
import { useResult } from './use-result';

export interface Props {
  /** The questions (advice is fetched from `adviceUrl`). */
  model: ClientModel;
  /** The scan island's strings: `stringsFor('zelfscan.', …)`. */
  strings: Strings;
  /** URL of advies.json, base path included. */
  adviceUrl: string;
  /** URL of the team view, base path included. */
  teamHref: string;
  /** "Hoe we rekenen", as static HTML from the page (slot "rules"). */
  rules?: ComponentChildren;
}

/** A message above the scan; `fresh` adds "Opnieuw beginnen" (saved data from a newer version). */
type Notice = { id: string; text: string; fresh?: boolean };

/** Only `#v<digit>…` is ours; other fragments (the skip link's #main) are ordinary anchors. */
const isShareHash = (hash: string) => /^#v\d/.test(hash);

export default function Zelfscan({ model, strings, adviceUrl, teamHref, rules }: Props) {
  const t = useMemo(() => makeT<ScanKey>(strings), [strings]);
  const shape = useMemo(() => shapeOf(model), [model]);
  const total = totalItems(shape.itemCounts);
  const resultStep = lastStep(shape);

  const [state, dispatch] = useReducer((s, a: ScanAction) => reduce(shape, s, a), shape, initialState);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
  const [origin, setOrigin] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const saveFailed = useRef(false);
  const lazy = useResult(adviceUrl, { version: model.version, items: total, levels: model.levels.length });

  const notify = (id: string, text: string, fresh = false) =>
    setNotices((list) => [...list.filter((n) => n.id !== id), { id, text, fresh }]);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));

  /** Reads the fragment: a result to show, or an error notice (and the fragment is dropped). */
  function readHash(): void {
    if (!isShareHash(location.hash)) {
      dispatch({ type: 'unlink' });
      return;
    }
    const r = decodeShare(shape, location.hash);
    if (r.ok) {
      dispatch({ type: 'link', answers: r.answers });
      return;
    }
    dispatch({ type: 'unlink' });
    notify(
      'link',
      `${t(`notice.link.${r.error}`, { v: r.version ?? '', current: model.version })} ${t('notice.link.own')}`,
    );
    // Drop the unreadable fragment so a reload does not repeat the notice.
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  useLayoutEffect(() => {
    const storage = browserStorage();
    const loaded = loadStored(shape, storage);
    let step = 0;
    if (loaded.status === 'ok') {
      step = loaded.saved.step;
      dispatch({ type: 'restore', answers: loaded.saved.answers, step });
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
    setOrigin(location.origin + location.pathname);
    history.replaceState({ ...(history.state ?? {}), zs: step }, '');
    setReady(true);
  }, []);

  // Browser back/forward between steps, and a fragment pasted into the address bar.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const s = (e.state as { zs?: unknown } | null)?.zs;
      if (typeof s === 'number') {
        focusNext.current = true;
        dispatch({ type: 'go', step: s });
      }
    };
    addEventListener('popstate', onPop);
    addEventListener('hashchange', readHash);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('hashchange', readHash);
    };
  }, []);

  // Save every change to the own answers or step (see `revision` in state.ts). A layout effect
  // runs right after the render that the change caused, so a reload straight after a click keeps it.
  useLayoutEffect(() => {
    if (state.revision === 0) return;
    if (!saveStored(shape, browserStorage(), state) && !saveFailed.current) {
      saveFailed.current = true;
      notify('save', t('notice.unavailable'));
    }
  }, [state.revision]);

  // Move focus to the new screen's heading after navigation (not on first load).
  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      heading.current?.focus();
    }
  }, [state.step, state.shared]);

  // The result's code and advice are only needed from the first step on: load them then.
  const wanted = ready && (state.shared !== null || state.step > 0);
  useEffect(() => {
    if (wanted) lazy.load();
  }, [wanted]);

  function go(step: number) {
    focusNext.current = true;
    dispatch({ type: 'go', step });
    history.pushState({ ...(history.state ?? {}), zs: Math.max(0, Math.min(resultStep, step)) }, '');
  }
  /** Replaces saved data of a newer version with what is on screen now. */
  function startFresh() {
    const storage = browserStorage();
    clearStored(storage, shape);
    saveFailed.current = false;
    dismiss('storage');
    if (state.revision > 0) saveStored(shape, storage, state);
  }
  function reset() {
    clearStored(browserStorage(), shape);
    saveFailed.current = false;
    focusNext.current = true;
    dispatch({ type: 'reset' });
    setNotices([{ id: 'reset', text: t('reset.done') }]);
    history.replaceState({ ...(history.state ?? {}), zs: 0 }, '');
  }
  function leaveShared() {
    history.replaceState({ ...(history.state ?? {}), zs: state.step }, '', location.pathname + location.search);
    focusNext.current = true;
    dispatch({ type: 'unlink' });
  }

  const { answers, step, shared } = state;
  const answeredPer = model.dimensions.map(() => 0);
  for (const { dimension, index } of eachItem(model.dimensions))
    if (answers.items[index] != null) answeredPer[dimension]! += 1;
  const names = [t('progress.start'), ...model.dimensions.map((d) => d.name), t('progress.result')];
  const counts = [
    null,
    ...model.dimensions.map((d, i) => ({ answered: answeredPer[i] ?? 0, total: d.items.length })),
    null,
  ];
  const { Part } = lazy;
  const leaveLabel = hasAnswers(answers) ? t('shared.own') : t('shared.start');

  return (
    <div class="zs">
      {notices.map((n) => (
        <div class="notice zs-notice no-print" role="status" key={n.id}>
          <p>{n.text}</p>
          {n.fresh && (
            <button type="button" class="button" onClick={startFresh}>
              {t('notice.startFresh')}
            </button>
          )}
          <button type="button" class="button" onClick={() => dismiss(n.id)}>
            {t('notice.close')}
          </button>
        </div>
      ))}

      {shared === null && (
        <Progress
          t={t}
          names={names}
          counts={counts}
          step={step}
          answered={answeredPer.reduce((a, b) => a + b, 0)}
          total={total}
          disabled={!ready}
          onGo={go}
        />
      )}

      {showsResult(shape, state) ? (
        <section class="zs-step zs-step--result" aria-labelledby="zs-step-title">
          <h2 id="zs-step-title" ref={heading} tabIndex={-1}>
            {shared !== null ? t('shared.title') : t('result.title')}
          </h2>
          {Part ? (
            <Part
              t={t}
              model={model}
              answers={viewing(state)}
              advice={lazy.advice}
              onRetry={lazy.load}
              rules={rules}
              own={shared === null}
              origin={origin}
              date={isoDate(new Date())}
              teamHref={teamHref}
              onEdit={() => go(1)}
              onReset={reset}
              onLeave={leaveShared}
              leaveLabel={leaveLabel}
            />
          ) : (
            <Loading t={t} state={lazy.failed ? 'error' : 'loading'} onRetry={lazy.load} />
          )}
        </section>
      ) : step === 0 ? (
        <StartStep
          t={t}
          model={model}
          context={answers.context}
          started={hasAnswers(answers)}
          ready={ready}
          headingRef={heading}
          onContext={(question, option) => dispatch({ type: 'context', question, option })}
          onStart={() => go(1)}
          onReset={reset}
        />
      ) : (
        <DimensionStep
          t={t}
          key={step}
          dimension={model.dimensions[step - 1] ?? model.dimensions[0]!}
          n={step}
          total={model.dimensions.length}
          start={eachItem(model.dimensions).findIndex((x) => x.dimension === step - 1)}
          answers={answers.items}
          headingRef={heading}
          last={step === model.dimensions.length}
          onAnswer={(item, answer) => dispatch({ type: 'answer', item, answer })}
          onPrev={() => go(step - 1)}
          onNext={() => go(step + 1)}
        />
      )}
    </div>
  );
}
