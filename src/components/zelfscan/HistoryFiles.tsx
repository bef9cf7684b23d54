/**
 * The history as one file: download it, and read it back (on another computer). Reading never
 * overwrites without asking: the visitor first sees what is new, what is there already and
 * what differs, and chooses. A file that is not a zelfscan history says what it is instead.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDate } from '../../lib/zelfscan/date';
import type { History } from '../../lib/zelfscan/history';
import { applyImport, historyFile, MAX_FILE, planImport, readFile, type FileResult, type ImportPlan } from '../../lib/zelfscan/history-file';
import type { ModelShape } from '../../lib/zelfscan/types';
import { downloadText } from './download';
import { freshId } from './history-part';
import { scansCount } from './HistoryPanel';
import type { HistState } from './history-state';
import type { T } from './strings';

/** A chosen file's text, or null (none, too large, unreadable). */
export async function readText(file: File | undefined): Promise<string | null> {
  if (!file || file.size > MAX_FILE) return null;
  return file.text().catch(() => null);
}

/** A file chooser that looks like the other buttons: the input is hidden, its label shows (and takes the focus ring). */
export function FileButton({ id, label, onFile }: { id: string; label: string; onFile: (input: HTMLInputElement) => void }) {
  return (
    <span class="zs-file">
      <input id={id} class="visually-hidden" type="file" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget)} />
      <label for={id} class="button">
        {label}
      </label>
    </span>
  );
}

/** Why a file cannot be used, in words. */
export function fileError(t: T, r: Extract<FileResult, { ok: false }>, shape: ModelShape): string {
  return t(`file.${r.error}`, { v: r.version ?? '', current: shape.version });
}

export interface Props {
  t: T;
  shape: ModelShape;
  level: 2 | 3;
  hist: HistState;
  onImport: (fn: (h: History) => History) => void;
}

export default function HistoryFiles({ t, shape, level, hist, onImport }: Props) {
  const H = `h${level + 1}` as 'h3' | 'h4';
  const [plan, setPlan] = useState<{ plan: ImportPlan; skipped: number } | null>(null);
  const [said, setSaid] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const scans = hist.value.scans;
  useEffect(() => {
    if (plan) question.current?.focus();
  }, [plan]);

  async function choose(input: HTMLInputElement) {
    const r = readFile(shape, await readText(input.files?.[0]));
    input.value = '';
    setPlan(null);
    if (!r.ok) return setSaid(fileError(t, r, shape));
    if (r.kind === 'result') return setSaid(t('file.single'));
    setSaid('');
    setPlan({ plan: planImport(shape, hist.value, r.scans), skipped: r.skipped.unreadable + r.skipped.newer + r.skipped.old });
  }
  function apply(replace: boolean) {
    if (!plan) return;
    const { add, differ } = plan.plan;
    // Applied to what is stored now (another tab may have changed it since the file was chosen).
    onImport((h) => applyImport(h, planImport(shape, h, [...add, ...differ]), replace, freshId));
    setPlan(null);
    setSaid(t('import.done', { count: scansCount(t, add.length + differ.length) }));
  }

  const p = plan?.plan;
  return (
    <div class="zs-history__files">
      <H>{t('history.files.title')}</H>
      <p class="zs-muted">{t('history.files.intro')}</p>
      <div class="zs-buttons">
        <button
          type="button"
          class="button"
          disabled={scans.length === 0}
          onClick={() => {
            const today = isoDate(new Date());
            downloadText(`${t('history.file.name', { date: today })}.json`, 'application/json', `${JSON.stringify(historyFile(shape, scans, today), null, 2)}\n`);
          }}
        >
          {t('history.download')}
        </button>
        <FileButton id="zs-import" label={t('history.import')} onFile={choose} />
      </div>
      {p && (
        <div class="zs-confirm notice" role="group" aria-labelledby="zs-import-q">
          <p id="zs-import-q" ref={question} tabIndex={-1}>
            {t('import.summary', { count: scansCount(t, p.add.length + p.same + p.differ.length), add: p.add.length, same: p.same, differ: p.differ.length })}
          </p>
          {plan.skipped > 0 && <p>{t('import.skipped', { count: scansCount(t, plan.skipped) })}</p>}
          {p.differ.length > 0 && <p>{t('import.differ')}</p>}
          <div class="zs-buttons">
            {p.add.length + p.differ.length > 0 && (
              <button type="button" class="button button--primary" onClick={() => apply(false)}>
                {t(p.differ.length > 0 ? 'import.keepBoth' : 'import.add')}
              </button>
            )}
            {p.differ.length > 0 && (
              <button type="button" class="button" onClick={() => apply(true)}>
                {t('import.replace')}
              </button>
            )}
            <button type="button" class="button" onClick={() => setPlan(null)}>
              {t(p.add.length + p.differ.length > 0 ? 'import.cancel' : 'notice.close')}
            </button>
          </div>
        </div>
      )}
      <p class="zs-share__status" role="status">
        {said}
      </p>
    </div>
  );
}
