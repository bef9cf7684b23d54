/**
 * Geometry of the bubble chart, in CSS pixels of the drawing (the island passes its measured
 * width, so text is drawn at its real size; the build-time picture uses a fixed size).
 *
 * - Horizontal: satisfaction, better to the right, also for CES (its axis runs 7 → 1).
 * - Vertical: impact, higher up.
 * - Bubble AREA is proportional to volume (radius ∝ √volume); a volume of 0 is a small dot, and
 *   when every volume is 0 all bubbles get one size.
 * - The axes zoom to the data (with room around it and a minimum span), so touchpoints that are
 *   close together still separate; the ticks say where you are.
 * - Labels never overlap: each touchpoint gets "number name" where it fits, else its number,
 *   else nothing (the legend and the table list every touchpoint), placed greedily in priority
 *   order around the bubble.
 */
import { IMPACT_SCALE, better, scaleOf, type Matrix } from './fields';
import type { Dividers, Quadrant, Ranked } from './model';

export interface Tick {
  /** Position in px. */
  pos: number;
  /** Value in stored units. */
  value: number;
}

export interface Bubble {
  row: number;
  cx: number;
  cy: number;
  r: number;
  quadrant: Quadrant;
}

export interface Label {
  row: number;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface QuadrantLabel {
  quadrant: Quadrant;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface Layout {
  w: number;
  h: number;
  font: number;
  plot: Box;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Divider positions in px. */
  divX: number;
  divY: number;
  /** Drawn largest first, so small bubbles stay visible on top. */
  bubbles: Bubble[];
  labels: Label[];
  quadrantLabels: QuadrantLabel[];
  /** True when some touchpoint has no name label: the chart needs its legend. */
  legend: boolean;
}

export interface LayoutInput {
  m: Pick<Matrix, 'measure'>;
  ranked: readonly Ranked[];
  dividers: Dividers;
  volumeIgnored: boolean;
  /** Names by row number. */
  names: ReadonlyMap<number, string>;
  /** Quadrant names as shown in the corners. */
  quadrantNames: Readonly<Record<Quadrant, string>>;
  w: number;
  h: number;
  /** Font size in px. */
  font: number;
}

/** Rough width of text in px: system fonts average about 0.56 em a character; emoji and CJK a full em. */
export function textWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffff]/.test(ch) || ch.length > 1 ? 1.05 : /[MW@%]/.test(ch) ? 0.85 : 0.56;
  return em * font;
}

/** Text cut to at most `max` characters (whole code points), with "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

const NICE = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100];

/** A domain [lo, hi] around the values, padded, at least `minSpan` wide, inside [min, max]. */
function domain(values: number[], min: number, max: number, minSpan: number): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.06, minSpan * 0.05);
  lo -= pad;
  hi += pad;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  if (lo < min) [lo, hi] = [min, Math.min(max, hi + (min - lo))];
  if (hi > max) [lo, hi] = [Math.max(min, lo - (hi - max)), max];
  return [lo, hi];
}

/** Tick values (in display units) between lo and hi, at most `most` of them. */
function ticks(lo: number, hi: number, most: number): number[] {
  const step = NICE.find((s) => (hi - lo) / s <= Math.max(2, most)) ?? 100;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, p: Box) => a.x >= p.x && a.y >= p.y && a.x + a.w <= p.x + p.w && a.y + a.h <= p.y + p.h;

/** Lays out the chart. Pure: same input, same drawing. */
export function layout(input: LayoutInput): Layout {
  const { m, ranked, dividers: d, w, h, font } = input;
  const sat = scaleOf('sat', m.measure);
  const div = 10 ** sat.decimals;
  const plot: Box = { x: font * 3.2, y: font * 2.2, w: 0, h: 0 };
  plot.w = Math.max(40, w - plot.x - font * 0.8);
  plot.h = Math.max(40, h - plot.y - font * 3.6);

  // Bubble sizes first: the axes keep the largest bubble inside the plot.
  const n = ranked.length;
  const rMax = Math.max(font * 0.7, Math.min(plot.w, plot.h) * 0.1 * Math.min(1, Math.sqrt(8 / Math.max(1, n))));
  const vMax = Math.max(0, ...ranked.map((r) => r.volume));
  const radius = (v: number) => (input.volumeIgnored || vMax === 0 ? rMax * 0.6 : Math.max(3, rMax * Math.sqrt(v / vMax)));

  // Horizontal axis in "better" terms (0 worst … 1 best), vertical in impact units.
  const bx = domain([...ranked.map((r) => better(r.sat, m.measure)), better(d.x, m.measure)], 0, 1, 0.2);
  const by = domain([...ranked.map((r) => r.impact), d.y], IMPACT_SCALE.min, IMPACT_SCALE.max, 20);
  const inset = rMax + 2;
  const px = (b: number) => plot.x + inset + ((b - bx[0]) / (bx[1] - bx[0])) * (plot.w - 2 * inset);
  const py = (v: number) => plot.y + plot.h - inset - ((v - by[0]) / (by[1] - by[0])) * (plot.h - 2 * inset);

  // Ticks in the measure's own units; for CES the values fall from left to right.
  const unitAt = (b: number) => (sat.min + (sat.lowerIsBetter ? 1 - b : b) * (sat.max - sat.min)) / div;
  const [u0, u1] = [unitAt(bx[0]), unitAt(bx[1])].sort((a, b) => a - b) as [number, number];
  const xTicks = ticks(u0, u1, Math.floor(plot.w / (font * 4.5))).map((u) => ({ value: Math.round(u * div), pos: px(better(u * div, m.measure)) })).sort((a, b) => a.pos - b.pos);
  const yTicks = ticks(by[0] / 10, by[1] / 10, Math.floor(plot.h / (font * 2.4))).map((u) => ({ value: Math.round(u * 10), pos: py(u * 10) }));

  const bubbles: Bubble[] = ranked.map((r) => ({
    row: r.row,
    cx: px(better(r.sat, m.measure)),
    cy: py(r.impact),
    r: radius(r.volume),
    quadrant: r.quadrant,
  }));
  const divX = px(better(d.x, m.measure));
  const divY = py(d.y);

  // Quadrant names in the outer corners of their quadrant, where they fit.
  const taken: { box: Box; row: number }[] = [];
  const quadrantLabels: QuadrantLabel[] = [];
  const pad = font * 0.4;
  const corners: [Quadrant, number, number, 'start' | 'end', number, number][] = [
    ['fix', plot.x, plot.y, 'start', divX - plot.x, divY - plot.y],
    ['grow', plot.x + plot.w, plot.y, 'end', plot.x + plot.w - divX, divY - plot.y],
    ['prevent', plot.x, plot.y + plot.h, 'start', divX - plot.x, plot.y + plot.h - divY],
    ['cost', plot.x + plot.w, plot.y + plot.h, 'end', plot.x + plot.w - divX, plot.y + plot.h - divY],
  ];
  for (const [q, cx, cy, anchor, qw, qh] of corners) {
    const tw = textWidth(input.quadrantNames[q], font) + 2 * pad;
    const th = font * 1.3;
    if (qw < tw || qh < th + pad) continue;
    const top = cy === plot.y;
    taken.push({ box: { x: anchor === 'start' ? cx : cx - tw, y: top ? cy : cy - th, w: tw, h: th }, row: 0 });
    quadrantLabels.push({ quadrant: q, x: anchor === 'start' ? cx + pad : cx - pad, y: top ? cy + font * 1.05 : cy - font * 0.35, anchor });
  }

  // Small cores of every bubble: a label may cover a bubble's edge, never its middle.
  for (const b of bubbles) {
    const c = Math.min(b.r, font * 0.35);
    taken.push({ box: { x: b.cx - c, y: b.cy - c, w: 2 * c, h: 2 * c }, row: b.row });
  }
  const labels: Label[] = [];
  const byRow = new Map(bubbles.map((b) => [b.row, b]));
  let legend = false;
  const lh = font * 1.2;
  const g = font * 0.25;
  for (const r of ranked) {
    const b = byRow.get(r.row)!;
    const name = (input.names.get(r.row) ?? '').trim();
    let placed: Label | null = null;
    for (const text of [`${r.row} ${shorten(name || '…', 28)}`, String(r.row)]) {
      const tw = textWidth(text, font);
      const o = b.r * 0.7 + g;
      const candidates: [number, number, Label['anchor']][] = [
        [b.cx + b.r + g, b.cy, 'start'],
        [b.cx - b.r - g, b.cy, 'end'],
        [b.cx, b.cy - b.r - g - lh / 2, 'middle'],
        [b.cx, b.cy + b.r + g + lh / 2, 'middle'],
        [b.cx + o, b.cy - o - lh / 3, 'start'],
        [b.cx + o, b.cy + o + lh / 3, 'start'],
        [b.cx - o, b.cy - o - lh / 3, 'end'],
        [b.cx - o, b.cy + o + lh / 3, 'end'],
      ];
      // A number fits inside a big enough bubble (there it may cover its own middle).
      const within = text === String(r.row) && b.r * 2 > Math.max(tw, lh) + 2;
      if (within) candidates.unshift([b.cx, b.cy, 'middle']);
      for (const [x, cy, anchor] of candidates) {
        const box: Box = { x: anchor === 'start' ? x : anchor === 'end' ? x - tw : x - tw / 2, y: cy - lh / 2, w: tw, h: lh };
        const mine = within && x === b.cx && cy === b.cy;
        // A little air around a label, so two labels never read as one ("4" + "8 Dekking" = "48 Dekking").
        const air: Box = { x: box.x - g, y: box.y, w: box.w + 2 * g, h: box.h };
        if (!inside(box, plot) || taken.some((t) => overlaps(t.row === -1 ? air : box, t.box) && !(mine && t.row === b.row))) continue;
        taken.push({ box, row: -1 });
        placed = { row: r.row, x, y: cy + font * 0.35, anchor, text };
        break;
      }
      if (placed) break;
    }
    if (!placed || placed.text === String(r.row)) legend = true;
    if (placed) labels.push(placed);
  }

  bubbles.sort((a, b) => b.r - a.r || a.row - b.row);
  return { w, h, font, plot, xTicks, yTicks, divX, divY, bubbles, labels, quadrantLabels, legend };
}
