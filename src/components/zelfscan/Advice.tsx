/**
 * Advice as the result shows it: the three next steps (open), and all advice folded per
 * dimension (`<details>`), so the result reads in two minutes and the rest is one tap away.
 */
import { pickAdvice } from '../../lib/zelfscan/advice';
import { eachItem, itemsOf } from '../../lib/zelfscan/items';
import { formatTenths, isLevel, type ScanResult } from '../../lib/zelfscan/scoring';
import { withBase } from '../../lib/url';
import {
  DONT_KNOW,
  type AdviceBundle,
  type Answers,
  type ClientAdvice,
  type ClientModel,
  type ContextAnswers,
  type PageLink,
} from '../../lib/zelfscan/types';
import Terms from './Terms';
import { wording, type T } from './strings';

/** "Lees verder: <title> (gids)". */
export function PageRef({ t, page }: { t: T; page: PageLink }) {
  return (
    <span class="zs-read">
      {t('result.read')} <a href={withBase(page.path)}>{page.title}</a>{' '}
      <span class="zs-kind">({t(`kind.${page.kind}`)})</span>
    </span>
  );
}

/** The advice for this context, with its link. */
function AdviceText({ t, advice, context }: { t: T; advice: ClientAdvice | undefined; context: ContextAnswers }) {
  if (!advice) return null;
  const a = pickAdvice(advice, context);
  return (
    <>
      <p class="zs-advice__text">{a.text}</p>
      <p class="zs-advice__link">
        <PageRef t={t} page={a.link} />
      </p>
    </>
  );
}

export interface Props {
  t: T;
  model: ClientModel;
  answers: Answers;
  result: ScanResult;
  bundle: AdviceBundle;
  context: ContextAnswers;
  own: boolean;
}

/** The top next steps, each with its question, where it comes from and the advice. */
export function NextSteps({ t, model, result, bundle, context }: Omit<Props, 'answers' | 'own'>) {
  const items = eachItem(model.dimensions);
  return (
    <ol class="zs-steps__list">
      {result.nextSteps.map((s) => (
        <li key={s.item}>
          <p class="zs-steps__item">
            <strong>{items[s.item]?.item.statement}</strong>
            <span class="zs-muted">
              {' '}
              · {t('result.step.from', { dimension: model.dimensions[s.dimension]?.name ?? '', n: s.level })}
            </span>
          </p>
          <AdviceText t={t} advice={bundle.advice[s.item]?.[s.level - 1]} context={context} />
        </li>
      ))}
    </ol>
  );
}

/** Every dimension, folded: its score in the summary; inside, each answer and its advice. */
export function AllAdvice({ t, model, answers, result, bundle, context, own }: Props) {
  const say = wording(t, own);
  return (
    <>
      {model.dimensions.map((d, di) => {
        const score = result.dimensions[di];
        return (
          <details key={d.id} class="zs-all__dim">
            <summary>
              <span>
                <span class="zs-all__name">{d.name}</span>{' '}
                <span class="zs-all__score">
                  {score?.tenths != null && score.level !== null
                    ? t('result.advice.summary', { score: formatTenths(score.tenths), n: score.level })
                    : t('result.insufficient')}
                </span>
              </span>
            </summary>
            <Terms t={t} terms={d.terms} />
            <ul class="zs-all__items">
              {itemsOf(model.dimensions, di).map(({ item, index }) => {
                const a = answers.items[index] ?? null;
                return (
                  <li key={item.id} class="zs-advice">
                    <p class="zs-advice__q">
                      <strong>{item.statement}</strong>
                    </p>
                    <p class="zs-advice__answer">
                      {say('result.yourAnswer')}{' '}
                      {isLevel(a)
                        ? `${t('result.answer.level', { n: a })} – ${item.options[a - 1] ?? ''}`
                        : a === DONT_KNOW
                          ? t('result.answer.dontKnow')
                          : t('result.answer.none')}
                    </p>
                    {isLevel(a) ? (
                      <AdviceText t={t} advice={bundle.advice[index]?.[a - 1]} context={context} />
                    ) : (
                      <p class="zs-muted">{say('result.answer.ask')}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </>
  );
}
