/**
 * The zelfscan island: start screen, one dimension per screen, result; and instead of the
 * current scan, a result from a link, an earlier scan or a comparison. The state and its ties to
 * the browser live in use-scan.ts; this file wires the screens. What is not needed on the first
 * screen loads when it is used: the result and its advice (use-result.ts), the history ("Jouw
 * eerdere scans", history-part.tsx) and the comparison (Compare.tsx).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeT, type Strings } from '../../i18n/translate';
import { isoDate, longDate } from '../../lib/zelfscan/date';
import { eachItem, totalItems } from '../../lib/zelfscan/items';
import { hasAnswers } from '../../lib/zelfscan/share';
import { showsOwnResult, showsResult, type Side } from '../../lib/zelfscan/state';
import { HISTORY_KEY } from '../../lib/zelfscan/storage';
import { browserStorage, readItem } from '../../lib/safe-storage';
import { noticeFor } from '../../lib/store';
import { shapeOf, type ClientModel, type LinkedScan } from '../../lib/zelfscan/types';
import DimensionStep from './DimensionStep';
import Loading from './Loading';
import Notices from './Notices';
import Progress from './Progress';
import StartStep from './StartStep';
import type { HistState } from './history-state';
import type { ScanKey } from './strings';
import { useChunk, useLaterStrings } from './use-chunk';
import { useResult } from './use-result';
import { useScan } from './use-scan';

export interface Props {
  /** The questions (advice is fetched from `adviceUrl`). */
  model: ClientModel;
  /** The scan island's strings: `stringsFor('zelfscan.', …)`. */
  strings: Strings;
  /** URL of advies.json, base path included. */
  adviceUrl: string;
  /** URL of teksten.json (the strings of the history and the comparison), base path included. */
  moreUrl: string;
  /** URL of the team view, base path included. */
  teamHref: string;
  /** "Hoe we rekenen", as static HTML from the page (slot "rules"). */
  rules?: ComponentChildren;
}

export default function Zelfscan({ model, strings, adviceUrl, moreUrl, teamHref, rules }: Props) {
  const more = useLaterStrings(moreUrl);
  const t = useMemo(() => makeT<ScanKey>(more.mod ? { ...strings, ...more.mod } : strings), [strings, more.mod]);
  const shape = useMemo(() => shapeOf(model), [model]);
  const total = totalItems(shape.itemCounts);
  const scan = useScan(shape, model, t);
  const { state, dispatch, ready, heading } = scan;
  const lazy = useResult(adviceUrl, { version: model.version, items: total, levels: model.levels.length });
  const past = useChunk(() => import('./history-part'));
  const cmp = useChunk(() => import('./Compare'));
  const [hist, setHist] = useState<HistState | null>(null);
  const [wantHistory, setWantHistory] = useState(false);
  const { answers, step, view } = state;

  // The history loads when there is one, when this scan is in it, and when a result shows (to keep it).
  useEffect(() => {
    if (!ready) return;
    if (wantHistory || state.entry !== null || view !== null || showsOwnResult(shape, state) || readItem(browserStorage(), HISTORY_KEY)) {
      past.load();
      more.load();
    }
  }, [ready, wantHistory, state.entry, state.step, view]);
  // With two scans or more a comparison is one click away: fetch its code ahead (no layout shift then).
  useEffect(() => {
    if ((hist?.value.scans.length ?? 0) >= 2) cmp.load();
  }, [hist]);
  useEffect(() => {
    if (view?.kind === 'compare') {
      cmp.load();
      more.load();
    }
  }, [view]);
  // The result's code and advice are only needed from the first step on: load them then.
  const wanted = ready && (view !== null || state.step > 0);
  useEffect(() => {
    if (wanted) lazy.load();
  }, [wanted]);

  const scans = hist?.value.scans ?? [];
  const entryOf = (id: string) => scans.find((e) => e.id === id) ?? null;
  const sideOf = (s: Side): LinkedScan | null => (s.kind === 'scan' ? s.scan : entryOf(s.id));
  const current = state.entry === null ? null : entryOf(state.entry);
  const kept = current !== null && hist !== null && noticeFor(hist.result) === null;
  const latest = scans[scans.length - 1] ?? null;
  const restart = (from?: LinkedScan) => scan.reset(from, t(from ? 'reset.copied' : kept ? 'reset.kept' : 'reset.done'));
  const label = (s: LinkedScan) => s.name || (s.date ? t('entry.dated', { date: longDate(s.date) }) : t('entry.undated'));

  const answeredPer = model.dimensions.map(() => 0);
  for (const { dimension, index } of eachItem(model.dimensions)) if (answers.items[index] != null) answeredPer[dimension]! += 1;
  const names = [t('progress.start'), ...model.dimensions.map((d) => d.name), t('progress.result')];
  const counts = [null, ...model.dimensions.map((d, i) => ({ answered: answeredPer[i] ?? 0, total: d.items.length })), null];
  const { Part } = lazy;
  const Keeper = past.mod?.Keeper;
  const Panel = more.mod ? past.mod?.Panel : undefined;
  const panel = (level: 2 | 3) =>
    Panel && hist ? (
      <Panel t={t} model={model} shape={shape} hist={hist} setHist={setHist} level={level} current={state.entry} onOpen={scan.open} onDeleteCurrent={() => scan.reset(undefined, t('entry.deleted'))} />
    ) : null;

  const entry = view?.kind === 'entry' ? entryOf(view.id) : null;
  const from = view?.kind === 'compare' ? sideOf(view.from) : null;
  const to = view?.kind === 'compare' ? sideOf(view.to) : null;
  const shared = view?.kind === 'shared' ? view.scan : null;
  const own = view === null || entry !== null;
  const mine: LinkedScan = { answers, targets: state.targets, notes: state.notes, date: current?.date ?? isoDate(new Date()), name: current?.name ?? '' };
  const shown: LinkedScan | null = shared ?? entry ?? (view === null ? mine : null);
  const title = shared ? t('shared.title') : entry ? label(entry) : t('result.title');
  const Compare = more.mod ? cmp.mod?.default : undefined;
  const compareFailed = cmp.failed || more.failed;
  const retryCompare = () => {
    cmp.load();
    more.load();
  };

  let screen;
  if (view?.kind === 'compare') {
    screen = (
      <section class="zs-step zs-step--result" aria-labelledby="zs-step-title">
        <h2 id="zs-step-title" ref={heading} tabIndex={-1}>
          {from && to ? t('view.compare', { from: label(from), to: label(to) }) : t('view.compareShort')}
        </h2>
        {Compare && from && to ? (
          <Compare t={t} model={model} from={from} to={to} own={!view.shared} advice={lazy.advice} onRetry={lazy.load} label={label} onLeave={scan.leave} />
        ) : from && to ? (
          <Loading t={t} state={compareFailed ? 'error' : 'loading'} onRetry={retryCompare} />
        ) : hist ? (
          <Gone t={t} onLeave={scan.leave} />
        ) : (
          <Loading t={t} state={past.failed ? 'error' : 'loading'} onRetry={past.load} />
        )}
      </section>
    );
  } else if (showsResult(shape, state)) {
    screen = (
      <section class="zs-step zs-step--result" aria-labelledby="zs-step-title">
        <h2 id="zs-step-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {view?.kind === 'entry' && !entry ? (
          hist ? <Gone t={t} onLeave={scan.leave} /> : <Loading t={t} state={past.failed ? 'error' : 'loading'} onRetry={past.load} />
        ) : Part && shown ? (
          <Part
            t={t}
            model={model}
            scan={shown}
            mode={shared ? 'shared' : entry ? 'entry' : 'current'}
            advice={lazy.advice}
            onRetry={lazy.load}
            rules={rules}
            origin={ready ? location.origin + location.pathname : ''}
            teamHref={teamHref}
            kept={kept}
            onTarget={(dimension, level) => dispatch({ type: 'target', dimension, level })}
            onEdit={() => scan.go(1)}
            onReset={restart}
            onLeave={scan.leave}
            leaveLabel={!own ? (hasAnswers(answers) ? t('shared.own') : t('shared.start')) : t('entry.back')}
            onCompare={
              shared && latest ? () => scan.open({ kind: 'compare', from: { kind: 'entry', id: latest.id }, to: { kind: 'scan', scan: shared }, shared: false }) : undefined
            }
            compareLabel={latest ? t('shared.compare', { name: label(latest) }) : ''}
          >
            {view?.kind !== 'shared' && panel(3)}
          </Part>
        ) : (
          <Loading t={t} state={lazy.failed ? 'error' : 'loading'} onRetry={lazy.load} />
        )}
      </section>
    );
  } else if (step === 0) {
    screen = (
      <>
        <StartStep
          t={t}
          model={model}
          context={answers.context}
          started={hasAnswers(answers)}
          ready={ready}
          headingRef={heading}
          onContext={(question, option) => dispatch({ type: 'context', question, option })}
          onStart={() => scan.go(1)}
          kept={kept}
          onReset={(copy) => restart(copy ? mine : undefined)}
        />
        {panel(2) ??
          (ready && !wantHistory && (
            <p class="zs-history-open no-print">
              <button type="button" class="button button--link" onClick={() => setWantHistory(true)}>
                {t('entry.openFile')}
              </button>
            </p>
          ))}
      </>
    );
  } else {
    screen = (
      <DimensionStep
        t={t}
        key={step}
        dimension={model.dimensions[step - 1] ?? model.dimensions[0]!}
        n={step}
        total={model.dimensions.length}
        start={eachItem(model.dimensions).findIndex((x) => x.dimension === step - 1)}
        answers={answers.items}
        notes={state.notes}
        headingRef={heading}
        last={step === model.dimensions.length}
        onAnswer={(item, answer) => dispatch({ type: 'answer', item, answer })}
        onNote={(item, text) => dispatch({ type: 'note', item, text })}
        onPrev={() => scan.go(step - 1)}
        onNext={() => scan.go(step + 1)}
      />
    );
  }

  return (
    <div class="zs">
      <Notices t={t} notices={scan.notices} onFresh={scan.startFresh} onClose={scan.dismiss} />
      {Keeper && <Keeper t={t} shape={shape} state={state} dispatch={dispatch} hist={hist} setHist={setHist} />}
      {view === null && (
        <Progress
          t={t}
          names={names}
          counts={counts}
          step={step}
          answered={answeredPer.reduce((a, b) => a + b, 0)}
          total={total}
          disabled={!ready}
          onGo={scan.go}
        />
      )}
      {screen}
    </div>
  );
}

/** An earlier scan that is no longer there (deleted in another tab). */
function Gone({ t, onLeave }: { t: (k: ScanKey) => string; onLeave: () => void }) {
  return (
    <div class="notice notice--warn">
      <p>{t('entry.gone')}</p>
      <button type="button" class="button" onClick={onLeave}>
        {t('entry.back')}
      </button>
    </div>
  );
}
