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
import Figure from './Figure';
import { DataTable, Priority, Quadrants } from './Results';
import TouchpointTable, { type Props as TableProps } from './TouchpointTable';
import { measureName } from './labels';
import type { QuadrantLinks, T } from './types';

export { default as SharePanel } from './SharePanel';
export { download, openFile } from './files';
export { setCell } from '../../lib/impactmatrix/cells';

export interface EditorProps extends TableProps {
  onAdd: () => void;
  onClear: () => void;
}

/** The filled table with its buttons. */
export function Editor(p: EditorProps) {
  const { m, t } = p;
  const errorCount = Object.keys(p.errors).length;
  return (
    <>
      <p class="im-hint">{t('table.help', { measure: measureName(t, m.measure) })}</p>
      <TouchpointTable {...p} />
      {errorCount > 0 && <p class="notice notice--error">{t('error.summary', { n: errorCount })}</p>}
      <p class="im-hint">{t('table.keys')}</p>
      <div class="im-actions">
        <button type="button" class="button button--primary" id="im-add" onClick={p.onAdd}>
          {t('add')}
        </button>
        <button type="button" class="button" onClick={p.onClear}>
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
