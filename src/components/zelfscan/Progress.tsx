/** Progress: which step you are on, how many questions are answered, and a jump to any step. */
import { t } from './t';

export interface Props {
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

export default function Progress({ names, counts, step, answered, total, disabled, onGo }: Props) {
  return (
    <nav class="zs-progress no-print" aria-label={t('zelfscan.progress.label')}>
      <p class="zs-progress__text">
        {t('zelfscan.progress.step', { n: step + 1, total: names.length })} ·{' '}
        {t('zelfscan.progress.answered', { n: answered, total })}
      </p>
      <progress class="zs-progress__bar" max={total} value={answered} aria-hidden="true" />
      <ol class="zs-progress__steps">
        {names.map((name, i) => {
          const c = counts[i];
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
                <span class="zs-progress__name">{name}</span>
                {c && (
                  <span class="zs-progress__count">
                    <span aria-hidden="true">{t('zelfscan.progress.count', { n: c.answered, total: c.total })}</span>
                    <span class="visually-hidden">, {t('zelfscan.progress.answered', { n: c.answered, total: c.total })}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
