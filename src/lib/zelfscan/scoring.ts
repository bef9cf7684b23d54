/**
 * Scoring of the zelfscan. Pure and deterministic; the result page explains these rules in
 * words ("Hoe we rekenen"), so keep the two in step.
 *
 * 1. An answer is a level 1–5; "Weet ik niet" (0) and unanswered (null) do not count.
 * 2. Dimension score = mean of its answered items, rounded to one decimal. A dimension with
 *    fewer than half of its items answered has no score ("onvoldoende beantwoord").
 * 3. Dimension level = its score rounded down (3,8 → level 3): you reach a level when you fully make it.
 * 4. Overall score = mean of the dimension scores, rounded to one decimal. Overall level = that
 *    score rounded down, but at most one level above the weakest dimension (the weakest link).
 *    With fewer than half of the dimensions scored there is no overall level.
 * 5. Next steps: the three weakest dimensions, in each the item with the lowest answer below 5;
 *    ties go to what comes first in the scan. With fewer than three such dimensions, a second
 *    round takes the next item from the weakest dimensions again.
 *
 * Scores are kept in tenths (integers) so rounding is exact and what you see is what is used.
 */
import { DONT_KNOW, type Answer, type ModelShape } from './types';

/** Score of one dimension. */
export interface DimensionScore {
  /** Position of the dimension in the model. */
  index: number;
  /** Items in this dimension. */
  total: number;
  /** Items answered with a level 1–5. */
  answered: number;
  /** Items answered with "Weet ik niet". */
  dontKnow: number;
  /** Score in tenths (32 = 3,2), or null when fewer than half of the items have a level. */
  tenths: number | null;
  /** Level 1–5 (score rounded down), or null. */
  level: number | null;
}

/** The overall result. */
export interface OverallScore {
  /** Mean of the dimension scores in tenths, or null when too few dimensions have a score. */
  tenths: number | null;
  /** Overall level, or null. */
  level: number | null;
  /** True when the weakest-link rule lowered the level. */
  capped: boolean;
  /** Number of dimensions with a score. */
  scored: number;
}

/** One of the top next steps. */
export interface NextStep {
  /** Dimension index. */
  dimension: number;
  /** Item index in the flat item list (model order). */
  item: number;
  /** The answered level (1–4). */
  level: number;
}

export interface ScanResult {
  dimensions: DimensionScore[];
  overall: OverallScore;
  /** Index of the strongest and weakest dimension with a score (first in scan order on ties). */
  strongest: number | null;
  weakest: number | null;
  /** True when every scored dimension has the same score. */
  allEqual: boolean;
  nextSteps: NextStep[];
}

/** Is this answer a level (1–5)? */
export const isLevel = (a: Answer | undefined): a is 1 | 2 | 3 | 4 | 5 =>
  typeof a === 'number' && a >= 1 && a <= 5;

/** The flat item index where each dimension starts. */
function dimensionStarts(shape: Pick<ModelShape, 'itemCounts'>): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const n of shape.itemCounts) {
    starts.push(at);
    at += n;
  }
  return starts;
}

/** Scores one dimension from its answers. */
export function scoreDimension(answers: readonly Answer[], index = 0): DimensionScore {
  let sum = 0;
  let answered = 0;
  let dontKnow = 0;
  for (const a of answers) {
    if (isLevel(a)) {
      sum += a;
      answered += 1;
    } else if (a === DONT_KNOW) dontKnow += 1;
  }
  const total = answers.length;
  const enough = answered > 0 && answered * 2 >= total;
  // sum and answered are small integers: Math.round(sum * 10 / answered) is exact half-up rounding.
  const tenths = enough ? Math.round((sum * 10) / answered) : null;
  return { index, total, answered, dontKnow, tenths, level: tenths === null ? null : Math.floor(tenths / 10) };
}

/** The overall score and level from dimension scores. */
export function overallScore(dims: readonly DimensionScore[]): OverallScore {
  const scored = dims.filter((d) => d.tenths !== null);
  if (scored.length === 0 || scored.length * 2 < dims.length) {
    return { tenths: null, level: null, capped: false, scored: scored.length };
  }
  const sum = scored.reduce((s, d) => s + (d.tenths ?? 0), 0);
  const tenths = Math.round(sum / scored.length);
  const byMean = Math.floor(tenths / 10);
  const weakest = Math.min(...scored.map((d) => d.level ?? 1));
  const level = Math.min(byMean, weakest + 1);
  return { tenths, level, capped: level < byMean, scored: scored.length };
}

/** Scores all answers against the model shape. */
export function scoreAnswers(shape: Pick<ModelShape, 'itemCounts'>, items: readonly Answer[]): ScanResult {
  const starts = dimensionStarts(shape);
  const dimensions = shape.itemCounts.map((n, i) => {
    const start = starts[i] ?? 0;
    const slice = Array.from({ length: n }, (_, k) => items[start + k] ?? null);
    return scoreDimension(slice, i);
  });
  const overall = overallScore(dimensions);
  const scored = dimensions.filter((d) => d.tenths !== null);
  let strongest: number | null = null;
  let weakest: number | null = null;
  for (const d of scored) {
    if (strongest === null || (d.tenths ?? 0) > (dimensions[strongest]?.tenths ?? 0)) strongest = d.index;
    if (weakest === null || (d.tenths ?? 0) < (dimensions[weakest]?.tenths ?? 0)) weakest = d.index;
  }
  const allEqual = scored.length > 1 && scored.every((d) => d.tenths === scored[0]?.tenths);
  return { dimensions, overall, strongest, weakest, allEqual, nextSteps: nextSteps(shape, items, dimensions) };
}

/** The top next steps (at most `count`), see rule 5 at the top of this file. */
export function nextSteps(
  shape: Pick<ModelShape, 'itemCounts'>,
  items: readonly Answer[],
  dimensions: readonly DimensionScore[],
  count = 3,
): NextStep[] {
  const starts = dimensionStarts(shape);
  const ranked = dimensions
    .filter((d) => d.tenths !== null)
    .slice()
    .sort((a, b) => (a.tenths ?? 0) - (b.tenths ?? 0) || a.index - b.index);
  const candidates = ranked.map((d) => {
    const start = starts[d.index] ?? 0;
    const list: NextStep[] = [];
    for (let k = 0; k < d.total; k++) {
      const a = items[start + k];
      if (isLevel(a) && a < 5) list.push({ dimension: d.index, item: start + k, level: a });
    }
    return list.sort((x, y) => x.level - y.level || x.item - y.item);
  });
  const withSteps = candidates.filter((c) => c.length > 0);
  const out: NextStep[] = [];
  // Round one: the weakest three dimensions; later rounds: the next item of the weakest again.
  for (let round = 0; out.length < count && withSteps.some((c) => c.length > round); round++) {
    const pool = round === 0 ? withSteps.slice(0, count) : withSteps;
    for (const c of pool) {
      const step = c[round];
      if (step && out.length < count) out.push(step);
    }
  }
  return out;
}

/** A score in tenths as Dutch text with one decimal: 32 → "3,2". */
export function formatTenths(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  return `${whole},${tenths - whole * 10}`;
}
