/** Notices above the matrix: a shared link, what a link or file could not give, a newer version. */
import { MAX_TOUCHPOINTS } from '../../lib/impactmatrix/fields';
import type { Dropped } from '../../lib/impactmatrix/link';
import { clear } from '../../lib/store-extras';
import { browserStorage, impactmatrixStore, loadStatus } from '../../lib/impactmatrix/storage';
import { tk, type Host, type T } from './types';

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

/** Notices above the matrix, with their actions (keep a shared matrix, back to your own, start fresh). */
export default function Notices({ host }: { host: Host }) {
  const { t } = host;
  const { source, hasOwn, kept, newer, dropped, droppedFrom: from, store } = host.state;
  const shared = source === 'link';
  // "Bewaard" only when it was stored and read back.
  const onKeep = () => host.setState({ source: 'saved', kept: host.save(host.state.m), hasOwn: true });
  const onOwn = () => {
    const loaded = loadStatus(browserStorage());
    if (loaded.status === 'ok') host.adopt(loaded.value, { source: 'saved', dropped: [], newer: null, status: '' });
  };
  // Start fresh over stored data this version cannot use (it is kept aside first).
  const onFresh = () => clear(impactmatrixStore, browserStorage()) && host.setState({ store: null });
  const onClose = () => host.setState({ dropped: [], newer: null });
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
      {store && (
        <div class="notice notice--warn im-notice no-print" role="status">
          <p>{tk(t, `notice.${store}`)}</p>
          {store === 'newer' && (
            <button type="button" class="button" onClick={onFresh}>
              {t('notice.startFresh')}
            </button>
          )}
        </div>
      )}
      {(newer !== null || dropped.length > 0) && (
        <div class="notice notice--warn im-notice no-print" role="status">
          {newer !== null && <p>{t('notice.newerLink', { v: newer })}</p>}
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
