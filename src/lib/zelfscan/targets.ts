/**
 * Targets: per dimension the level to reach within 12 months ("waar willen we over 12 maanden
 * staan?"). The advice then lists every step between an item's answer and the target, not only
 * the next one: advice for answered level L is the step from L to L + 1 (see the model), so an
 * item at 2 with target 4 gets the advice of levels 2 and 3.
 */
import { isLevel, scoreAnswers } from './scoring';
import { isTarget, type Answer, type Answers, type ModelShape, type Targets } from './types';

/** The levels whose advice leads from answer `a` to `target`: [a, a + 1, …, target − 1]; empty when there or no level. */
export function stepsTo(a: Answer | undefined, target: number | null | undefined): number[] {
  if (!isLevel(a) || !isTarget(target)) return [];
  const out: number[] = [];
  for (let l = a; l < target; l++) out.push(l);
  return out;
}

/** The way from where a dimension is to its target. */
export interface TargetPath {
  dimension: number;
  /** The dimension's level now (null when not scored). */
  level: number | null;
  target: number;
  /** Items answered below the target, with the levels whose advice leads there. */
  items: { item: number; from: number; steps: number[] }[];
  /** Items without a level ("weet ik niet" or open): find out first. */
  unknown: number[];
}

/** For every dimension with a target: the items to raise and the steps for each. */
export function targetPaths(shape: Pick<ModelShape, 'itemCounts'>, answers: Answers, targets: Targets): TargetPath[] {
  const result = scoreAnswers(shape, answers.items);
  const out: TargetPath[] = [];
  let start = 0;
  shape.itemCounts.forEach((count, dimension) => {
    const target = targets[dimension];
    if (isTarget(target)) {
      const path: TargetPath = { dimension, level: result.dimensions[dimension]?.level ?? null, target, items: [], unknown: [] };
      for (let item = start; item < start + count; item++) {
        const a = answers.items[item];
        if (!isLevel(a)) path.unknown.push(item);
        else if (a < target) path.items.push({ item, from: a, steps: stepsTo(a, target) });
      }
      out.push(path);
    }
    start += count;
  });
  return out;
}

/** Targets with every value checked: a level 1–5 or null, one per dimension. */
export function cleanTargets(shape: Pick<ModelShape, 'itemCounts'>, targets: readonly unknown[]): Targets {
  return shape.itemCounts.map((_, d) => {
    const t = targets[d];
    return isTarget(t) ? t : null;
  });
}
