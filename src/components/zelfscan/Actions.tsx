/**
 * Save and share a result: copy the link, download CSV or JSON, print. For the visitor's own
 * result also: edit answers, compare with the team, start over; for someone else's: do the scan
 * yourself (or back to your own), so that is at hand where the reading ends.
 */
import { useRef, useState } from 'preact/hooks';
import { toCsv, toJsonExport, type ExportInput, type ExportLabels } from '../../lib/zelfscan/export';
import { longDate } from '../../lib/zelfscan/date';
import { copyText } from '../copy-text';
import { downloadText } from './download';
import ResetConfirm from './ResetConfirm';
import { wording, type T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  /** Everything the exports need (link included). */
  data: ExportInput;
  /** Own result: show edit, team and reset. */
  own: boolean;
  teamHref: string;
  onEdit: () => void;
  onReset: () => void;
  /** Someone else's result: leave it for the own scan, with this label. */
  onLeave: () => void;
  leaveLabel: string;
}

const labels = (t: T): ExportLabels => ({
  headers: [
    t('export.kind'),
    t('export.dimension'),
    t('export.question'),
    t('export.answer'),
    t('export.level'),
    t('export.score'),
  ],
  kindContext: t('export.kind.context'),
  kindItem: t('export.kind.item'),
  kindDimension: t('export.kind.dimension'),
  kindTotal: t('export.kind.total'),
  kindLink: t('export.kind.link'),
  dontKnow: t('export.dontKnow'),
  notAnswered: t('export.notAnswered'),
  insufficient: t('export.insufficient'),
});

export default function Actions({ t, data, own, teamHref, onEdit, onReset, onLeave, leaveLabel }: Props) {
  const [copy, setCopy] = useState<'' | 'copied' | 'fallback'>('');
  const input = useRef<HTMLInputElement>(null);
  const name = t('download.name', { date: data.date });

  return (
    <section class="zs-actions" aria-labelledby="zs-actions-title">
      <h3 id="zs-actions-title" class="no-print">
        {t('actions.title')}
      </h3>
      <div class="zs-share no-print">
        <label for="zs-share-link">{t('share.label')}</label>
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
          <button
            type="button"
            class="button button--primary"
            onClick={async () => setCopy(await copyText(data.link, input.current))}
          >
            {t('share.copy')}
          </button>
        </div>
        <p class="zs-share__status" role="status">
          {copy === 'copied' ? t('share.copied') : copy === 'fallback' ? t('share.fallback') : ''}
        </p>
        <p id="zs-share-note" class="zs-muted">
          {wording(t, own)('share.note')}
        </p>
      </div>
      <p class="zs-print-only">
        {t('print.link')} <span class="zs-print-link">{data.link}</span>
        <br />
        {t('print.date', { date: longDate(data.date) })}
      </p>
      <div class="zs-buttons no-print">
        <button
          type="button"
          class="button"
          onClick={() => downloadText(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(data, labels(t)))}
        >
          {t('download.csv')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText(
              `${name}.json`,
              'application/json',
              `${JSON.stringify(toJsonExport(data, labels(t)), null, 2)}\n`,
            )
          }
        >
          {t('download.json')}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      {own ? (
        <div class="zs-buttons no-print">
          <button type="button" class="button" onClick={onEdit}>
            {t('edit')}
          </button>
          <a class="button" href={teamHref}>
            {t('team')}
          </a>
          <ResetConfirm t={t} onConfirm={onReset} />
        </div>
      ) : (
        <div class="zs-buttons no-print">
          <button type="button" class="button button--primary" onClick={onLeave}>
            {leaveLabel}
          </button>
        </div>
      )}
    </section>
  );
}
