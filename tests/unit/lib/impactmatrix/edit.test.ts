import { describe, expect, it } from 'vitest';
import { MAX_TOUCHPOINTS, emptyMatrix, type Matrix } from '../../../../src/lib/impactmatrix/fields';
import { blankRow, insertRows, room } from '../../../../src/lib/impactmatrix/edit';
import { moved, setName, without } from '../../../../src/lib/impactmatrix/reorder';
import { setCell } from '../../../../src/lib/impactmatrix/cells';

const m: Matrix = { ...emptyMatrix(), touchpoints: [{ name: 'a', sat: 400, impact: 50, volume: 10 }, { name: 'b', sat: null, impact: null, volume: null }] };

describe('edits', () => {
  it('sets a valid cell and leaves the matrix alone for an invalid one', () => {
    expect(setCell(m, 1, 'sat', '4,5').m.touchpoints[1]!.sat).toBe(450);
    expect(setCell(m, 0, 'impact', '11')).toEqual({ m, error: 'range' });
    expect(setCell(m, 0, 'volume', 'veel')).toEqual({ m, error: 'nan' });
    expect(setCell(m, 0, 'volume', '').m.touchpoints[0]!.volume).toBeNull();
  });

  it('cleans names', () => {
    expect(setName(m, 0, 'x\ty').touchpoints[0]!.name).toBe('x y');
    expect(setName(m, 0, 'z'.repeat(300)).touchpoints[0]!.name).toHaveLength(200);
  });

  it.each<[number, number, string[]]>([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 5, ['a', 'b', 'c']],
  ])('moves item %i by %i', (i, d, out) => {
    expect(moved(['a', 'b', 'c'], i, d)).toEqual(out);
  });

  it('removes and inserts rows, never beyond the maximum', () => {
    expect(without(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(insertRows(m, 0, [blankRow()]).touchpoints.map((t) => t.name)).toEqual(['a', '', 'b']);
    expect(insertRows(m, -1, [blankRow()]).touchpoints.map((t) => t.name)).toEqual(['', 'a', 'b']);
    const full = insertRows(m, 1, Array.from({ length: 150 }, blankRow));
    expect(full.touchpoints).toHaveLength(MAX_TOUCHPOINTS);
    expect(room(full)).toBe(0);
  });
});
