/**
 * The one walk over the zelfscan items. Answers, advice and share codes hold one entry per item
 * in model order (dimension by dimension), so the flat index of an item is where its answer is.
 */

/** One item with where it sits: its dimension and its flat index in model order. */
export interface ItemAt<I> {
  item: I;
  /** Index of the dimension in the model. */
  dimension: number;
  /** Index of the item in the flat, model-order list (where its answer is). */
  index: number;
}

/** Number of items, from the item count of each dimension. */
export function totalItems(itemCounts: readonly number[]): number {
  return itemCounts.reduce((sum, n) => sum + n, 0);
}

/** Every item of `dimensions` in model order, with its dimension and flat index. */
export function eachItem<I>(dimensions: readonly { items: readonly I[] }[]): ItemAt<I>[] {
  const out: ItemAt<I>[] = [];
  dimensions.forEach((d, dimension) => {
    for (const item of d.items) out.push({ item, dimension, index: out.length });
  });
  return out;
}

/** The items of one dimension, with their flat index. */
export function itemsOf<I>(dimensions: readonly { items: readonly I[] }[], dimension: number): ItemAt<I>[] {
  return eachItem(dimensions).filter((x) => x.dimension === dimension);
}
