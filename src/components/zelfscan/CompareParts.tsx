/**
 * The parts of a comparison below its headline: the table per dimension (then, now, the
 * difference with an arrow and a word, the target; on a phone the difference sits under the
 * later score), the items that moved, and the advice that is new. Differences are never told by
 * colour alone: a sign, an arrow and hidden words.
 */
import { formatDelta, type Comparison, type ItemChange } from '../../lib/zelfscan/compare';
import { eachItem } from '../../lib/zelfscan/items';
import { formatTenths } from '../../lib/zelfscan/scoring';
import { DONT_KNOW, type AdviceBundle, type Answer, type ClientModel, type ContextAnswers, type Notes, type Targets } from '../../lib/zelfscan/types';
import { AdviceText, NoteText } from './Advice';
import type { T } from './strings';

/** "+0,5" with ▲ and a hidden "hoger"; "−0,3" with ▼; "0,0" with =. */
function Delta({ t, tenths }: { t: T; tenths: number | null }) {
  if (tenths === null) return <>–</>;
  const way = tenths > 0 ? 'up' : tenths < 0 ? 'down' : 'same';
  return (
    <span class={`zs-figure zs-delta zs-delta--${way}`}>
      <span aria-hidden="true">{way === 'up' ? '▲' : way === 'down' ? '▼' : '='}</span> {formatDelta(tenths)}
      <span class="visually-hidden"> {t(`compare.way.${way}`)}</span>
    </span>
  );
}

const score = (x: number | null) => (x === null ? '–' : formatTenths(x));

export function CompareTable({ t, model, c, names, targets }: { t: T; model: ClientModel; c: Comparison; names: { from: string; to: string }; targets: Targets | null }) {
  const goal = (n: number | null | undefined) => (n == null ? t('result.table.noTarget') : t('result.table.targetLevel', { n }));
  return (
    <div class="table-wrap">
      <table class="zs-scores zs-compare__table">
        <caption>{t('compare.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.table.dimension')}</th>
            {/* The names where there is room; on a phone "Eerder" and "Later" (the headline names them). */}
            <th scope="col" class="num">
              <span class="zs-wide">{names.from}</span>
              <span class="zs-narrow zs-nowrap">{t('compare.from')}</span>
            </th>
            <th scope="col" class="num">
              <span class="zs-wide">{names.to}</span>
              <span class="zs-narrow zs-nowrap">{t('compare.to')}</span>
            </th>
            <th scope="col" class="num zs-wide">
              {t('compare.table.delta')}
            </th>
            {targets && (
              <th scope="col" class="zs-wide">
                {t('result.table.target')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((d, i) => {
            const x = c.dimensions[i]!;
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.name}
                  {targets && (
                    <span class="zs-narrow zs-scores__sub">
                      {t('result.table.target')}: {goal(targets[i])}
                    </span>
                  )}
                </th>
                <td class="num">{score(x.from)}</td>
                <td class="num">
                  {score(x.to)}
                  <span class="zs-narrow zs-scores__sub">
                    <Delta t={t} tenths={x.delta} />
                  </span>
                </td>
                <td class="num zs-wide">
                  <Delta t={t} tenths={x.delta} />
                </td>
                {targets && <td class="zs-wide zs-figure">{goal(targets[i])}</td>}
              </tr>
            );
          })}
          <tr class="zs-compare__total">
            <th scope="row">{t('compare.table.total')}</th>
            <td class="num">{score(c.overall.from)}</td>
            <td class="num">
              {score(c.overall.to)}
              <span class="zs-narrow zs-scores__sub">
                <Delta t={t} tenths={c.overall.delta} />
              </span>
            </td>
            <td class="num zs-wide">
              <Delta t={t} tenths={c.overall.delta} />
            </td>
            {targets && <td class="zs-wide" />}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** An answer in a few words: the level, "weet ik niet" or "open". */
const answerWord = (t: T, a: Answer) => (a === null ? t('compare.answer.none') : a === DONT_KNOW ? t('result.answer.dontKnow') : String(a));

function ChangeList({ t, model, list, notes }: { t: T; model: ClientModel; list: readonly ItemChange[]; notes: Notes }) {
  const items = eachItem(model.dimensions);
  return (
    <ul class="zs-moves__list">
      {list.map((ch) => (
        <li key={ch.item}>
          <span class="zs-figure zs-moves__step">
            {answerWord(t, ch.from)} → {answerWord(t, ch.to)}
          </span>{' '}
          {items[ch.item]?.item.statement}
          <span class="zs-muted"> · {model.dimensions[ch.dimension]?.name}</span>
          {notes[ch.item] && <NoteText t={t} text={notes[ch.item]!} />}
        </li>
      ))}
    </ul>
  );
}

/** The items whose level went up or down, and those answered in only one of the two. */
export function Moves({ t, model, c, notes }: { t: T; model: ClientModel; c: Comparison; notes: Notes }) {
  return (
    <section class="zs-moves" aria-labelledby="zs-cmp-moves">
      <h3 id="zs-cmp-moves">{t('compare.moves')}</h3>
      {c.up.length + c.down.length + c.other.length === 0 && <p>{t('compare.moves.none')}</p>}
      <div class="zs-moves__cols">
        {c.up.length > 0 && (
          <div>
            <h4>{t('compare.up', { n: c.up.length })}</h4>
            <ChangeList t={t} model={model} list={c.up} notes={notes} />
          </div>
        )}
        {c.down.length > 0 && (
          <div>
            <h4>{t('compare.down', { n: c.down.length })}</h4>
            <ChangeList t={t} model={model} list={c.down} notes={notes} />
          </div>
        )}
      </div>
      {c.other.length > 0 && (
        <details class="zs-all__dim">
          <summary>{t('compare.other', { n: c.other.length })}</summary>
          <ChangeList t={t} model={model} list={c.other} notes={notes} />
        </details>
      )}
    </section>
  );
}

/** The next steps that are new, then (folded) the advice for every item at its new level. */
export function NewAdvice({ t, model, c, bundle, context }: { t: T; model: ClientModel; c: Comparison; bundle: AdviceBundle; context: ContextAnswers }) {
  const items = eachItem(model.dimensions);
  return (
    <>
      {c.newSteps.length > 0 && (
        <>
          <p class="zs-muted">{t('compare.newSteps')}</p>
          <ol class="zs-steps__list">
            {c.newSteps.map((s) => (
              <li key={s.item}>
                <p class="zs-steps__item">
                  <strong>{items[s.item]?.item.statement}</strong>
                  <span class="zs-muted"> · {t('result.step.from', { dimension: model.dimensions[s.dimension]?.name ?? '', n: s.level })}</span>
                </p>
                <AdviceText t={t} advice={bundle.advice[s.item]?.[s.level - 1]} context={context} />
              </li>
            ))}
          </ol>
        </>
      )}
      <details class="zs-all__dim">
        <summary>{t('compare.advice.all', { n: c.newAdvice.length })}</summary>
        <ul class="zs-all__items">
          {c.newAdvice.map((ch) => (
            <li key={ch.item} class="zs-advice">
              <p class="zs-advice__q">
                <strong>{items[ch.item]?.item.statement}</strong>
              </p>
              <p class="zs-advice__answer">{t('compare.advice.was', { from: answerWord(t, ch.from), to: answerWord(t, ch.to) })}</p>
              <AdviceText t={t} advice={typeof ch.to === 'number' ? bundle.advice[ch.item]?.[ch.to - 1] : undefined} context={context} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
