/**
 * "Opnieuw beginnen" with an inline confirmation (no window.confirm): the question appears in
 * place, takes focus, and "Nee" puts focus back on the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './t';

export interface Props {
  onConfirm: () => void;
  disabled?: boolean;
}

export default function ResetConfirm({ onConfirm, disabled = false }: Props) {
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
        {t('zelfscan.reset')}
      </button>
    );
  }
  return (
    <div class="zs-confirm notice notice--warn" role="group" aria-labelledby="zs-confirm-q">
      <p id="zs-confirm-q" ref={question} tabIndex={-1}>
        {t('zelfscan.reset.question')}
      </p>
      <div class="zs-buttons">
        <button type="button" class="button zs-danger" onClick={onConfirm}>
          {t('zelfscan.reset.yes')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            back.current = true;
            setAsking(false);
          }}
        >
          {t('zelfscan.reset.no')}
        </button>
      </div>
    </div>
  );
}
