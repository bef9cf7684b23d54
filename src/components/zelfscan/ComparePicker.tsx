/**
 * "Vergelijk twee uitslagen": choose an earlier and a later result from the own scans, or add a
 * result someone sent (a link, or a JSON file: one result or a whole history) to choose from.
 * What is added stays on this screen only; it never enters the visitor's own history.
 */
import { useState } from 'preact/hooks';
import { longDate } from '../../lib/zelfscan/date';
import type { Entry } from '../../lib/zelfscan/history';
import { readFile } from '../../lib/zelfscan/history-file';
import { decodeShare } from '../../lib/zelfscan/share';
import type { Side } from '../../lib/zelfscan/state';
import type { LinkedScan, ModelShape } from '../../lib/zelfscan/types';
import { FileButton, fileError, readText } from './HistoryFiles';
import { nameOf } from './HistoryPanel';
import type { T } from './strings';

export interface Props {
  t: T;
  shape: ModelShape;
  level: 2 | 3;
  scans: readonly Entry[];
  onCompare: (from: Side, to: Side) => void;
}

interface Option {
  value: string;
  label: string;
  side: Side;
}

export default function ComparePicker({ t, shape, level, scans, onCompare }: Props) {
  const H = `h${level + 1}` as 'h3' | 'h4';
  const [extra, setExtra] = useState<{ scan: LinkedScan; from: 'link' | 'file' }[]>([]);
  const [link, setLink] = useState('');
  const [said, setSaid] = useState('');
  const options: Option[] = [
    ...[...scans].reverse().map((e) => ({
      value: `e${e.id}`,
      label: e.name ? t('compare.option', { name: e.name, date: longDate(e.date) }) : nameOf(t, e),
      side: { kind: 'entry', id: e.id } as Side,
    })),
    ...extra.map((x, i) => ({
      value: `x${i}`,
      label: t(x.from === 'link' ? 'compare.fromLink' : 'compare.fromFile', { name: nameOf(t, x.scan), n: i + 1 }),
      side: { kind: 'scan', scan: x.scan } as Side,
    })),
  ];
  const [pick, setPick] = useState<{ from: string; to: string }>({ from: '', to: '' });
  // Default: the first scan (the baseline) → the newest; options are newest first.
  const from = options.some((o) => o.value === pick.from) ? pick.from : (options[scans.length - 1]?.value ?? options[1]?.value ?? '');
  const to = options.some((o) => o.value === pick.to) ? pick.to : (options[0]?.value ?? '');
  const add = (list: LinkedScan[], kind: 'link' | 'file') => {
    setExtra((x) => [...x, ...list.map((scan) => ({ scan, from: kind }))]);
    setPick({ from: from, to: `x${extra.length}` });
    setSaid(t('compare.added', { n: list.length }));
  };

  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="zs-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="zs-compare-pick">
      <H>{t('compare.pick.title')}</H>
      {options.length >= 2 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const a = options.find((o) => o.value === from);
            const b = options.find((o) => o.value === to);
            if (a && b && a !== b) onCompare(a.side, b.side);
          }}
        >
          <div class="zs-compare-pick__fields">
            {select('zs-cmp-from', t('compare.from'), from, (v) => setPick({ from: v, to }))}
            {select('zs-cmp-to', t('compare.to'), to, (v) => setPick({ from, to: v }))}
          </div>
          {from === to && <p class="zs-muted">{t('compare.same')}</p>}
          <button type="submit" class="button button--primary" disabled={from === to}>
            {t('compare.go')}
          </button>
        </form>
      ) : (
        <p class="zs-muted">{t('compare.pick.one')}</p>
      )}
      <details class="zs-compare-add">
        <summary>{t('compare.add')}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const r = decodeShare(shape, link.slice(link.indexOf('#') + 1));
            if (!r.ok) {
              const key = r.error === 'version' && (r.version ?? 0) > shape.version ? 'newer' : r.error;
              setSaid(t(`notice.link.${key}`, { v: r.version ?? '', current: shape.version }));
              return;
            }
            const { earlier, ...scan } = r;
            add(earlier ? [earlier, scan] : [scan], 'link');
            setLink('');
          }}
        >
          <label for="zs-cmp-link">{t('compare.add.link')}</label>
          <div class="zs-share__row">
            <input id="zs-cmp-link" type="text" spellcheck={false} value={link} onInput={(e) => setLink(e.currentTarget.value)} />
            <button type="submit" class="button">
              {t('compare.add.button')}
            </button>
          </div>
        </form>
        <p class="zs-muted">{t('compare.add.or')}</p>
        <FileButton
          id="zs-cmp-file"
          label={t('compare.add.file')}
          onFile={async (input) => {
            const r = readFile(shape, await readText(input.files?.[0]));
            input.value = '';
            if (!r.ok) setSaid(fileError(t, r, shape));
            else add(r.kind === 'result' ? [r.scan] : r.scans, 'file');
          }}
        />
        <p class="zs-share__status" role="status">
          {said}
        </p>
      </details>
    </div>
  );
}
