/**
 * The result: overall level, notes for the visitor's context, radar + table, strongest and
 * weakest dimension, the top 3 next steps, all advice per dimension and how we calculate.
 * Shows the visitor's own answers or someone else's (shared link) alike; only the heading differs.
 */
import { contextIds, notesFor, pickAdvice } from '../../lib/zelfscan/advice';
import { formatTenths, type ScanResult } from '../../lib/zelfscan/scoring';
import { dimensionStarts } from '../../lib/zelfscan/scoring';
import { withBase } from '../../lib/url';
import type { ComponentChildren } from 'preact';
import type { AdviceBundle, Answers, ClientAdvice, ClientModel, ContextAnswers, PageLink } from '../../lib/zelfscan/types';
import Radar from './Radar';
import ScoreTable from './ScoreTable';
import Terms from './Terms';
import { t, tk } from './t';

export type AdviceState = AdviceBundle | 'loading' | 'error';

export interface Props {
  model: ClientModel;
  answers: Answers;
  result: ScanResult;
  advice: AdviceState;
  onRetry: () => void;
  /** "Hoe we rekenen": rendered by the page (static HTML in a slot), shown at the end. */
  rules?: ComponentChildren;
  /** Save and share buttons, shown after the next steps. */
  actions?: ComponentChildren;
}

function PageRef({ page }: { page: PageLink }) {
  return (
    <span class="zs-read">
      {t('zelfscan.result.read')} <a href={withBase(page.path)}>{page.title}</a>{' '}
      <span class="zs-kind">({tk(`zelfscan.kind.${page.kind}`)})</span>
    </span>
  );
}

function AdviceText({ advice, context }: { advice: ClientAdvice | undefined; context: ContextAnswers }) {
  if (!advice) return null;
  const a = pickAdvice(advice, context);
  return (
    <>
      <p class="zs-advice__text">{a.text}</p>
      <p class="zs-advice__link">
        <PageRef page={a.link} />
      </p>
    </>
  );
}

function AdviceFallback({ state, onRetry }: { state: 'loading' | 'error'; onRetry: () => void }) {
  return state === 'loading' ? (
    <p class="zs-muted" role="status">
      {t('zelfscan.result.loading')}
    </p>
  ) : (
    <div class="notice notice--warn" role="alert">
      <p>{t('zelfscan.result.loadError')}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('zelfscan.result.retry')}
      </button>
    </div>
  );
}

export default function Result({ model, answers, result, advice, onRetry, rules, actions }: Props) {
  const context = contextIds(model.context, answers.context);
  const bundle = typeof advice === 'object' ? advice : null;
  const starts = dimensionStarts({ itemCounts: model.dimensions.map((d) => d.items.length) });
  const items = model.dimensions.flatMap((d) => d.items);
  const o = result.overall;
  const level = o.level ? model.levels[o.level - 1] : undefined;
  const dimName = (i: number | null) => (i === null ? '' : (model.dimensions[i]?.name ?? ''));
  const dimScore = (i: number | null) => {
    const s = i === null ? null : result.dimensions[i]?.tenths;
    return s == null ? '' : formatTenths(s);
  };
  const notes = bundle ? notesFor(bundle.notes, context) : [];

  return (
    <div class="zs-result">
      <section class="zs-overall" aria-labelledby="zs-overall-title">
        <h3 id="zs-overall-title" class="zs-overall__label">
          {t('zelfscan.result.overall')}
        </h3>
        {level && o.tenths !== null ? (
          <>
            <p class="zs-overall__level">{t('zelfscan.result.level', { n: level.level, name: level.name })}</p>
            <p class="zs-overall__score">{t('zelfscan.result.score', { score: formatTenths(o.tenths) })}</p>
            {bundle && <p class="zs-overall__text">{bundle.levels[level.level - 1]}</p>}
            {o.capped && <p class="zs-muted">{t('zelfscan.result.capped')}</p>}
          </>
        ) : (
          <p>{t('zelfscan.result.noOverall')}</p>
        )}
      </section>

      {notes.length > 0 && (
        <section class="zs-notes" aria-labelledby="zs-notes-title">
          <h3 id="zs-notes-title">{t('zelfscan.result.context')}</h3>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>
                {n.text} {n.link && <PageRef page={n.link} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="zs-dims" aria-labelledby="zs-dims-title">
        <h3 id="zs-dims-title">{t('zelfscan.result.dimensions')}</h3>
        <div class="zs-dims__layout">
          <figure class="zs-dims__chart">
            <Radar
              id="zs-radar"
              title={t('zelfscan.result.chart')}
              desc={t('zelfscan.result.chart.desc')}
              names={model.dimensions.map((d) => d.name)}
              values={result.dimensions.map((d) => (d.tenths === null ? null : d.tenths / 10))}
            />
          </figure>
          <div class="zs-dims__table">
            <ScoreTable model={model} scores={result.dimensions} />
            {result.strongest !== null && (
              <dl class="zs-extremes">
                {result.allEqual ? (
                  <div>
                    <dt class="visually-hidden">{t('zelfscan.result.strongest')}</dt>
                    <dd>{t('zelfscan.result.allEqual', { score: dimScore(result.strongest) })}</dd>
                  </div>
                ) : (
                  <>
                    <div>
                      <dt>{t('zelfscan.result.strongest')}</dt>
                      <dd>
                        {dimName(result.strongest)} ({dimScore(result.strongest)})
                      </dd>
                    </div>
                    <div>
                      <dt>{t('zelfscan.result.weakest')}</dt>
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
        <h3 id="zs-steps-title">{t('zelfscan.result.nextSteps')}</h3>
        {result.nextSteps.length > 0 ? (
          <>
            <p class="zs-muted">{t('zelfscan.result.nextSteps.intro')}</p>
            {bundle ? (
              <ol class="zs-steps__list">
                {result.nextSteps.map((s) => (
                  <li key={s.item}>
                    <p class="zs-steps__item">
                      <strong>{items[s.item]?.statement}</strong>
                      <span class="zs-muted">
                        {' '}
                        · {t('zelfscan.result.step.from', { dimension: dimName(s.dimension), n: s.level })}
                      </span>
                    </p>
                    <AdviceText advice={bundle.advice[s.item]?.[s.level - 1]} context={context} />
                  </li>
                ))}
              </ol>
            ) : (
              <AdviceFallback state={advice as 'loading' | 'error'} onRetry={onRetry} />
            )}
          </>
        ) : (
          <p>{result.overall.scored > 0 ? t('zelfscan.result.nextSteps.none') : t('zelfscan.result.nextSteps.empty')}</p>
        )}
      </section>

      {actions}

      <section class="zs-all" aria-labelledby="zs-all-title">
        <h3 id="zs-all-title">{t('zelfscan.result.advice')}</h3>
        <p class="zs-muted">{t('zelfscan.result.advice.intro')}</p>
        {bundle ? (
          model.dimensions.map((d, di) => (
            <section key={d.id} class="zs-all__dim" aria-labelledby={`zs-all-${d.id}`}>
              <h4 id={`zs-all-${d.id}`}>{d.name}</h4>
              <Terms terms={d.terms} />
              <ul class="zs-all__items">
                {d.items.map((it, k) => {
                  const flat = (starts[di] ?? 0) + k;
                  const a = answers.items[flat] ?? null;
                  return (
                    <li key={it.id} class="zs-advice">
                      <p class="zs-advice__q">
                        <strong>{it.statement}</strong>
                      </p>
                      <p class="zs-advice__answer">
                        {t('zelfscan.result.yourAnswer')}{' '}
                        {a === null
                          ? t('zelfscan.result.answer.none')
                          : a === 0
                            ? t('zelfscan.result.answer.dontKnow')
                            : `${t('zelfscan.result.answer.level', { n: a })} – ${it.options[a - 1] ?? ''}`}
                      </p>
                      {a !== null && a > 0 ? (
                        <AdviceText advice={bundle.advice[flat]?.[a - 1]} context={context} />
                      ) : (
                        <p class="zs-muted">{t('zelfscan.result.answer.ask')}</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))
        ) : (
          <AdviceFallback state={advice as 'loading' | 'error'} onRetry={onRetry} />
        )}
      </section>

      <details class="zs-rules" open>
        <summary>{t('zelfscan.rules.title')}</summary>
        {rules}
      </details>
    </div>
  );
}
