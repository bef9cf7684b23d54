/**
 * Save and share a result: copy the link, download CSV or JSON, print. For the current scan also:
 * edit answers, compare with the team, start a new scan; for someone else's (or an earlier scan):
 * the way back, so that is at hand where the reading ends.
 */
import { toCsv, toJsonExport, type ExportInput, type ExportLabels } from '../../lib/zelfscan/export';
import { longDate } from '../../lib/zelfscan/date';
import { downloadText } from './download';
import ResetConfirm from './ResetConfirm';
import ShareLink from './ShareLink';
import { wording, type T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  /** Everything the exports need. */
  data: ExportInput;
  /** The share link, with or without the notes. */
  link: (withNotes: boolean) => string;
  /** The visitor's own result (current or earlier): "jouw" wording. */
  own: boolean;
  /** The current scan: edit, team and a new scan show. */
  current: boolean;
  /** The current scan is kept in the history: a new scan does not wipe it. */
  kept: boolean;
  teamHref: string;
  onEdit: () => void;
  /** Start a new scan: empty, or (copy) from these answers. */
  onReset: (copy: boolean) => void;
  /** Not the current scan: back, with this label. */
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
    t('export.target'),
    t('export.note'),
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

/** Downloads the JSON of one result (also the way to send a result whose link is too long). */
export function downloadJson(t: T, data: ExportInput): void {
  const text = `${JSON.stringify(toJsonExport(data, labels(t)), null, 2)}\n`;
  downloadText(`${t('download.name', { date: data.date })}.json`, 'application/json', text);
}

export default function Actions({ t, data, link, own, current, kept, teamHref, onEdit, onReset, onLeave, leaveLabel }: Props) {
  const name = t('download.name', { date: data.date });
  const hasNotes = own && data.notes.some((n) => n !== '');
  return (
    <section class="zs-actions" aria-labelledby="zs-actions-title">
      <h3 id="zs-actions-title" class="no-print">
        {t('actions.title')}
      </h3>
      <ShareLink t={t} id="zs-share" label={t('share.label')} link={link} hasNotes={hasNotes} note={wording(t, own)('share.note')} />
      <p class="zs-print-only">
        {t('print.link')} <span class="zs-print-link">{link(false)}</span>
        <br />
        {t('print.date', { date: longDate(data.date) })}
      </p>
      <div class="zs-buttons no-print">
        <button type="button" class="button" onClick={() => downloadText(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(data, labels(t)))}>
          {t('download.csv')}
        </button>
        <button type="button" class="button" onClick={() => downloadJson(t, data)}>
          {t('download.json')}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      {current ? (
        <div class="zs-buttons no-print">
          <button type="button" class="button" onClick={onEdit}>
            {t('edit')}
          </button>
          <a class="button" href={teamHref}>
            {t('team')}
          </a>
          <ResetConfirm t={t} kept={kept} onConfirm={onReset} />
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
