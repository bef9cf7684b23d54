/**
 * The zelfscan island: start screen, one dimension per screen, result. All logic lives in
 * src/lib/zelfscan; this file keeps the state, saves it and wires the screens.
 *
 * Where answers come from, in this order: link (#v1.…) → saved → empty. A link is shown in a
 * labelled "shared" view and never written over the visitor's own saved answers. Steps are
 * browser history entries (same URL), so the browser's back and forward buttons work too.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { scoreAnswers, dimensionStarts } from '../../lib/zelfscan/scoring';
import { decodeShare, encodeShare, hasAnswers } from '../../lib/zelfscan/share';
import { browserStorage, clearStored, lastStep, loadStored, saveStored } from '../../lib/zelfscan/storage';
import { emptyAnswers, shapeOf, type AdviceBundle, type Answer, type Answers, type ClientModel } from '../../lib/zelfscan/types';
import Actions from './Actions';
import DimensionStep from './DimensionStep';
import Progress from './Progress';
import Result, { type AdviceState } from './Result';
import StartStep from './StartStep';
import { t, tk } from './t';

export interface Props {
  /** The questions (advice is fetched from `adviceUrl`). */
  model: ClientModel;
  /** URL of advies.json, base path included. */
  adviceUrl: string;
  /** URL of the team view, base path included. */
  teamHref: string;
  /** "Hoe we rekenen", as static HTML from the page (slot "rules"). */
  rules?: ComponentChildren;
}

type Notice = { id: string; text: string };

/** Checks the fetched advice against the model; anything else counts as a load error. */
function validBundle(data: unknown, model: ClientModel, total: number): data is AdviceBundle {
  if (typeof data !== 'object' || data === null) return false;
  const b = data as Partial<AdviceBundle>;
  return (
    b.version === model.version &&
    Array.isArray(b.levels) &&
    Array.isArray(b.notes) &&
    Array.isArray(b.advice) &&
    b.advice.length === total &&
    b.advice.every((a) => Array.isArray(a) && a.length === model.levels.length)
  );
}

const today = () => new Date().toISOString().slice(0, 10);

export default function Zelfscan({ model, adviceUrl, teamHref, rules }: Props) {
  const shape = useMemo(() => shapeOf(model), [model]);
  const starts = useMemo(() => dimensionStarts(shape), [shape]);
  const total = starts.length ? (starts[starts.length - 1] ?? 0) + (shape.itemCounts[shape.itemCounts.length - 1] ?? 0) : 0;
  const resultStep = lastStep(shape);

  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(shape));
  const [step, setStep] = useState(0);
  const [shared, setShared] = useState<Answers | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
  const [advice, setAdvice] = useState<AdviceState | null>(null);
  const [origin, setOrigin] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  /** The latest own answers and step, so handlers never work on a stale render. */
  const live = useRef<{ answers: Answers; step: number }>({ answers, step });
  const saveFailed = useRef(false);

  const notify = (id: string, text: string) => setNotices((list) => [...list.filter((n) => n.id !== id), { id, text }]);

  /** Reads the fragment: someone's result, our own (→ result screen) or an error notice. */
  function readHash(own: Answers): void {
    const hash = location.hash;
    // Only `#v<digit>…` is ours; other fragments (the skip link's #main) are ordinary anchors.
    if (!/^#v\d/.test(hash)) {
      setShared(null);
      return;
    }
    const r = decodeShare(shape, hash);
    if (r.ok) {
      if (encodeShare(shape, r.answers) === encodeShare(shape, own)) {
        // Your own link (a reload, a bookmark): that is your result, not someone else's.
        setShared(null);
        live.current = { ...live.current, step: resultStep };
        setStep(resultStep);
      } else setShared(r.answers);
      return;
    }
    setShared(null);
    const vars = { v: r.version ?? '', current: model.version };
    notify('link', `${tk(`zelfscan.notice.link.${r.error}`, vars)} ${t('zelfscan.notice.link.own')}`);
    // Drop the unreadable fragment so a reload does not repeat the notice.
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  useLayoutEffect(() => {
    const storage = browserStorage();
    const loaded = loadStored(shape, storage);
    let own = emptyAnswers(shape);
    let s = 0;
    if (loaded.status === 'ok') {
      own = loaded.saved.answers;
      s = loaded.saved.step;
    } else if (loaded.status === 'corrupt') {
      notify('storage', t('zelfscan.notice.corrupt'));
      clearStored(storage);
    } else if (loaded.status === 'old') {
      notify('storage', t('zelfscan.notice.old', { v: loaded.version }));
      clearStored(storage);
    } else if (loaded.status === 'unavailable') {
      saveFailed.current = true;
      notify('save', t('zelfscan.notice.unavailable'));
    }
    live.current = { answers: own, step: s };
    setAnswers(own);
    setStep(s);
    readHash(own);
    setOrigin(location.origin + location.pathname);
    history.replaceState({ ...(history.state ?? {}), zs: s }, '');
    setReady(true);
  }, []);

  // Browser back/forward between steps, and a fragment pasted into the address bar.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const s = (e.state as { zs?: unknown } | null)?.zs;
      if (typeof s === 'number' && s >= 0 && s <= resultStep) {
        focusNext.current = true;
        commit(live.current.answers, s);
      }
    };
    const onHash = () => readHash(live.current.answers);
    addEventListener('popstate', onPop);
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('hashchange', onHash);
    };
  }, []);

  // Move focus to the new screen's heading after navigation (not on first load).
  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      heading.current?.focus();
    }
  }, [step, shared]);

  const viewing = shared ?? answers;
  const showResult = shared !== null || step === resultStep;

  // The advice is only needed for the result: fetch it after the first interaction.
  function loadAdvice() {
    setAdvice('loading');
    fetch(adviceUrl, { credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: unknown) => setAdvice(validBundle(data, model, total) ? data : 'error'))
      .catch(() => setAdvice('error'));
  }
  useEffect(() => {
    if (ready && advice === null && (shared !== null || step > 0)) loadAdvice();
  }, [ready, step, shared]);

  /** Applies and saves a change to the own answers or step, right away (never the shared ones). */
  function commit(a: Answers, s: number) {
    live.current = { answers: a, step: s };
    setAnswers(a);
    setStep(s);
    if (!saveStored(shape, browserStorage(), live.current) && !saveFailed.current) {
      saveFailed.current = true;
      notify('save', t('zelfscan.notice.unavailable'));
    }
  }
  function go(s: number) {
    const next = Math.max(0, Math.min(resultStep, s));
    focusNext.current = true;
    commit(live.current.answers, next);
    history.pushState({ ...(history.state ?? {}), zs: next }, '');
  }
  function answer(item: number, a: Answer) {
    const prev = live.current.answers;
    commit({ ...prev, items: prev.items.map((x, i) => (i === item ? a : x)) }, live.current.step);
  }
  function setContext(q: number, option: number | null) {
    const prev = live.current.answers;
    commit({ ...prev, context: prev.context.map((x, i) => (i === q ? option : x)) }, live.current.step);
  }
  function reset() {
    clearStored(browserStorage());
    focusNext.current = true;
    live.current = { answers: emptyAnswers(shape), step: 0 };
    setAnswers(live.current.answers);
    setStep(0);
    setNotices([{ id: 'reset', text: t('zelfscan.reset.done') }]);
    history.replaceState({ ...(history.state ?? {}), zs: 0 }, '');
  }
  function leaveShared() {
    history.replaceState({ ...(history.state ?? {}), zs: step }, '', location.pathname + location.search);
    focusNext.current = true;
    setShared(null);
  }

  const result = useMemo(() => scoreAnswers(shape, viewing.items), [shape, viewing]);
  const answered = answers.items.filter((a) => a !== null).length;
  const code = encodeShare(shape, viewing);
  const names = [t('zelfscan.progress.start'), ...model.dimensions.map((d) => d.name), t('zelfscan.progress.result')];
  const counts = [
    null,
    ...model.dimensions.map((d, i) => ({
      answered: d.items.filter((_, k) => answers.items[(starts[i] ?? 0) + k] != null).length,
      total: d.items.length,
    })),
    null,
  ];

  return (
    <div class="zs">
      {notices.map((n) => (
        <div class="notice zs-notice no-print" role="status" key={n.id}>
          <p>{n.text}</p>
          <button type="button" class="button" onClick={() => setNotices((l) => l.filter((x) => x.id !== n.id))}>
            {t('zelfscan.notice.close')}
          </button>
        </div>
      ))}

      {shared !== null ? (
        <div class="zs-shared notice no-print">
          <p>
            <strong>{t('zelfscan.shared.title')}.</strong> {t('zelfscan.shared.text')}
          </p>
          <button type="button" class="button button--primary" onClick={leaveShared}>
            {hasAnswers(answers) ? t('zelfscan.shared.own') : t('zelfscan.shared.start')}
          </button>
        </div>
      ) : (
        <Progress
          names={names}
          counts={counts}
          step={step}
          answered={answered}
          total={total}
          disabled={!ready}
          onGo={go}
        />
      )}

      {showResult ? (
        <section class="zs-step" aria-labelledby="zs-step-title">
          <h2 id="zs-step-title" ref={heading} tabIndex={-1}>
            {shared !== null ? t('zelfscan.shared.title') : t('zelfscan.result.title')}
          </h2>
          <Result
            model={model}
            answers={viewing}
            result={result}
            advice={advice ?? 'loading'}
            onRetry={loadAdvice}
            rules={rules}
            actions={
              <Actions
                data={{ model, answers: viewing, result, link: `${origin}#${code}`, date: today() }}
                own={shared === null}
                teamHref={teamHref}
                onEdit={() => go(1)}
                onReset={reset}
              />
            }
          />
        </section>
      ) : step === 0 ? (
        <StartStep
          model={model}
          context={answers.context}
          started={hasAnswers(answers)}
          ready={ready}
          headingRef={heading}
          onContext={setContext}
          onStart={() => go(1)}
          onReset={reset}
        />
      ) : (
        <DimensionStep
          key={step}
          dimension={model.dimensions[step - 1] ?? model.dimensions[0]!}
          n={step}
          total={model.dimensions.length}
          start={starts[step - 1] ?? 0}
          answers={answers.items}
          headingRef={heading}
          last={step === model.dimensions.length}
          onAnswer={answer}
          onPrev={() => go(step - 1)}
          onNext={() => go(step + 1)}
        />
      )}
    </div>
  );
}
