/**
 * The impact matrix as data: its settings (`as const` lists → union types → guards), the
 * touchpoint shape, the scales with their allowed ranges, and the limits every parser keeps to.
 *
 * Numbers are stored as integers in their smallest step, so a value never shows float noise
 * and a link round-trips exactly: satisfaction in hundredths (CSAT 4,25 → 425; NPS −12,5 →
 * −1250), impact in tenths (7,5 → 75), volume in whole units. `null` is an empty cell.
 */

/** How satisfaction was measured. CES measures effort: there a LOWER score is better. */
export const MEASURES = ['csat', 'nps', 'ces'] as const;
export type Measure = (typeof MEASURES)[number];
export const isMeasure = (x: unknown): x is Measure => (MEASURES as readonly unknown[]).includes(x);

/** The business goal the impact is about; `eigen` means the team's own text (`goalText`). */
export const GOALS = ['churn', 'omzet', 'nps', 'ces', 'kosten', 'eigen'] as const;
export type Goal = (typeof GOALS)[number];
export const isGoal = (x: unknown): x is Goal => (GOALS as readonly unknown[]).includes(x);

/** The three number columns of a touchpoint. */
export const NUM_COLUMNS = ['sat', 'impact', 'volume'] as const;
export type NumColumn = (typeof NUM_COLUMNS)[number];
/** Every column, in table (and paste) order. */
export type Column = 'name' | NumColumn;

export interface Touchpoint {
  name: string;
  /** Satisfaction in hundredths of the measure's unit; null = empty. */
  sat: number | null;
  /** Impact on the goal, 0–10 in tenths; null = empty. */
  impact: number | null;
  /** Volume per month, whole units; null = empty. */
  volume: number | null;
}

export interface Matrix {
  /** Optional name of the matrix ("Klantreis autoverzekering"). */
  title: string;
  measure: Measure;
  goal: Goal;
  /** The goal in the team's own words when `goal` is `eigen`; kept otherwise so nothing typed is lost. */
  goalText: string;
  /** What the volume counts (contacten, klanten, gesprekken …), per month. */
  unit: string;
  /** Satisfaction divider in stored units; null = at the median. */
  divX: number | null;
  /** Impact divider in stored units; null = at the median. */
  divY: number | null;
  touchpoints: Touchpoint[];
}

/** The most touchpoints a matrix holds (the page says so when you try to add one more). */
export const MAX_TOUCHPOINTS = 100;
export const MAX_NAME = 200;
export const MAX_TITLE = 80;
export const MAX_GOAL_TEXT = 60;
export const MAX_UNIT = 30;
export const DEFAULT_UNIT = 'contacten';

export interface Scale {
  /** Allowed range in stored units (inclusive). */
  min: number;
  max: number;
  /** Decimals accepted; the stored integer is value × 10^decimals. */
  decimals: number;
  /** True for CES: less effort is better, so the axis is turned around. */
  lowerIsBetter: boolean;
}

const SAT_SCALES: Record<Measure, Scale> = {
  csat: { min: 100, max: 500, decimals: 2, lowerIsBetter: false },
  nps: { min: -10000, max: 10000, decimals: 2, lowerIsBetter: false },
  ces: { min: 100, max: 700, decimals: 2, lowerIsBetter: true },
};
export const IMPACT_SCALE: Scale = { min: 0, max: 100, decimals: 1, lowerIsBetter: false };
/** A billion contacts a month is beyond any organisation; above that a number is a typo. */
export const VOLUME_SCALE: Scale = { min: 0, max: 1_000_000_000, decimals: 0, lowerIsBetter: false };

/** The scale of a number column under a measure. */
export function scaleOf(column: NumColumn, measure: Measure): Scale {
  if (column === 'sat') return SAT_SCALES[measure];
  return column === 'impact' ? IMPACT_SCALE : VOLUME_SCALE;
}

/** True when `v` is an allowed stored value (or empty) for the column. */
export function inScale(v: number | null, column: NumColumn, measure: Measure): boolean {
  if (v === null) return true;
  const s = scaleOf(column, measure);
  return Number.isSafeInteger(v) && v >= s.min && v <= s.max;
}

/**
 * Where a satisfaction score sits between worst (0) and best (1) on its scale. This is what
 * the chart's horizontal axis shows, so "better" is always to the right, also for CES.
 */
export function better(sat: number, measure: Measure): number {
  const s = SAT_SCALES[measure];
  const f = (sat - s.min) / (s.max - s.min);
  return s.lowerIsBetter ? 1 - f : f;
}

/** The stored satisfaction score at a position between worst (0) and best (1). */
export function fromBetter(b: number, measure: Measure): number {
  const s = SAT_SCALES[measure];
  const f = s.lowerIsBetter ? 1 - b : b;
  return Math.min(s.max, Math.max(s.min, Math.round(s.min + f * (s.max - s.min))));
}

/**
 * A satisfaction score moved to another measure at the same relative position (CSAT 4 = 75 %
 * of the way from worst to best = NPS 50 = CES 2,5). The page says this is only a conversion
 * of the scale, not of what customers answered.
 */
export function convertSat(sat: number, from: Measure, to: Measure): number {
  return from === to ? sat : fromBetter(better(sat, from), to);
}

/** A matrix with every setting changed to another measure: satisfaction scores and the divider converted. */
export function withMeasure(m: Matrix, measure: Measure): Matrix {
  if (m.measure === measure) return m;
  const conv = (v: number | null) => (v === null ? null : convertSat(v, m.measure, measure));
  return { ...m, measure, divX: conv(m.divX), touchpoints: m.touchpoints.map((t) => ({ ...t, sat: conv(t.sat) })) };
}

/** Characters a name may not hold (controls: tabs, new lines …) and lone surrogate halves. */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as a matrix keeps it: control characters become spaces, broken surrogates U+FFFD, cut at `max`. */
export function cleanText(s: string, max: number): string {
  let out = s.replace(UNSAFE_TEXT, (c) => (c.length === 1 && c.charCodeAt(0) < 0xd800 ? ' ' : '\ufffd'));
  if (out.length > max) {
    out = out.slice(0, max);
    // Never cut a surrogate pair in half.
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  }
  return out;
}

/** An empty matrix with the default settings. */
export function emptyMatrix(): Matrix {
  return { title: '', measure: 'csat', goal: 'churn', goalText: '', unit: DEFAULT_UNIT, divX: null, divY: null, touchpoints: [] };
}

/** A touchpoint with every cell filled. */
export type Complete = Touchpoint & { sat: number; impact: number; volume: number };
export const isComplete = (t: Touchpoint): t is Complete => t.sat !== null && t.impact !== null && t.volume !== null;
