/**
 * Geometry of the bar chart (adjusted value per segment).
 * Pure numbers in SVG user units; the island only draws them.
 */

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for labels. */
  cx: number;
  /** Baseline of the value label: above a positive bar, below a negative one. */
  labelY: number;
  negative: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  /** y of the zero axis. */
  zeroY: number;
  /** Baseline of the category labels under the chart. */
  nameY: number;
  bars: Bar[];
}

/** Lays out vertical bars around a zero axis: positive values above it, negative below. */
export function layoutBars(values: readonly number[], width = 360, height = 250): BarLayout {
  const label = 22;
  const top = label;
  const nameY = height - 6;
  const bottom = height - label - 20;
  const safe = values.map((v) => (Number.isFinite(v) ? v : 0));
  const max = Math.max(0, ...safe);
  const min = Math.min(0, ...safe);
  const range = max - min || 1;
  const plot = bottom - top;
  const zeroY = top + (max / range) * plot;
  const slot = width / Math.max(1, safe.length);
  const barWidth = slot * 0.56;
  const bars = safe.map((v, i) => {
    const h = (Math.abs(v) / range) * plot;
    const negative = v < 0;
    const cx = slot * i + slot / 2;
    return {
      x: cx - barWidth / 2,
      y: negative ? zeroY : zeroY - h,
      width: barWidth,
      height: h,
      cx,
      labelY: negative ? zeroY + h + 17 : zeroY - h - 6,
      negative,
    };
  });
  return { width, height, zeroY, nameY, bars };
}
