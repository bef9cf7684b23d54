/**
 * Geometry of the radar chart: pure numbers, so the island only draws. Axes start at the top
 * and go clockwise; values run from 0 (centre) to `max` (outer ring).
 */

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  /** One polygon (SVG `points`) per ring 1…max. */
  rings: string[];
  /** One line per axis, from the centre outward. */
  axes: { x1: number; y1: number; x2: number; y2: number }[];
  /** Where each axis label goes and how it is anchored. */
  labels: (Point & { anchor: 'start' | 'middle' | 'end' })[];
  /** The value polygon (SVG `points`). */
  shape: string;
  /** The value points. */
  dots: Point[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const pts = (list: Point[]) => list.map((p) => `${p.x},${p.y}`).join(' ');

/** Point on axis `i` of `n` at distance `r` from (cx, cy). */
export function polar(cx: number, cy: number, r: number, i: number, n: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) };
}

/**
 * The chart for `values` (null or out of range counts as 0) on `n = values.length` axes.
 * `labelGap` is the distance of the labels beyond the outer ring.
 */
export function radarGeometry(
  values: readonly (number | null)[],
  opts: { cx: number; cy: number; radius: number; max: number; labelGap: number },
): RadarGeometry {
  const { cx, cy, radius, max, labelGap } = opts;
  const n = Math.max(values.length, 3);
  const at = (i: number, v: number) => polar(cx, cy, (radius * v) / max, i, n);
  const rings = Array.from({ length: max }, (_, k) => pts(Array.from({ length: n }, (_, i) => at(i, k + 1))));
  const axes = Array.from({ length: n }, (_, i) => {
    const end = at(i, max);
    return { x1: cx, y1: cy, x2: end.x, y2: end.y };
  });
  const labels = Array.from({ length: n }, (_, i) => {
    const p = polar(cx, cy, radius + labelGap, i, n);
    const dx = p.x - cx;
    const anchor: 'start' | 'middle' | 'end' = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
    return { ...p, anchor };
  });
  const clamp = (v: number | null | undefined) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), max) : 0;
  const dots = Array.from({ length: n }, (_, i) => at(i, clamp(values[i])));
  return { rings, axes, labels, shape: pts(dots), dots };
}
