/**
 * Sharing the calculation: the link written out, and the actions (copy, present in a meeting,
 * print). Whoever opens someone else's link gets the actions in a bar at the end of the results
 * that stays at the bottom of the screen while the results are in view (`Dock`).
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { FieldId } from '../../lib/klantwaarde/fields';
import type { T } from './strings';

export interface Props {
  t: T;
  /** The share link. */
  url: string;
  /** The link's text field: selected when the clipboard is not available. */
  linkInput: RefObject<HTMLInputElement>;
  /** The actions, when they are shown here and not in the bar. */
  actions: ComponentChildren;
}

export interface ActionProps {
  t: T;
  /** The outcome of the last copy. */
  copy: '' | 'copied' | 'fallback';
  onCopy: () => void;
  onMeeting: () => void;
  /** A first action (keep someone else's calculation as your own). */
  first?: ComponentChildren;
}

/** A label whose second part a phone leaves out (in the bottom bar): "Presenteer[ in een vergadering]". */
export const Label = ({ t, k }: { t: T; k: 'meeting.open' | 'notice.keep' | 'notice.link' }) => (
  <>
    {t(k)}
    <span class="kw-more">{t(`${k}More`)}</span>
  </>
);

/** The buttons and the copy status. */
export const Actions = ({ t, copy, onCopy, onMeeting, first }: ActionProps) => (
  <>
    <div class="kw-actions">
      {first}
      <button type="button" class="button button--primary" onClick={onCopy}>
        {t('share.copy')}
      </button>
      <button type="button" class="button" onClick={onMeeting}>
        <Label t={t} k="meeting.open" />
      </button>
      <button type="button" class="button kw-print-button" onClick={() => print()}>
        {t('print')}
      </button>
    </div>
    <p class="kw-copy-status" role="status">
      {copy && t(`share.${copy}`)}
    </p>
  </>
);

export default function Share({ t, url, linkInput, actions }: Props) {
  return (
    <>
      <h3 class="no-print">{t('share.title')}</h3>
      <div class="kw-share no-print">
        <label for="kw-link">{t('share.label')}</label>
        <input id="kw-link" ref={linkInput} type="text" readOnly value={url} aria-describedby="kw-link-privacy" />
        <p id="kw-link-privacy" class="kw-hint">
          {t('share.privacy')}
        </p>
        {actions}
      </div>
      <p class="kw-print-only">
        {t('print.link')} <span class="kw-print-url">{url}</span>
      </p>
    </>
  );
}

export interface DockProps {
  t: T;
  /** Fields of the link that were not usable and are back at their defaults. */
  reset: readonly FieldId[];
  /** Closes the notice about those fields. */
  onClose: () => void;
  /** The actions, on someone else's link. */
  actions: ComponentChildren;
}

/**
 * Notices about a link, and its actions: at the end of the results (so before the inputs when
 * those come after), at the bottom of the screen while the results are in view
 * (klantwaarde.css); nothing moves when they appear.
 */
export const Dock = ({ t, reset, onClose, actions }: DockProps) => (
  <div class="kw-dock no-print">
    {reset.length > 0 && (
      <div class="notice notice--warn kw-notice" role="status">
        <p>{t('notice.reset', { fields: reset.map((f) => t(`name.${f}`)).join(', ') })}</p>
        <button type="button" class="button" onClick={onClose}>
          {t('notice.close')}
        </button>
      </div>
    )}
    {actions && (
      <div class="notice kw-notice">
        <p>
          <Label t={t} k="notice.link" />
        </p>
        {actions}
      </div>
    )}
  </div>
);
