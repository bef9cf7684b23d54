/** Advice as the result shows it: one advice with its link, and all advice per dimension. */
import { pickAdvice } from '../../lib/zelfscan/advice';
import { itemsOf } from '../../lib/zelfscan/items';
import { isLevel } from '../../lib/zelfscan/scoring';
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
import type { T } from './strings';

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
export function AdviceText({
  t,
  advice,
  context,
}: {
  t: T;
  advice: ClientAdvice | undefined;
  context: ContextAnswers;
}) {
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

export interface AllAdviceProps {
  t: T;
  model: ClientModel;
  answers: Answers;
  bundle: AdviceBundle;
  context: ContextAnswers;
}

/** Every dimension with each item: the answer given and the step to the next level. */
export function AllAdvice({ t, model, answers, bundle, context }: AllAdviceProps) {
  return (
    <>
      {model.dimensions.map((d, di) => (
        <section key={d.id} class="zs-all__dim" aria-labelledby={`zs-all-${d.id}`}>
          <h4 id={`zs-all-${d.id}`}>{d.name}</h4>
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
                    {t('result.yourAnswer')}{' '}
                    {isLevel(a)
                      ? `${t('result.answer.level', { n: a })} – ${item.options[a - 1] ?? ''}`
                      : a === DONT_KNOW
                        ? t('result.answer.dontKnow')
                        : t('result.answer.none')}
                  </p>
                  {isLevel(a) ? (
                    <AdviceText t={t} advice={bundle.advice[index]?.[a - 1]} context={context} />
                  ) : (
                    <p class="zs-muted">{t('result.answer.ask')}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
