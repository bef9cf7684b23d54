/**
 * A share link with its copy button, for a result or a comparison. Notes go in the link only
 * when the visitor ticks the box (default off: notes can hold names and remarks). A link longer
 * than chat apps and mail reliably pass (about 2,000 characters) says so and points to the file.
 */
import { useRef, useState } from 'preact/hooks';
import { LONG_LINK } from '../../lib/zelfscan/share';
import { copyText } from '../copy-text';
import type { T } from './strings';

export interface Props {
  t: T;
  /** Unique prefix for the ids. */
  id: string;
  label: string;
  /** The link, with or without the notes. */
  link: (withNotes: boolean) => string;
  /** Are there notes that could go in the link? */
  hasNotes: boolean;
  /** Under the link: what it holds and who sees it. */
  note: string;
}

export default function ShareLink({ t, id, label, link, hasNotes, note }: Props) {
  const [copy, setCopy] = useState<'' | 'copied' | 'fallback'>('');
  const [withNotes, setWithNotes] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const value = link(hasNotes && withNotes);
  const long = value.length > LONG_LINK;
  return (
    <div class="zs-share no-print">
      <label for={`${id}-link`}>{label}</label>
      <div class="zs-share__row">
        <input
          id={`${id}-link`}
          ref={input}
          type="text"
          readOnly
          value={value}
          aria-describedby={`${id}-note${long ? ` ${id}-long` : ''}`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button button--primary" onClick={async () => setCopy(await copyText(value, input.current))}>
          {t('share.copy')}
        </button>
      </div>
      <p class="zs-share__status" role="status">
        {copy === 'copied' ? t('share.copied') : copy === 'fallback' ? t('share.fallback') : ''}
      </p>
      {hasNotes && (
        <div class="zs-check">
          <input
            id={`${id}-notes`}
            type="checkbox"
            checked={withNotes}
            aria-describedby={`${id}-notes-why`}
            onChange={(e) => {
              setWithNotes(e.currentTarget.checked);
              setCopy('');
            }}
          />
          <label for={`${id}-notes`}>{t('share.notes')}</label>
          <p id={`${id}-notes-why`} class="zs-muted">
            {t('share.notes.why')}
          </p>
        </div>
      )}
      {long && (
        <p id={`${id}-long`} class="notice notice--warn zs-share__long">
          {t('share.long', { n: value.length.toLocaleString('nl-NL') })}
        </p>
      )}
      <p id={`${id}-note`} class="zs-muted">
        {note}
      </p>
    </div>
  );
}
