/** Where loading the result (its code or its advice) stands: a quiet line, or an alert with a retry. */
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  state: 'loading' | 'error';
  onRetry: () => void;
}

export default function Loading({ t, state, onRetry }: Props) {
  return state === 'loading' ? (
    <p class="zs-muted" role="status">
      {t('result.loading')}
    </p>
  ) : (
    <div class="notice notice--warn" role="alert">
      <p>{t('result.loadError')}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('result.retry')}
      </button>
    </div>
  );
}
