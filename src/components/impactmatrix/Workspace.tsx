/**
 * Everything the island shows once there are touchpoints: the table, the matrix with what it
 * says, and share/keep. One chunk, loaded on demand (dynamic import in Impactmatrix.tsx), so a
 * first visit to the empty tool loads only the start screen: the page stays within its budget.
 */
import type { Matrix } from '../../lib/impactmatrix/fields';
import { exampleMatrix } from '../../lib/impactmatrix/example';
import { encodeLink } from '../../lib/impactmatrix/link';
import { analyse } from '../../lib/impactmatrix/model';
import { room } from '../../lib/impactmatrix/edit';
import { setName } from '../../lib/impactmatrix/reorder';
import { left, movedRow, removedRow, typed } from '../../lib/impactmatrix/row-edits';
import Figure from './Figure';
import { DataTable, Priority, Quadrants } from './Results';
import TouchpointTable from './TouchpointTable';
import { measureName } from './labels';
import type { Host, QuadrantLinks, T } from './types';

export { default as SharePanel } from './SharePanel';
export { default as Notices } from './Notices';
export { download, openFile } from './files';

/** The filled table with its buttons; its editing code lives here, in the workspace chunk. */
export function Editor({ host }: { host: Host }) {
  const { t } = host;
  const { m, ids, edits, errors } = host.state;
  const name = (i: number) => m.touchpoints[i]?.name.trim() || t('unnamed');
  const errorCount = Object.keys(errors).length;
  const onMove = (i: number, delta: -1 | 1, focus: string) =>
    host.change(movedRow(host.rows(), i, delta), { status: t('row.moved', { name: name(i), row: i + 1 + delta }), undo: null }, host.focus(focus));
  const onRemove = (i: number) => {
    const next = ids[i + 1] ?? ids[i - 1];
    const undo = host.withUndo(t('row.removed', { row: i + 1, name: name(i) }));
    host.change(removedRow(host.rows(), i), undo, host.focus(next === undefined ? 'im-add' : `im-${next}-name`));
  };
  return (
    <>
      <p class="im-hint">{t('table.help', { measure: measureName(t, m.measure) })}</p>
      <TouchpointTable
        m={m}
        ids={ids}
        edits={edits}
        errors={errors}
        t={t}
        onName={(i, v) => host.change(setName(m, i, v), { status: '' })}
        onCell={(i, c, text) => host.change(typed(host.rows(), i, c, text), { status: '' })}
        onBlurCell={(i, c) => {
          const r = left(host.rows(), i, c);
          if (r) host.setState({ edits: r.edits });
        }}
        onMove={onMove}
        onRemove={onRemove}
        onPasteRows={(i, text) => void host.pasteRows(text, i)}
      />
      {errorCount > 0 && <p class="notice notice--error">{t('error.summary', { n: errorCount })}</p>}
      <p class="im-hint">{t('table.keys')}</p>
      <div class="im-actions">
        <button type="button" class="button button--primary" id="im-add" onClick={host.add}>
          {t('add')}
        </button>
        <button type="button" class="button" onClick={host.clear}>
          {t('clear')}
        </button>
      </div>
      {room(m) === 0 && <p class="notice">{t('max', { max: m.touchpoints.length })}</p>}
    </>
  );
}

interface OutcomeProps {
  m: Matrix;
  t: T;
  links: QuadrantLinks;
  /** The example's names, to say so when the matrix is the (invented) example. */
  exampleNames: readonly string[];
  onDividers: (x: number | null, y: number | null) => void;
}

/** The matrix and what it says. */
export function Outcome({ m, t, links, exampleNames, onDividers }: OutcomeProps) {
  const a = analyse(m);
  const isExample = encodeLink(m) === encodeLink(exampleMatrix(t('example.title'), exampleNames));
  return (
    <section class="im-results" aria-labelledby="im-chart-h">
      <h2 id="im-chart-h">{m.title.trim() || t('chart.title')}</h2>
      {isExample && <p class="notice notice--warn">{t('example.notice')}</p>}
      {a.points.length === 0 ? <p class="im-hint">{t('chart.none')}</p> : <Figure m={m} a={a} t={t} id="im-c" onDividers={onDividers} />}
      <Priority m={m} a={a} t={t} id="im-r" />
      <Quadrants m={m} a={a} t={t} id="im-r" links={links} />
      {a.points.length > 0 && <DataTable m={m} a={a} t={t} id="im-r" />}
    </section>
  );
}
