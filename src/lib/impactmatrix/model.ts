/**
 * What the matrix says: where the dividing lines are, which quadrant each touchpoint is in,
 * and the priority ranking. Pure functions over a `Matrix`; rules numbered to match the page's
 * own explanation (impactmatrix.formula.* in the dictionary):
 *
 * 1. Only touchpoints with satisfaction, impact and volume filled in are in the matrix.
 * 2. Each dividing line sits at the median of the touchpoints in the matrix, unless the team
 *    moved it. With no touchpoints, it sits in the middle of the scale.
 * 3. A touchpoint ON a line counts as high (satisfied / high impact).
 * 4. Room for improvement = how far satisfaction is from the best score on its scale, from 0
 *    (best possible) to 1 (worst possible). For CES the best score is the lowest.
 * 5. Priority = impact × room for improvement × volume, shown relative to the highest (= 100).
 *    When every volume is 0, volume is left out (every touchpoint counts once).
 * 6. Equal priority: higher impact first, then more volume, then table order.
 */
import { IMPACT_SCALE, better, fromBetter, isComplete, scaleOf, type Complete, type Matrix } from './fields';

/** The four quadrants, named after their strategy. */
export const QUADRANTS = ['fix', 'grow', 'prevent', 'cost'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
/** Strategies the source (CEX Sells) names; the other two are this site's own advice. */
export const FROM_SOURCE: readonly Quadrant[] = ['grow', 'cost'];

/** The median of a list (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A complete touchpoint with its row number (1-based) in the table. */
export type Point = Complete & { row: number };

/** The touchpoints in the matrix (rule 1), with their row numbers. */
export function pointsOf(m: Matrix): Point[] {
  const out: Point[] = [];
  m.touchpoints.forEach((t, i) => {
    if (isComplete(t)) out.push({ ...t, row: i + 1 });
  });
  return out;
}

export interface Dividers {
  /** Satisfaction divider in stored units (may be a half step: a median). */
  x: number;
  /** Impact divider in stored units. */
  y: number;
  /** True where the line is at the median (rule 2), false where the team placed it. */
  xAuto: boolean;
  yAuto: boolean;
}

/** Where the two dividing lines are (rule 2). */
export function dividers(m: Matrix, points: readonly Point[] = pointsOf(m)): Dividers {
  const mx = median(points.map((p) => p.sat)) ?? fromBetter(0.5, m.measure);
  const my = median(points.map((p) => p.impact)) ?? (IMPACT_SCALE.min + IMPACT_SCALE.max) / 2;
  return { x: m.divX ?? mx, y: m.divY ?? my, xAuto: m.divX === null, yAuto: m.divY === null };
}

/** The quadrant of a satisfaction/impact pair (rule 3). */
export function quadrantOf(sat: number, impact: number, d: Dividers, m: Pick<Matrix, 'measure'>): Quadrant {
  const satisfied = better(sat, m.measure) >= better(d.x, m.measure);
  const high = impact >= d.y;
  if (high) return satisfied ? 'grow' : 'fix';
  return satisfied ? 'cost' : 'prevent';
}

/** Room for improvement, 0 (best score) to 1 (worst) (rule 4). */
export function room(sat: number, m: Pick<Matrix, 'measure'>): number {
  return 1 - better(sat, m.measure);
}

export interface Ranked extends Point {
  quadrant: Quadrant;
  /** Priority relative to the highest, 0–100, rounded (rule 5). */
  priority: number;
  /** The unrounded score, for sorting. */
  score: number;
}

export interface Ranking {
  ranked: Ranked[];
  /** True when every volume is 0 and volume was left out (rule 5). */
  volumeIgnored: boolean;
}

/** Ranks the touchpoints in the matrix by priority (rules 5 and 6). */
export function rank(m: Matrix, points: readonly Point[] = pointsOf(m), d: Dividers = dividers(m, points)): Ranking {
  const volumeIgnored = points.length > 0 && points.every((p) => p.volume === 0);
  const scored = points.map((p) => {
    const score = (p.impact / IMPACT_SCALE.max) * room(p.sat, m) * (volumeIgnored ? 1 : p.volume);
    return { ...p, quadrant: quadrantOf(p.sat, p.impact, d, m), score, priority: 0 };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  for (const s of scored) s.priority = top > 0 ? Math.round((s.score / top) * 100) : 0;
  scored.sort((a, b) => b.score - a.score || b.impact - a.impact || b.volume - a.volume || a.row - b.row);
  return { ranked: scored, volumeIgnored };
}

/** Count of touchpoints per quadrant. */
export function quadrantCounts(ranked: readonly Ranked[]): Record<Quadrant, number> {
  const out: Record<Quadrant, number> = { fix: 0, grow: 0, prevent: 0, cost: 0 };
  for (const r of ranked) out[r.quadrant] += 1;
  return out;
}

/** A touchpoint that is not in the matrix and why: the cells still empty (rule 1). */
export interface Missing {
  row: number;
  name: string;
  empty: ('sat' | 'impact' | 'volume')[];
}

/** Rows left out of the matrix because a cell is empty. */
export function missingRows(m: Matrix): Missing[] {
  const out: Missing[] = [];
  m.touchpoints.forEach((t, i) => {
    if (isComplete(t)) return;
    out.push({ row: i + 1, name: t.name, empty: (['sat', 'impact', 'volume'] as const).filter((c) => t[c] === null) });
  });
  return out;
}

/** The range a divider can be moved in: the whole scale of its axis, in stored units. */
export function dividerRange(axis: 'x' | 'y', m: Pick<Matrix, 'measure'>): { min: number; max: number } {
  const s = scaleOf(axis === 'x' ? 'sat' : 'impact', m.measure);
  return { min: s.min, max: s.max };
}

export interface Analysis {
  points: Point[];
  dividers: Dividers;
  ranking: Ranking;
  missing: Missing[];
}

/** Everything the page shows about a matrix, worked out once. */
export function analyse(m: Matrix): Analysis {
  const points = pointsOf(m);
  const d = dividers(m, points);
  return { points, dividers: d, ranking: rank(m, points, d), missing: missingRows(m) };
}
