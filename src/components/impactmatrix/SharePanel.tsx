/**
 * Share and keep: the link (copy, or select to copy), its length warning with the JSON file as
 * the way out, CSV/JSON download, opening a JSON file, print, and the meeting view button.
 */
import { createRef } from 'preact';
import { LINK_LIMIT } from '../../lib/impactmatrix/link';
import { formatValue } from '../../lib/impactmatrix/cells';
import { OpenFile } from './Start';
import { copyText } from '../copy-text';
import type { Matrix } from '../../lib/impactmatrix/fields';
import { download } from './files';
import { present } from './Meeting';
import { analyse } from '../../lib/impactmatrix/model';
import type { T } from './types';

interface Props {
  t: T;
  url: string;
  copy: '' | 'copied' | 'fallback';
  /** What the page says about saving: own matrix saved, not saved, or a shared one. */
  saved: 'saved' | 'failed' | 'shared';
  file: string;
  m: Matrix;
  /** What copying the link gave. */
  onCopied: (result: 'copied' | 'fallback') => void;
  onOpen: (file: File) => void;
  /** The page's address without the matrix (for a link too long for a QR code). */
  page: string;
}

export default function SharePanel({ t, url, copy, saved, file, m, onCopied, onOpen, page }: Props) {
  const input = createRef<HTMLInputElement>();
  const tooLong = url.length > LINK_LIMIT;
  return (
    <>
      <section class="im-share" aria-labelledby="im-share-title">
        <h2 id="im-share-title">{t('share.title')}</h2>
        <div class="im-field">
          <label for="im-link">{t('share.label')}</label>
          <input id="im-link" ref={input} type="text" readOnly value={url} aria-describedby="im-link-privacy" />
          <p id="im-link-privacy" class="im-hint">
            {t('share.privacy')}
          </p>
        </div>
        {tooLong && <p class="notice notice--warn">{t('share.tooLong', { n: formatValue(url.length, { decimals: 0 }), max: formatValue(LINK_LIMIT, { decimals: 0 }) })}</p>}
        <div class="im-actions">
          <button type="button" class="button button--primary" onClick={async () => onCopied(await copyText(url, input.current))}>
            {t('share.copy')}
          </button>
          <button type="button" class="button" id="im-meeting-open" onClick={() => present(m, analyse(m), t, url, page)}>
            {t('meeting.open')}
          </button>
          <button type="button" class="button" onClick={() => print()}>
            {t('print')}
          </button>
        </div>
        <p class="im-status" role="status">
          {copy === 'copied' ? t('share.copied') : copy === 'fallback' ? t('share.fallback') : ''}
        </p>
        <p class="im-hint">{saved === 'saved' ? t('share.saved') : saved === 'failed' ? t('share.notSaved') : t('share.sharedNotSaved')}</p>
        <h3>{t('files.title')}</h3>
        <div class="im-actions">
          <button type="button" class="button" onClick={() => void download('csv', m, t)}>
            {t('files.csv')}
          </button>
          <button type="button" class="button" onClick={() => void download('json', m, t)}>
            {t('files.json')}
          </button>
          <OpenFile t={t} onOpen={onOpen} />
        </div>
        <p class="im-status" role="status">
          {file}
        </p>
      </section>
      <p class="im-print-only">
        {t('print.link')} <span class="im-print-url">{url}</span>
      </p>
    </>
  );
}
