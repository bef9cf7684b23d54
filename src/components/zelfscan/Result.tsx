/**
 * The result, in the order a reader needs it: the overall level with the key figures (on the
 * first screen of a phone; for someone else's result or an earlier scan then a line saying so
 * and the way back), the three next steps, notes for the context, the scores per dimension
 * (radar and table, with the targets; bars only below 480 px), the targets (current scan), what
 * the five levels mean, the actions, the history (passed in as children), then all advice folded
 * per dimension and how we calculate. The visitor's own result and someone else's (shared link)
 * differ only in wording and actions.
 *
 * Loaded on demand (see use-result.ts): this file and what it imports form their own chunk.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { contextIds, notesFor } from '../../lib/zelfscan/advice';
import { isoDate, longDate } from '../../lib/zelfscan/date';
import { scoreAnswers } from '../../lib/zelfscan/scoring';
import { encodeLink } from '../../lib/zelfscan/share';
import { shapeOf, type ClientModel, type LinkedScan } from '../../lib/zelfscan/types';
import Actions from './Actions';
import { AllAdvice, NextSteps, NotesList, PageRef } from './Advice';
import Levels from './Levels';
import Loading from './Loading';
import Overall from './Overall';
import { RadarFigure } from './Radar';
import ScoreTable from './ScoreTable';
import Targets from './Targets';
import { wording, type T } from './strings';
import type { AdviceState } from './use-result';

export interface Props {
  /** The island's strings. */
  t: T;
  model: ClientModel;
  /** The result: answers, targets, notes, date and name. */
  scan: LinkedScan;
  /** The current scan, an earlier one of the visitor's, or someone else's from a link. */
  mode: 'current' | 'entry' | 'shared';
  advice: AdviceState;
  onRetry: () => void;
  /** "Hoe we rekenen": rendered by the page (static HTML in a slot), shown at the end. */
  rules?: ComponentChildren;
  /** Address of the zelfscan page, without fragment: the share link adds the result. */
  origin: string;
  teamHref: string;
  /** The current scan is kept in the history. */
  kept: boolean;
  onTarget: (dimension: number, level: number | null) => void;
  onEdit: () => void;
  /** Start a new scan: empty, or from this scan's answers. */
  onReset: (from?: LinkedScan) => void;
  /** Not the current scan: back to it. */
  onLeave: () => void;
  /** Label of that button ("Doe de scan zelf", "Naar je eigen scan", "Terug naar je huidige scan"). */
  leaveLabel: string;
  /** Someone else's result: compare it with the visitor's latest scan. */
  onCompare?: (() => void) | undefined;
  compareLabel: string;
  /** The history ("Jouw eerdere scans"), after the actions. */
  children?: ComponentChildren;
}

export default function Result(p: Props) {
  const { t, model, scan, advice, mode } = p;
  const { answers, targets, notes } = scan;
  const own = mode !== 'shared';
  const say = wording(t, own);
  const shape = useMemo(() => shapeOf(model), [model]);
  const result = useMemo(() => scoreAnswers(shape, answers.items), [shape, answers]);
  const context = contextIds(model.context, answers.context);
  const bundle = typeof advice === 'object' ? advice : null;
  const contextNotes = bundle ? notesFor(bundle.notes, context) : [];
  const fallback = <Loading t={t} state={advice === 'error' ? 'error' : 'loading'} onRetry={p.onRetry} />;
  const advised = { t, model, result, context, own };
  const hasTargets = targets.some((x) => x !== null);
  const link = (withNotes: boolean) => `${p.origin}#${encodeLink(shape, { answers, targets, notes }, { notes: withNotes })}`;
  const data = { model, answers, targets, notes, result, link: link(false), code: encodeLink(shape, scan, { notes: true }), date: scan.date ?? isoDate(new Date()), name: scan.name };

  return (
    <div class="zs-result">
      <Overall t={t} model={model} result={result} own={own} />
      {mode !== 'current' && (
        <div class="zs-shared no-print">
          <p>{mode === 'shared' ? t('shared.text') : t('entry.text', { date: longDate(scan.date ?? '') })}</p>
          <div class="zs-buttons">
            <button type="button" class="button button--primary" onClick={p.onLeave}>
              {p.leaveLabel}
            </button>
            {p.onCompare && (
              <button type="button" class="button" onClick={p.onCompare}>
                {p.compareLabel}
              </button>
            )}
          </div>
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

      {contextNotes.length > 0 && (
        <section class="zs-notes" aria-labelledby="zs-notes-title">
          <h3 id="zs-notes-title">{say('result.context')}</h3>
          <ul>
            {contextNotes.map((n, i) => (
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
          <RadarFigure
            id="zs-radar"
            title={t('result.chart')}
            desc={t(hasTargets ? 'result.chart.descTargets' : 'result.chart.desc')}
            names={model.dimensions.map((d) => d.name)}
            values={result.dimensions.map((d) => (d.tenths === null ? null : d.tenths / 10))}
            targets={hasTargets ? targets : undefined}
            legend={
              hasTargets
                ? [
                    { kind: 'shape', label: t('legend.now') },
                    { kind: 'target', label: t('legend.target') },
                  ]
                : undefined
            }
          />
          <ScoreTable t={t} model={model} scores={result.dimensions} targets={targets} />
        </div>
      </section>

      {mode === 'current' && <Targets t={t} model={model} scores={result.dimensions} targets={targets} onTarget={p.onTarget} />}

      <Levels id="zs-levels-title" t={t} levels={model.levels} current={result.overall.level} descriptions={bundle?.levels ?? null} own={own} />

      <Actions
        t={t}
        data={data}
        link={link}
        own={own}
        current={mode === 'current'}
        kept={p.kept}
        teamHref={p.teamHref}
        onEdit={p.onEdit}
        onReset={(copy) => p.onReset(copy ? scan : undefined)}
        onLeave={p.onLeave}
        leaveLabel={p.leaveLabel}
      />

      {p.children}

      <NotesList t={t} model={model} notes={notes} own={own} />

      <section class="zs-all" aria-labelledby="zs-all-title">
        <h3 id="zs-all-title">{t('result.advice')}</h3>
        <p class="zs-muted">{say(hasTargets ? 'result.advice.introTargets' : 'result.advice.intro')}</p>
        {bundle ? <AllAdvice {...advised} answers={answers} bundle={bundle} notes={notes} targets={targets} /> : fallback}
      </section>

      <details class="zs-rules">
        <summary>{t('rules.title')}</summary>
        {p.rules}
      </details>
    </div>
  );
}
