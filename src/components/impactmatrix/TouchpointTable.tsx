/**
 * The touchpoint table: one row per touchpoint, every cell an input. Keyboard: Tab through the
 * cells, Alt + arrow up/down moves the row (focus stays in the same cell), and buttons move or
 * remove a row. A cell that is not a valid number keeps what was typed, is marked invalid and
 * says row, field and allowed range; the matrix keeps the last valid value meanwhile.
 * Pasting several lines or tab-separated cells into any cell goes to the paste parser.
 */
import { MAX_NAME, NUM_COLUMNS, scaleOf, type Matrix, type NumColumn } from '../../lib/impactmatrix/fields';
import { formatCell, formatValue, type CellError } from '../../lib/impactmatrix/cells';
import { satRange } from './labels';
import { tk, type T } from './types';

export interface Props {
  m: Matrix;
  ids: readonly number[];
  /** Text typed per cell (`${id}:${column}`) while it differs from the stored value. */
  edits: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, CellError>>;
  t: T;
  onName: (i: number, value: string) => void;
  onCell: (i: number, column: NumColumn, text: string) => void;
  onBlurCell: (i: number, column: NumColumn) => void;
  /** Moves row i by delta; `focus` is the id of the element to focus afterwards. */
  onMove: (i: number, delta: -1 | 1, focus: string) => void;
  onRemove: (i: number) => void;
  /** Text with tabs or line breaks pasted into row i. */
  onPasteRows: (i: number, text: string) => void;
}

/** The error message of a cell, naming row, field and allowed range. */
export function cellError(t: T, m: Matrix, row: number, column: NumColumn, error: CellError, text: string): string {
  const s = scaleOf(column, m.measure);
  return tk(t, `error.${error}`, { row, field: tk(t, `field.${column}`), text: text.trim(), min: formatValue(s.min, s), max: formatValue(s.max, s) });
}

export default function TouchpointTable(p: Props) {
  const { m, ids, edits, errors, t } = p;
  const heads: Record<NumColumn, string> = { sat: t('col.sat', { range: satRange(t, m.measure) }), impact: t('col.impact'), volume: t('col.volume') };
  const last = m.touchpoints.length - 1;
  return (
    <div class="im-edit-wrap">
      <table class="im-edit">
        <caption class="visually-hidden">{t('table.title')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('col.num')}
            </th>
            <th scope="col">{t('col.name')}</th>
            {NUM_COLUMNS.map((c) => (
              <th scope="col" key={c} class="num">
                {heads[c]}
              </th>
            ))}
            <th scope="col">
              <span class="visually-hidden">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {m.touchpoints.map((tp, i) => {
            const id = ids[i] ?? i;
            const row = i + 1;
            const move = (delta: -1 | 1, focus: string) => {
              if ((delta < 0 && i > 0) || (delta > 0 && i < last)) p.onMove(i, delta, focus);
            };
            const onKeyDown = (e: KeyboardEvent) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              move(e.key === 'ArrowUp' ? -1 : 1, (e.target as HTMLElement).id);
            };
            const onPaste = (e: ClipboardEvent) => {
              const text = e.clipboardData?.getData('text/plain') ?? '';
              if (!/[\t\n]/.test(text.trim())) return;
              e.preventDefault();
              p.onPasteRows(i, text);
            };
            return (
              <tr key={id} onKeyDown={onKeyDown} onPaste={onPaste}>
                <td class="num im-edit__num">{row}</td>
                <td class="im-edit__name" data-label={t('col.name')}>
                  <input
                    id={`im-${id}-name`}
                    type="text"
                    value={tp.name}
                    maxLength={MAX_NAME}
                    autoComplete="off"
                    aria-label={t('cell.label', { field: t('col.name'), row })}
                    onInput={(e) => p.onName(i, e.currentTarget.value)}
                  />
                </td>
                {NUM_COLUMNS.map((c) => {
                  const key = `${id}:${c}`;
                  const err = errors[key];
                  const text = edits[key] ?? formatCell(c, tp[c], m.measure);
                  return (
                    <td key={c} class="im-edit__cell" data-label={tk(t, `col.short.${c}`)}>
                      <input
                        id={`im-${id}-${c}`}
                        type="text"
                        inputMode={c === 'volume' ? 'numeric' : c === 'sat' && m.measure === 'nps' ? 'text' : 'decimal'}
                        value={text}
                        autoComplete="off"
                        aria-label={t('cell.label', { field: heads[c], row })}
                        aria-invalid={err ? 'true' : undefined}
                        aria-describedby={err ? `im-${id}-${c}-err` : undefined}
                        onInput={(e) => p.onCell(i, c, e.currentTarget.value)}
                        onBlur={() => p.onBlurCell(i, c)}
                      />
                      {err && (
                        <p id={`im-${id}-${c}-err`} class="im-cell-error">
                          {cellError(t, m, row, c, err, text)}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td class="im-edit__actions">
                  <button type="button" id={`im-${id}-up`} class="im-icon" aria-label={t('row.up', { row })} aria-disabled={i === 0 ? 'true' : undefined} onClick={() => move(-1, `im-${id}-up`)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" id={`im-${id}-down`} class="im-icon" aria-label={t('row.down', { row })} aria-disabled={i === last ? 'true' : undefined} onClick={() => move(1, `im-${id}-down`)}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" class="im-icon im-icon--remove" aria-label={t('row.remove', { row })} onClick={() => p.onRemove(i)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
