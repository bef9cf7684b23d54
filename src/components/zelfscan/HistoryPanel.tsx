/**
 * "Jouw eerdere scans": every completed scan in this browser, newest first, each to open,
 * rename or delete (with confirmation); choosing two to compare (or one and a link or file
 * someone sent); and the whole history as one file, to read back on another computer. Says so
 * when entries could not be read or nothing can be stored.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { longDate } from '../../lib/zelfscan/date';
import { deleteEntry, dropUnreadable, renameEntry, skipped, type Entry } from '../../lib/zelfscan/history';
import type { View } from '../../lib/zelfscan/state';
import type { ClientModel, LinkedScan, ModelShape } from '../../lib/zelfscan/types';
import { noticeFor } from '../../lib/store';
import ComparePicker from './ComparePicker';
import { changeHistory } from './history-part';
import HistoryFiles from './HistoryFiles';
import HistoryRow from './HistoryRow';
import type { HistState } from './history-state';
import type { T } from './strings';

export interface Props {
  t: T;
  model: ClientModel;
  shape: ModelShape;
  hist: HistState;
  setHist: (h: HistState) => void;
  /** Heading level: 2 on the start screen, 3 inside a result. */
  level: 2 | 3;
  /** The entry id of the current scan. */
  current: string | null;
  onOpen: (view: View) => void;
  /** The current scan's entry was deleted: the current scan starts over. */
  onDeleteCurrent: () => void;
}

/** "Nulmeting" or "Scan van 3 december 2026". */
export const nameOf = (t: T, s: LinkedScan): string =>
  s.name || (s.date ? t('entry.dated', { date: longDate(s.date) }) : t('entry.undated'));

/** "1 scan" / "3 scans". */
export const scansCount = (t: T, n: number): string => (n === 1 ? t('history.count.one') : t('history.count', { n }));

export default function HistoryPanel({ t, model, shape, hist, setHist, level, current, onOpen, onDeleteCurrent }: Props) {
  const H = `h${level}` as 'h2' | 'h3';
  const scans = hist.value.scans;
  // After a deletion the row (and its focus) is gone: say so, and put focus on the list's heading.
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const change = (fn: Parameters<typeof changeHistory>[2]) => setHist(changeHistory(shape, hist, fn));
  const skip = skipped(hist.value);
  const problem = noticeFor(hist.result);
  const notes: ComponentChildren[] = [];
  if (problem === 'notSaved') notes.push(`${t('notice.unavailable')} ${t('history.notKept')}`);
  if (problem === 'newer') notes.push(t('history.newer'));
  if (problem === 'unreadable') notes.push(t('history.unreadable'));
  if (skip.newer) notes.push(t('history.skipped.newer', { count: scansCount(t, skip.newer) }));
  if (skip.old) notes.push(t('history.skipped.old', { count: scansCount(t, skip.old) }));

  return (
    <section class="zs-history no-print" aria-labelledby="zs-history-title">
      <H id="zs-history-title" ref={heading} tabIndex={-1}>
        {t('history.title')}
      </H>
      <p class="zs-share__status" role="status">
        {said}
      </p>
      {notes.map((n, i) => (
        <p key={i} class="notice notice--warn" role="status">
          {n}
        </p>
      ))}
      {skip.unreadable > 0 && (
        <div class="notice notice--warn zs-notice" role="status">
          <p>{t('history.skipped.unreadable', { count: scansCount(t, skip.unreadable) })}</p>
          <button type="button" class="button" onClick={() => change(dropUnreadable)}>
            {t('history.dropUnreadable')}
          </button>
        </div>
      )}
      <p class="zs-muted">{scans.length === 0 ? t('history.empty') : t('history.intro', { count: scansCount(t, scans.length) })}</p>
      {scans.length > 0 && (
        <ol class="zs-history__list" reversed>
          {[...scans].reverse().map((e: Entry) => (
            <HistoryRow
              key={e.id}
              t={t}
              shape={shape}
              model={model}
              entry={e}
              label={nameOf(t, e)}
              current={e.id === current}
              onOpen={() => onOpen({ kind: 'entry', id: e.id })}
              onRename={(name) => change((h) => renameEntry(h, e.id, name))}
              onDelete={() => {
                change((h) => deleteEntry(h, e.id));
                if (e.id === current) onDeleteCurrent();
                else {
                  setSaid(t('history.deleted', { name: nameOf(t, e) }));
                  heading.current?.focus();
                }
              }}
            />
          ))}
        </ol>
      )}
      <ComparePicker t={t} shape={shape} level={level} scans={scans} onCompare={(from, to) => onOpen({ kind: 'compare', from, to, shared: false })} />
      <HistoryFiles t={t} shape={shape} level={level} hist={hist} onImport={change} />
    </section>
  );
}
