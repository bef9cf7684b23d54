import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eachItem, itemsOf, totalItems } from '../../../../src/lib/zelfscan/items';

describe('the item walk', () => {
  const dims = [{ items: ['a', 'b'] }, { items: [] }, { items: ['c', 'd', 'e'] }];

  it('counts the items', () => {
    expect(totalItems([4, 4, 4, 4, 4, 4])).toBe(24);
    expect(totalItems([])).toBe(0);
  });

  it('walks the items in model order with dimension and flat index', () => {
    expect(eachItem(dims)).toEqual([
      { item: 'a', dimension: 0, index: 0 },
      { item: 'b', dimension: 0, index: 1 },
      { item: 'c', dimension: 2, index: 2 },
      { item: 'd', dimension: 2, index: 3 },
      { item: 'e', dimension: 2, index: 4 },
    ]);
    expect(itemsOf(dims, 2).map((x) => x.index)).toEqual([2, 3, 4]);
    expect(itemsOf(dims, 1)).toEqual([]);
  });

  it('visits every item once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { maxLength: 12 }), (counts) => {
        const model = counts.map((n) => ({ items: Array.from({ length: n }, (_, k) => k) }));
        const walk = eachItem(model);
        expect(walk).toHaveLength(totalItems(counts));
        walk.forEach((x, i) => expect(x.index).toBe(i));
      }),
      { numRuns: 1000 },
    );
  });
});
