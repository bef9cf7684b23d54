/**
 * The bubble chart as SVG, drawn from the layout in src/lib/impactmatrix/chart.ts (no chart
 * library). Rendered by the island at its measured width, by the meeting view at the screen's
 * size, and at build time for the page without JavaScript. Names are text nodes, so markup in a
 * name is shown as text. Colours come from CSS classes (tokens), so light, dark and print work.
 */
import { layout, type Layout } from '../../lib/impactmatrix/chart';
import { scaleOf, type Matrix } from '../../lib/impactmatrix/fields';
import { formatValue } from '../../lib/impactmatrix/cells';
import type { Analysis } from '../../lib/impactmatrix/model';
import { goalName, measureName, quadrantNames as namesOf } from './labels';
import type { T } from './types';

/** The chart's layout at a size (px) and font size (px). */
export function chartLayout(m: Matrix, a: Analysis, t: T, w: number, h: number, font: number): Layout {
  const names = new Map(a.points.map((p) => [p.row, p.name]));
  return layout({ m, ranked: a.ranking.ranked, dividers: a.dividers, volumeIgnored: a.ranking.volumeIgnored, names, quadrantNames: namesOf(t), w, h, font });
}

export interface Props {
  m: Matrix;
  a: Analysis;
  t: T;
  L: Layout;
  /** Unique id prefix (several charts can be on one page). */
  id: string;
  class?: string;
}

export default function BubbleChart({ m, a, t, L, id, class: cls }: Props) {
  const { plot: p, w, h, font } = L;
  const quadrantNames = namesOf(t);
  const sat = scaleOf('sat', m.measure);
  const right = p.x + p.w;
  const bottom = p.y + p.h;
  const rects = [
    ['fix', p.x, p.y, L.divX - p.x, L.divY - p.y],
    ['grow', L.divX, p.y, right - L.divX, L.divY - p.y],
    ['prevent', p.x, L.divY, L.divX - p.x, bottom - L.divY],
    ['cost', L.divX, L.divY, right - L.divX, bottom - L.divY],
  ] as const;
  const xTitle = m.measure === 'ces' ? t('axis.xCes') : t('axis.x', { measure: measureName(t, m.measure) });
  return (
    <svg
      class={`im-chart ${cls ?? ''}`.trim()}
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-labelledby={`${id}-title`}
      font-size={font}
    >
      <title id={`${id}-title`}>{t('chart.label', { n: a.points.length })}</title>
      {rects.map(([q, x, y, rw, rh]) => (
        <rect key={q} class={`im-area im-area--${q}`} x={x} y={y} width={Math.max(0, rw)} height={Math.max(0, rh)} />
      ))}
      <g class="im-grid" aria-hidden="true">
        {L.xTicks.map((tick) => (
          <g key={`x${tick.value}`}>
            <line x1={tick.pos} x2={tick.pos} y1={p.y} y2={bottom} />
            <text x={tick.pos} y={bottom + font * 1.2} text-anchor="middle">
              {formatValue(tick.value, sat)}
            </text>
          </g>
        ))}
        {L.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={p.x} x2={right} y1={tick.pos} y2={tick.pos} />
            <text x={p.x - font * 0.4} y={tick.pos + font * 0.35} text-anchor="end">
              {formatValue(tick.value, { decimals: 1 })}
            </text>
          </g>
        ))}
      </g>
      <rect class="im-frame" x={p.x} y={p.y} width={p.w} height={p.h} />
      <text class="im-axis" x={right} y={bottom + font * 2.6} text-anchor="end">
        {xTitle}
      </text>
      <text class="im-axis" x={p.x} y={p.y - font * 0.6}>
        {t('axis.y', { goal: goalName(t, m) })}
      </text>
      <line class="im-divider" x1={L.divX} x2={L.divX} y1={p.y} y2={bottom} />
      <line class="im-divider" x1={p.x} x2={right} y1={L.divY} y2={L.divY} />
      {L.quadrantLabels.map((q) => (
        <text key={q.quadrant} class={`im-qname im-qname--${q.quadrant}`} x={q.x} y={q.y} text-anchor={q.anchor}>
          {quadrantNames[q.quadrant]}
        </text>
      ))}
      {L.bubbles.map((b) => (
        <circle key={b.row} class={`im-bubble im-bubble--${b.quadrant}`} cx={b.cx} cy={b.cy} r={b.r} />
      ))}
      {L.labels.map((l) => (
        <text key={l.row} class="im-label" x={l.x} y={l.y} text-anchor={l.anchor}>
          {l.text}
        </text>
      ))}
    </svg>
  );
}
