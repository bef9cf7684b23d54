/**
 * One dimension per screen: its intro and its items, each a real radio group
 * (fieldset + legend + input type=radio), so arrow keys, Tab and screen readers work as usual.
 */
import type { Ref } from 'preact';
import { DONT_KNOW, type Answer, type ClientDimension } from '../../lib/zelfscan/types';
import Terms from './Terms';
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  dimension: ClientDimension;
  /** Position (1-based) and count of dimensions. */
  n: number;
  total: number;
  /** Flat index of this dimension's first item. */
  start: number;
  answers: readonly Answer[];
  headingRef: Ref<HTMLHeadingElement>;
  last: boolean;
  onAnswer: (item: number, answer: Answer) => void;
  onPrev: () => void;
  onNext: () => void;
}

export default function DimensionStep(p: Props) {
  const { t, dimension: d, start, answers } = p;
  const open = d.items.filter((_, k) => (answers[start + k] ?? null) === null).length;
  return (
    <section class="zs-step" aria-labelledby="zs-step-title">
      <h2 id="zs-step-title" ref={p.headingRef} tabIndex={-1}>
        {t('dimension.heading', { n: p.n, total: p.total, name: d.name })}
      </h2>
      <p class="zs-step__intro">{d.intro}</p>
      <Terms t={t} terms={d.terms} />
      <p class="zs-muted">{t('dimension.hint')}</p>
      {d.items.map((it, k) => {
        const flat = start + k;
        const a = answers[flat] ?? null;
        const name = `zs-${it.id}`;
        const helpId = it.help ? `${name}-help` : undefined;
        return (
          <fieldset class="zs-item" key={it.id} aria-describedby={helpId}>
            <legend class="zs-item__q">{it.statement}</legend>
            {it.help && (
              <p class="zs-item__help" id={helpId}>
                {it.help}
              </p>
            )}
            <div class="zs-options">
              {it.options.map((o, li) => (
                <label class="zs-option" key={li}>
                  <input
                    type="radio"
                    name={name}
                    value={String(li + 1)}
                    checked={a === li + 1}
                    onChange={() => p.onAnswer(flat, (li + 1) as Answer)}
                  />
                  <span class="zs-option__n" aria-hidden="true">
                    {li + 1}
                  </span>
                  <span class="zs-option__text">{o}</span>
                </label>
              ))}
              <label class="zs-option zs-option--dk">
                <input
                  type="radio"
                  name={name}
                  value="0"
                  checked={a === DONT_KNOW}
                  onChange={() => p.onAnswer(flat, DONT_KNOW)}
                />
                <span class="zs-option__n" aria-hidden="true">
                  ?
                </span>
                <span class="zs-option__text">{t('item.dontKnow')}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
      <div class="zs-buttons zs-nav">
        <button type="button" class="button" onClick={p.onPrev}>
          {t('nav.prev')}
        </button>
        <button type="button" class="button button--primary" onClick={p.onNext}>
          {p.last ? t('nav.result') : t('nav.next')}
        </button>
      </div>
      {open > 0 && <p class="zs-muted zs-open">{t('nav.open', { n: open })}</p>}
    </section>
  );
}
