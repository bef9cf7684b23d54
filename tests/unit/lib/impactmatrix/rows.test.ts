import { describe, expect, it } from 'vitest';
import { emptyMatrix, type Matrix } from '../../../../src/lib/impactmatrix/fields';
import { blankRow } from '../../../../src/lib/impactmatrix/edit';
import { insertedRows, type Rows } from '../../../../src/lib/impactmatrix/rows';
import { left, movedRow, removedRow, typed } from '../../../../src/lib/impactmatrix/row-edits';

const m: Matrix = { ...emptyMatrix(), touchpoints: ['a', 'b', 'c'].map((name) => ({ ...blankRow(), name })) };
const rows = (): Rows => ({ m, ids: [10, 11, 12], edits: {}, errors: {} });

describe('row state', () => {
  it('keeps typed text, and an invalid cell keeps the last valid value with its error', () => {
    const r1 = typed(rows(), 1, 'impact', '7,');
    expect(r1.m.touchpoints[1]!.impact).toBe(70);
    expect(r1.edits).toEqual({ '11:impact': '7,' });
    const r2 = typed(r1, 1, 'impact', '70');
    expect(r2.m.touchpoints[1]!.impact).toBe(70);
    expect(r2.errors).toEqual({ '11:impact': 'range' });
    // Leaving an invalid cell keeps what was typed; a valid one goes back to the page's writing.
    expect(left(r2, 1, 'impact')).toBeNull();
    expect(left(typed(r2, 1, 'impact', '7,5'), 1, 'impact')!.edits).toEqual({});
  });

  it('moves and removes rows with their keys', () => {
    expect(movedRow(rows(), 0, 1).ids).toEqual([11, 10, 12]);
    expect(movedRow(rows(), 0, 1).m.touchpoints.map((t) => t.name)).toEqual(['b', 'a', 'c']);
    expect(removedRow(rows(), 1).ids).toEqual([10, 12]);
  });

  it('inserts rows with new keys where they go, as many as fit', () => {
    let next = 20;
    const r = insertedRows(rows(), 0, [blankRow(), blankRow()], () => next++);
    expect(r.ids).toEqual([10, 20, 21, 11, 12]);
    expect(r.m.touchpoints).toHaveLength(5);
    const full = insertedRows(rows(), 2, Array.from({ length: 200 }, blankRow), () => next++);
    expect(full.ids).toHaveLength(100);
    expect(full.m.touchpoints).toHaveLength(100);
  });
});
