/**
 * Advice as the result shows it: the three next steps (open), and all advice folded per
 * dimension (`<details>`), so the result reads in two minutes and the rest is one tap away.
 * With a target for a dimension, each item lists every step up to the target, not only the
 * next one; an item's note shows under its answer (and, for print, in a list of its own).
 */
import { pickAdvice } from '../../lib/zelfscan/advice';
import { eachItem, itemsOf } from '../../lib/zelfscan/items';
import { formatTenths, isLevel, type ScanResult } from '../../lib/zelfscan/scoring';
import { stepsTo } from '../../lib/zelfscan/targets';
import { withBase } from '../../lib/url';
import {
  DONT_KNOW,
  type AdviceBundle,
  type Answers,
  type ClientAdvice,
  type ClientModel,
  type ContextAnswers,
  type Notes,
  type PageLink,
  type Targets,
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
export function AdviceText({ t, advice, context }: { t: T; advice: ClientAdvice | undefined; context: ContextAnswers }) {
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
  notes: Notes;
  targets: Targets;
}

/** A note as text (never markup), line breaks kept. */
export function NoteText({ t, text }: { t: T; text: string }) {
  return (
    <p class="zs-note-text">
      <span class="zs-note-text__label">{t('note.shown')}</span> {text}
    </p>
  );
}

/** The top next steps, each with its question, where it comes from and the advice. */
export function NextSteps({ t, model, result, bundle, context }: Omit<Props, 'answers' | 'own' | 'notes' | 'targets'>) {
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
export function AllAdvice({ t, model, answers, result, bundle, context, own, notes, targets }: Props) {
  const say = wording(t, own);
  return (
    <>
      {model.dimensions.map((d, di) => {
        const score = result.dimensions[di];
        const target = targets[di] ?? null;
        return (
          <details key={d.id} class="zs-all__dim">
            <summary>
              <span>
                <span class="zs-all__name">{d.name}</span>{' '}
                <span class="zs-all__score">
                  {score?.tenths != null && score.level !== null
                    ? t('result.advice.summary', { score: formatTenths(score.tenths), n: score.level })
                    : t('result.insufficient')}
                  {target !== null && ` · ${t('result.advice.target', { n: target })}`}
                </span>
              </span>
            </summary>
            <Terms t={t} terms={d.terms} />
            <ul class="zs-all__items">
              {itemsOf(model.dimensions, di).map(({ item, index }) => {
                const a = answers.items[index] ?? null;
                const steps = stepsTo(a, target);
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
                    {notes[index] && <NoteText t={t} text={notes[index]} />}
                    {steps.length > 1 ? (
                      <ol class="zs-advice__steps">
                        {steps.map((l) => (
                          <li key={l}>
                            <p class="zs-advice__to">{t('result.advice.toLevel', { n: l + 1 })}</p>
                            <AdviceText t={t} advice={bundle.advice[index]?.[l - 1]} context={context} />
                          </li>
                        ))}
                      </ol>
                    ) : isLevel(a) ? (
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

/** The notes in one list, for print (on screen they show with each answer). */
export function NotesList({ t, model, notes, own }: { t: T; model: ClientModel; notes: Notes; own: boolean }) {
  const list = eachItem(model.dimensions).filter(({ index }) => notes[index]);
  if (list.length === 0) return null;
  return (
    <section class="zs-print-only zs-notes-print" aria-labelledby="zs-notes-print-title">
      <h3 id="zs-notes-print-title">{wording(t, own)('result.notes')}</h3>
      <ul>
        {list.map(({ item, index }) => (
          <li key={item.id}>
            <strong>{item.statement}</strong> {notes[index]}
          </li>
        ))}
      </ul>
    </section>
  );
}
