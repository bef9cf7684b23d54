/**
 * Two results side by side ("then → now"): per dimension and overall the score before and
 * after and the difference, the items whose level went up or down, the items answered in only
 * one of them, and the advice that is new (the advice for an item's new level). Pure; the
 * scores follow scoring.ts, so a comparison never says anything the results do not.
 */
import { isLevel, scoreAnswers, type NextStep, type ScanResult } from './scoring';
import type { Answer, Answers, ModelShape } from './types';

/** One dimension then and now. Scores in tenths; `delta` only when both have a score. */
export interface DimensionChange {
  index: number;
  from: number | null;
  to: number | null;
  fromLevel: number | null;
  toLevel: number | null;
  delta: number | null;
}

/** One item whose answer differs. */
export interface ItemChange {
  /** Flat item index (model order). */
  item: number;
  dimension: number;
  from: Answer;
  to: Answer;
}

export interface Comparison {
  /** The scored results, for the radar and the headline. */
  from: ScanResult;
  to: ScanResult;
  overall: { from: number | null; to: number | null; fromLevel: number | null; toLevel: number | null; delta: number | null };
  dimensions: DimensionChange[];
  /** Items with a level in both, higher now (largest rise first, then model order). */
  up: ItemChange[];
  /** Items with a level in both, lower now (largest fall first, then model order). */
  down: ItemChange[];
  /** Items with a level in only one of the two ("weet ik niet" or open in the other). */
  other: ItemChange[];
  /** Items with a level now that differs from then: their advice is new (model order). */
  newAdvice: ItemChange[];
  /** Next steps now that were not among the next steps then. */
  newSteps: NextStep[];
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);

/** Compares result `a` (then) with result `b` (now). */
export function compare(shape: ModelShape, a: Answers, b: Answers): Comparison {
  const from = scoreAnswers(shape, a.items);
  const to = scoreAnswers(shape, b.items);
  const dimensions = shape.itemCounts.map((_, i): DimensionChange => {
    const x = from.dimensions[i];
    const y = to.dimensions[i];
    const f = x?.tenths ?? null;
    const t = y?.tenths ?? null;
    return { index: i, from: f, to: t, fromLevel: x?.level ?? null, toLevel: y?.level ?? null, delta: diff(f, t) };
  });
  const up: ItemChange[] = [];
  const down: ItemChange[] = [];
  const other: ItemChange[] = [];
  const newAdvice: ItemChange[] = [];
  let item = 0;
  shape.itemCounts.forEach((count, dimension) => {
    for (let k = 0; k < count; k++, item++) {
      const x = a.items[item] ?? null;
      const y = b.items[item] ?? null;
      if (x === y) continue;
      const change = { item, dimension, from: x, to: y };
      if (isLevel(x) && isLevel(y)) (y > x ? up : down).push(change);
      else if (isLevel(x) || isLevel(y)) other.push(change);
      if (isLevel(y)) newAdvice.push(change);
    }
  });
  const size = (c: ItemChange) => Math.abs((c.to ?? 0) - (c.from ?? 0));
  const bySize = (p: ItemChange, q: ItemChange) => size(q) - size(p) || p.item - q.item;
  const before = new Set(from.nextSteps.map((s) => `${s.item}:${s.level}`));
  return {
    from,
    to,
    overall: {
      from: from.overall.tenths,
      to: to.overall.tenths,
      fromLevel: from.overall.level,
      toLevel: to.overall.level,
      delta: diff(from.overall.tenths, to.overall.tenths),
    },
    dimensions,
    up: up.sort(bySize),
    down: down.sort(bySize),
    other,
    newAdvice,
    newSteps: to.nextSteps.filter((s) => !before.has(`${s.item}:${s.level}`)),
  };
}

/** A difference in tenths as Dutch text with a sign: 7 → "+0,7", −12 → "−1,2", 0 → "0,0". */
export function formatDelta(tenths: number): string {
  const abs = Math.abs(tenths);
  const text = `${Math.floor(abs / 10)},${abs % 10}`;
  return tenths > 0 ? `+${text}` : tenths < 0 ? `−${text}` : text;
}
