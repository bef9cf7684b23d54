/**
 * Starting over, with an inline confirmation (no window.confirm): the question appears in
 * place, takes focus, and "Nee" puts focus back on the button. When the current scan is kept
 * in the history, nothing is lost: the button says "Nieuwe scan beginnen" and offers to start
 * empty or from the current answers. Otherwise it warns that the answers will be wiped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  /** The current scan is kept in the history. */
  kept: boolean;
  /** Start over: empty, or (copy) from the current answers. */
  onConfirm: (copy: boolean) => void;
  disabled?: boolean;
}

export default function ResetConfirm({ t, kept, onConfirm, disabled = false }: Props) {
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
        {t(kept ? 'reset.new' : 'reset')}
      </button>
    );
  }
  return (
    <div class="zs-confirm notice notice--warn" role="group" aria-labelledby="zs-confirm-q">
      <p id="zs-confirm-q" ref={question} tabIndex={-1}>
        {t(kept ? 'reset.question.kept' : 'reset.question')}
      </p>
      <div class="zs-buttons">
        <button type="button" class={kept ? 'button' : 'button zs-danger'} onClick={() => onConfirm(false)}>
          {t(kept ? 'reset.empty' : 'reset.yes')}
        </button>
        {kept && (
          <button type="button" class="button" onClick={() => onConfirm(true)}>
            {t('reset.copy')}
          </button>
        )}
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
