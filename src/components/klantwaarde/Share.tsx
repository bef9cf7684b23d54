/** Sharing the calculation: the link written out, copy, present in a meeting, print. */
import type { RefObject } from 'preact';
import type { T } from './strings';

export interface Props {
  t: T;
  /** The share link. */
  url: string;
  /** The outcome of the last copy. */
  copy: '' | 'copied' | 'fallback';
  onCopy: () => void;
  onMeeting: () => void;
  /** The link's text field: selected when the clipboard is not available. */
  linkInput: RefObject<HTMLInputElement>;
}

export default function Share({ t, url, copy, onCopy, onMeeting, linkInput }: Props) {
  return (
    <>
      <h3 class="no-print">{t('share.title')}</h3>
      <div class="kw-share no-print">
        <label for="kw-link">{t('share.label')}</label>
        <input id="kw-link" ref={linkInput} type="text" readOnly value={url} aria-describedby="kw-link-privacy" />
        <p id="kw-link-privacy" class="kw-hint">
          {t('share.privacy')}
        </p>
        <div class="kw-actions">
          <button type="button" class="button button--primary" onClick={onCopy}>
            {t('share.copy')}
          </button>
          <button type="button" class="button" onClick={onMeeting}>
            {t('meeting.open')}
          </button>
          <button type="button" class="button" onClick={() => print()}>
            {t('print')}
          </button>
        </div>
        <p class="kw-copy-status" role="status">
          {copy && t(`share.${copy}`)}
        </p>
      </div>
      <p class="kw-print-only">
        {t('print.link')} <span class="kw-print-url">{url}</span>
      </p>
    </>
  );
}
