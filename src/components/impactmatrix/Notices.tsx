/** Notices above the matrix: a shared link, what a link or file could not give, a newer version. */
import { MAX_TOUCHPOINTS } from '../../lib/impactmatrix/fields';
import type { Dropped } from '../../lib/impactmatrix/link';
import { tk, type T } from './types';

interface Props {
  t: T;
  shared: boolean;
  /** The visitor has a matrix of their own saved in this browser. */
  hasOwn: boolean;
  kept: boolean;
  newer: number | null;
  dropped: readonly Dropped[];
  from: 'link' | 'file';
  onKeep: () => void;
  onOwn: () => void;
  onClose: () => void;
}

/** One dropped item in words. */
export function droppedText(t: T, d: Dropped): string {
  switch (d.kind) {
    case 'truncated':
      return t('dropped.truncated');
    case 'part':
      return t('dropped.part', { text: d.text });
    case 'setting':
      return tk(t, `dropped.${d.key}`, { text: d.text });
    case 'cells':
      return t('dropped.cells', { row: d.row, name: d.name.trim() || t('unnamed'), fields: d.columns.map((c) => tk(t, `field.${c}`)).join(t('and')) });
    default:
      return t('dropped.over', { count: d.count, max: MAX_TOUCHPOINTS });
  }
}

export default function Notices({ t, shared, hasOwn, kept, newer, dropped, from, onKeep, onOwn, onClose }: Props) {
  return (
    <>
      {shared && (
        <div class="notice im-notice no-print">
          <p>{t('notice.link')}</p>
          <div class="im-actions">
            <button type="button" class="button" onClick={onKeep}>
              {t('notice.keep')}
            </button>
            {hasOwn && (
              <button type="button" class="button" onClick={onOwn}>
                {t('notice.own')}
              </button>
            )}
          </div>
        </div>
      )}
      {kept && <p class="notice im-notice no-print">{t('notice.kept')}</p>}
      {(newer !== null || dropped.length > 0) && (
        <div class="notice notice--warn im-notice no-print" role="status">
          {newer !== null && <p>{t('notice.newer', { v: newer })}</p>}
          {dropped.length > 0 && (
            <>
              <p>{from === 'link' ? t('notice.dropped.link') : t('notice.dropped.file')}</p>
              <ul>
                {dropped.slice(0, 30).map((d, i) => (
                  <li key={i}>{droppedText(t, d)}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" class="button" onClick={onClose}>
            {t('notice.close')}
          </button>
        </div>
      )}
    </>
  );
}
