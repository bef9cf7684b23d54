/**
 * The result: overall level, notes for the context, radar + table, strongest and weakest
 * dimension, the top 3 next steps, the actions, all advice per dimension and how we calculate.
 * Shows the visitor's own answers or someone else's (shared link) alike.
 *
 * Loaded on demand (see use-result.ts): this file and what it imports form their own chunk.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { contextIds, notesFor } from '../../lib/zelfscan/advice';
import { eachItem } from '../../lib/zelfscan/items';
import { formatTenths, scoreAnswers } from '../../lib/zelfscan/scoring';
import { encodeShare } from '../../lib/zelfscan/share';
import { shapeOf, type Answers, type ClientModel } from '../../lib/zelfscan/types';
import Actions from './Actions';
import { AdviceText, AllAdvice, PageRef } from './Advice';
import Loading from './Loading';
import Radar from './Radar';
import ScoreTable from './ScoreTable';
import type { T } from './strings';
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
}

export default function Result({
  t,
  model,
  answers,
  advice,
  onRetry,
  rules,
  own,
  origin,
  date,
  teamHref,
  onEdit,
  onReset,
}: Props) {
  const shape = useMemo(() => shapeOf(model), [model]);
  const result = useMemo(() => scoreAnswers(shape, answers.items), [shape, answers]);
  const context = contextIds(model.context, answers.context);
  const bundle = typeof advice === 'object' ? advice : null;
  const items = eachItem(model.dimensions);
  const o = result.overall;
  const level = o.level ? model.levels[o.level - 1] : undefined;
  const dimName = (i: number | null) => (i === null ? '' : (model.dimensions[i]?.name ?? ''));
  const dimScore = (i: number | null) => {
    const s = i === null ? null : result.dimensions[i]?.tenths;
    return s == null ? '' : formatTenths(s);
  };
  const notes = bundle ? notesFor(bundle.notes, context) : [];
  const fallback = <Loading t={t} state={advice === 'error' ? 'error' : 'loading'} onRetry={onRetry} />;

  return (
    <div class="zs-result">
      <section class="zs-overall" aria-labelledby="zs-overall-title">
        <h3 id="zs-overall-title" class="zs-overall__label">
          {t('result.overall')}
        </h3>
        {level && o.tenths !== null ? (
          <>
            <p class="zs-overall__level">{t('result.level', { n: level.level, name: level.name })}</p>
            <p class="zs-overall__score">{t('result.score', { score: formatTenths(o.tenths) })}</p>
            {bundle && <p class="zs-overall__text">{bundle.levels[level.level - 1]}</p>}
            {o.capped && <p class="zs-muted">{t('result.capped')}</p>}
          </>
        ) : (
          <p>{t('result.noOverall')}</p>
        )}
      </section>

      {notes.length > 0 && (
        <section class="zs-notes" aria-labelledby="zs-notes-title">
          <h3 id="zs-notes-title">{t('result.context')}</h3>
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
          <div class="zs-dims__table">
            <ScoreTable t={t} model={model} scores={result.dimensions} />
            {result.strongest !== null && (
              <dl class="zs-extremes">
                {result.allEqual ? (
                  <div>
                    <dt class="visually-hidden">{t('result.strongest')}</dt>
                    <dd>{t('result.allEqual', { score: dimScore(result.strongest) })}</dd>
                  </div>
                ) : (
                  <>
                    <div>
                      <dt>{t('result.strongest')}</dt>
                      <dd>
                        {dimName(result.strongest)} ({dimScore(result.strongest)})
                      </dd>
                    </div>
                    <div>
                      <dt>{t('result.weakest')}</dt>
                      <dd>
                        {dimName(result.weakest)} ({dimScore(result.weakest)})
                      </dd>
                    </div>
                  </>
                )}
              </dl>
            )}
          </div>
        </div>
      </section>

      <section class="zs-steps" aria-labelledby="zs-steps-title">
        <h3 id="zs-steps-title">{t('result.nextSteps')}</h3>
        {result.nextSteps.length > 0 ? (
          <>
            <p class="zs-muted">{t('result.nextSteps.intro')}</p>
            {bundle ? (
              <ol class="zs-steps__list">
                {result.nextSteps.map((s) => (
                  <li key={s.item}>
                    <p class="zs-steps__item">
                      <strong>{items[s.item]?.item.statement}</strong>
                      <span class="zs-muted">
                        {' '}
                        · {t('result.step.from', { dimension: dimName(s.dimension), n: s.level })}
                      </span>
                    </p>
                    <AdviceText t={t} advice={bundle.advice[s.item]?.[s.level - 1]} context={context} />
                  </li>
                ))}
              </ol>
            ) : (
              fallback
            )}
          </>
        ) : (
          <p>{o.scored > 0 ? t('result.nextSteps.none') : t('result.nextSteps.empty')}</p>
        )}
      </section>

      <Actions
        t={t}
        data={{ model, answers, result, link: `${origin}#${encodeShare(shape, answers)}`, date }}
        own={own}
        teamHref={teamHref}
        onEdit={onEdit}
        onReset={onReset}
      />

      <section class="zs-all" aria-labelledby="zs-all-title">
        <h3 id="zs-all-title">{t('result.advice')}</h3>
        <p class="zs-muted">{t('result.advice.intro')}</p>
        {bundle ? <AllAdvice t={t} model={model} answers={answers} bundle={bundle} context={context} /> : fallback}
      </section>

      <details class="zs-rules" open>
        <summary>{t('rules.title')}</summary>
        {rules}
      </details>
    </div>
  );
}
