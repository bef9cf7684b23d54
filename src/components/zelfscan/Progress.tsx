/** Progress: which step you are on, how many questions are answered, and a jump to any step. */
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  /** Step names: start, the dimensions, result. */
  names: readonly string[];
  /** Answered / total per step (null for steps without questions). */
  counts: readonly ({ answered: number; total: number } | null)[];
  step: number;
  answered: number;
  total: number;
  disabled: boolean;
  onGo: (step: number) => void;
}

export default function Progress({ t, names, counts, step, answered, total, disabled, onGo }: Props) {
  return (
    <nav class="zs-progress no-print" aria-label={t('progress.label')}>
      <p class="zs-progress__text">
        {t('progress.step', { n: step + 1, total: names.length })} · {t('progress.answered', { n: answered, total })}
      </p>
      <progress class="zs-progress__bar" max={total} value={answered} aria-hidden="true" />
      <ol class="zs-progress__steps">
        {names.map((name, i) => {
          const c = counts[i];
          const label = c ? `${name}, ${t('progress.answered', { n: c.answered, total: c.total })}` : name;
          // What shows is for the eye (on small screens only the number, see zelfscan.css); the
          // visually hidden text names the step for screen readers.
          return (
            <li key={i}>
              <button
                type="button"
                class="zs-progress__step"
                aria-current={i === step ? 'step' : undefined}
                disabled={disabled}
                onClick={() => onGo(i)}
              >
                <span class="zs-progress__n" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="zs-progress__name" aria-hidden="true">
                  {name}
                </span>
                {c && (
                  <span class="zs-progress__count" aria-hidden="true">
                    {t('progress.count', { n: c.answered, total: c.total })}
                  </span>
                )}
                <span class="visually-hidden">{label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
