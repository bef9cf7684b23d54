/** The first screen: three optional context questions (they change advice, never the score). */
import type { Ref } from 'preact';
import type { ClientModel } from '../../lib/zelfscan/types';
import ResetConfirm from './ResetConfirm';
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  model: ClientModel;
  context: readonly (number | null)[];
  /** Any answer given yet: then "continue" and "start over" show. */
  started: boolean;
  ready: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onContext: (question: number, option: number | null) => void;
  onStart: () => void;
  onReset: () => void;
}

export default function StartStep({ t, model, context, started, ready, headingRef, onContext, onStart, onReset }: Props) {
  return (
    <section class="zs-step" aria-labelledby="zs-step-title">
      <h2 id="zs-step-title" ref={headingRef} tabIndex={-1}>
        {t('start.title')}
      </h2>
      <p>{t('start.intro')}</p>
      <div class="zs-context">
        {model.context.map((q, i) => (
          <div class="zs-field" key={q.id}>
            <label for={`zs-ctx-${q.id}`}>{q.question}</label>
            <select
              id={`zs-ctx-${q.id}`}
              disabled={!ready}
              value={context[i] == null ? '' : String(context[i])}
              onChange={(e) => {
                const v = e.currentTarget.value;
                onContext(i, v === '' ? null : Number(v));
              }}
            >
              <option value="">{t('start.choose')}</option>
              {q.options.map((o, k) => (
                <option key={o.id} value={String(k)}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div class="zs-buttons zs-nav">
        <button type="button" class="button button--primary" disabled={!ready} onClick={onStart}>
          {started ? t('start.resume') : t('start.button')}
        </button>
        {started && <ResetConfirm t={t} onConfirm={onReset} disabled={!ready} />}
      </div>
    </section>
  );
}
