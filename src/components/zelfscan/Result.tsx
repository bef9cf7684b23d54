/**
 * The result, in the order a reader needs it: the overall level with the key figures (on the
 * first screen of a phone; for someone else's result then a line saying so and the way to the
 * own scan), the three next steps, notes for the context, the scores per
 * dimension (radar and table; bars only below 480 px), what the five levels mean, the actions,
 * then all advice folded per dimension and how we calculate. The visitor's own result and
 * someone else's (shared link) differ only in wording and actions.
 *
 * Loaded on demand (see use-result.ts): this file and what it imports form their own chunk.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { contextIds, notesFor } from '../../lib/zelfscan/advice';
import { scoreAnswers } from '../../lib/zelfscan/scoring';
import { encodeShare } from '../../lib/zelfscan/share';
import { shapeOf, type Answers, type ClientModel } from '../../lib/zelfscan/types';
import Actions from './Actions';
import { AllAdvice, NextSteps, PageRef } from './Advice';
import Levels from './Levels';
import Loading from './Loading';
import Overall from './Overall';
import Radar from './Radar';
import ScoreTable from './ScoreTable';
import { wording, type T } from './strings';
import type { AdviceState } from './use-result';

export interface Props {
  /** The island's strings. */
  t: T;
  model: ClientModel;
  answers: Answers;
  advice: AdviceState;
  onRetry: () => void;
  /** "Hoe we rekenen": rendered by the page (static HTML in a slot), shown at the end. */
  rules?: ComponentChildren;
  /** The visitor's own result (not a shared one): then edit, team and reset show. */
  own: boolean;
  /** Address of the zelfscan page, without fragment: the share link adds the answers. */
  origin: string;
  /** Date of the result, `YYYY-MM-DD`. */
  date: string;
  teamHref: string;
  onEdit: () => void;
  onReset: () => void;
  /** For someone else's result: leave it for the own scan. */
  onLeave: () => void;
  /** Label of that button ("Doe de scan zelf" or "Naar je eigen scan"). */
  leaveLabel: string;
}

export default function Result(p: Props) {
  const { t, model, answers, advice, own } = p;
  const say = wording(t, own);
  const shape = useMemo(() => shapeOf(model), [model]);
  const result = useMemo(() => scoreAnswers(shape, answers.items), [shape, answers]);
  const context = contextIds(model.context, answers.context);
  const bundle = typeof advice === 'object' ? advice : null;
  const notes = bundle ? notesFor(bundle.notes, context) : [];
  const fallback = <Loading t={t} state={advice === 'error' ? 'error' : 'loading'} onRetry={p.onRetry} />;
  const advised = { t, model, result, context, own };

  return (
    <div class="zs-result">
      <Overall t={t} model={model} result={result} own={own} />
      {!own && (
        <div class="zs-shared no-print">
          <p>{t('shared.text')}</p>
          <button type="button" class="button button--primary" onClick={p.onLeave}>
            {p.leaveLabel}
          </button>
        </div>
      )}

      <section class="zs-steps" aria-labelledby="zs-steps-title">
        <h3 id="zs-steps-title">{say('result.nextSteps')}</h3>
        {result.nextSteps.length > 0 ? (
          <>
            <p class="zs-muted">{say('result.nextSteps.intro')}</p>
            {bundle ? <NextSteps {...advised} bundle={bundle} /> : fallback}
          </>
        ) : (
          <p>{result.overall.scored > 0 ? say('result.nextSteps.none') : say('result.nextSteps.empty')}</p>
        )}
      </section>

      {notes.length > 0 && (
        <section class="zs-notes" aria-labelledby="zs-notes-title">
          <h3 id="zs-notes-title">{say('result.context')}</h3>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>
                {n.text} {n.link && <PageRef t={t} page={n.link} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="zs-dims" aria-labelledby="zs-dims-title">
        <h3 id="zs-dims-title">{t('result.dimensions')}</h3>
        <div class="zs-dims__layout">
          <figure class="zs-dims__chart">
            <Radar
              id="zs-radar"
              title={t('result.chart')}
              desc={t('result.chart.desc')}
              names={model.dimensions.map((d) => d.name)}
              values={result.dimensions.map((d) => (d.tenths === null ? null : d.tenths / 10))}
            />
          </figure>
          <ScoreTable t={t} model={model} scores={result.dimensions} />
        </div>
      </section>

      <Levels
        id="zs-levels-title"
        t={t}
        levels={model.levels}
        current={result.overall.level}
        descriptions={bundle?.levels ?? null}
        own={own}
      />

      <Actions
        t={t}
        data={{ model, answers, result, link: `${p.origin}#${encodeShare(shape, answers)}`, date: p.date }}
        own={own}
        teamHref={p.teamHref}
        onEdit={p.onEdit}
        onReset={p.onReset}
        onLeave={p.onLeave}
        leaveLabel={p.leaveLabel}
      />

      <section class="zs-all" aria-labelledby="zs-all-title">
        <h3 id="zs-all-title">{t('result.advice')}</h3>
        <p class="zs-muted">{say('result.advice.intro')}</p>
        {bundle ? <AllAdvice {...advised} answers={answers} bundle={bundle} /> : fallback}
      </section>

      <details class="zs-rules">
        <summary>{t('rules.title')}</summary>
        {p.rules}
      </details>
    </div>
  );
}
