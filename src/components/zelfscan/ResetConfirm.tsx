/**
 * "Opnieuw beginnen" with an inline confirmation (no window.confirm): the question appears in
 * place, takes focus, and "Nee" puts focus back on the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  onConfirm: () => void;
  disabled?: boolean;
}

export default function ResetConfirm({ t, onConfirm, disabled = false }: Props) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const back = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (back.current) {
      back.current = false;
      button.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="button zs-reset" ref={button} disabled={disabled} onClick={() => setAsking(true)}>
        {t('reset')}
      </button>
    );
  }
  return (
    <div class="zs-confirm notice notice--warn" role="group" aria-labelledby="zs-confirm-q">
      <p id="zs-confirm-q" ref={question} tabIndex={-1}>
        {t('reset.question')}
      </p>
      <div class="zs-buttons">
        <button type="button" class="button zs-danger" onClick={onConfirm}>
          {t('reset.yes')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            back.current = true;
            setAsking(false);
          }}
        >
          {t('reset.no')}
        </button>
      </div>
    </div>
  );
}
