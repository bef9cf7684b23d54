/**
 * Save and share a result: copy the link, download CSV or JSON, print. For the visitor's own
 * result also: edit answers, compare with the team, start over.
 */
import { useRef, useState } from 'preact/hooks';
import { toCsv, toJsonExport, type ExportInput, type ExportLabels } from '../../lib/zelfscan/export';
import { downloadText } from './download';
import ResetConfirm from './ResetConfirm';
import { t } from './t';

export interface Props {
  /** Everything the exports need (link included). */
  data: ExportInput;
  /** Own result: show edit, team and reset. */
  own: boolean;
  teamHref: string;
  onEdit?: () => void;
  onReset?: () => void;
}

const labels = (): ExportLabels => ({
  headers: [
    t('zelfscan.export.kind'),
    t('zelfscan.export.dimension'),
    t('zelfscan.export.question'),
    t('zelfscan.export.answer'),
    t('zelfscan.export.level'),
    t('zelfscan.export.score'),
  ],
  kindContext: t('zelfscan.export.kind.context'),
  kindItem: t('zelfscan.export.kind.item'),
  kindDimension: t('zelfscan.export.kind.dimension'),
  kindTotal: t('zelfscan.export.kind.total'),
  kindLink: t('zelfscan.export.kind.link'),
  dontKnow: t('zelfscan.export.dontKnow'),
  notAnswered: t('zelfscan.export.notAnswered'),
  insufficient: t('zelfscan.export.insufficient'),
});

export default function Actions({ data, own, teamHref, onEdit, onReset }: Props) {
  const [copy, setCopy] = useState<'' | 'copied' | 'fallback'>('');
  const input = useRef<HTMLInputElement>(null);
  const name = t('zelfscan.download.name', { date: data.date });

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(data.link);
      setCopy('copied');
    } catch {
      // No clipboard (insecure context, denied): select the text so Ctrl+C works.
      input.current?.select();
      setCopy('fallback');
    }
  }

  return (
    <section class="zs-actions" aria-labelledby="zs-actions-title">
      <h3 id="zs-actions-title" class="no-print">
        {t('zelfscan.actions.title')}
      </h3>
      <div class="zs-share no-print">
        <label for="zs-share-link">{t('zelfscan.share.label')}</label>
        <div class="zs-share__row">
          <input
            id="zs-share-link"
            ref={input}
            type="text"
            readOnly
            value={data.link}
            aria-describedby="zs-share-note"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="button button--primary" onClick={copyLink}>
            {t('zelfscan.share.copy')}
          </button>
        </div>
        <p class="zs-share__status" role="status">
          {copy === 'copied' ? t('zelfscan.share.copied') : copy === 'fallback' ? t('zelfscan.share.fallback') : ''}
        </p>
        <p id="zs-share-note" class="zs-muted">
          {t('zelfscan.share.note')}
        </p>
      </div>
      <p class="zs-print-only">
        {t('zelfscan.print.link')} <span class="zs-print-link">{data.link}</span>
        <br />
        {t('zelfscan.print.date', { date: data.date })}
      </p>
      <div class="zs-buttons no-print">
        <button
          type="button"
          class="button"
          onClick={() => downloadText(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(data, labels()))}
        >
          {t('zelfscan.download.csv')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText(`${name}.json`, 'application/json', `${JSON.stringify(toJsonExport(data, labels()), null, 2)}\n`)
          }
        >
          {t('zelfscan.download.json')}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('zelfscan.print')}
        </button>
      </div>
      {own && (
        <div class="zs-buttons no-print">
          <button type="button" class="button" onClick={onEdit}>
            {t('zelfscan.edit')}
          </button>
          <a class="button" href={teamHref}>
            {t('zelfscan.team')}
          </a>
          {onReset && <ResetConfirm onConfirm={onReset} />}
        </div>
      )}
    </section>
  );
}
