/**
 * SVG radar chart of the dimension scores; the table next to it carries the same numbers. It can
 * add an earlier result (dashed outline) and targets (dotted outline), told apart by line style
 * as well as colour; `Legend` names them.
 */
import { radarGeometry } from '../../lib/zelfscan/radar';

/** Scores 1–5 per dimension, null for none. */
type Values = readonly (number | null)[];

export interface Props {
  /** Dimension names, in order. */
  names: readonly string[];
  /** Scores 1–5 (or null for "onvoldoende beantwoord"), in order. */
  values: Values;
  /** An earlier result, drawn as a dashed outline. */
  before?: Values | undefined;
  /** Targets per dimension, drawn as a dotted outline (only where set). */
  targets?: Values | undefined;
  /** Unique prefix for the ids of title and description. */
  id: string;
  /** Accessible name and description of the chart. */
  title: string;
  desc: string;
}

/** Room on the sides for two-line labels of about 15 characters; labels are 15 units, the scale 14. */
const SIZE = { w: 480, h: 340, cx: 240, cy: 170, radius: 110 };

/** Splits a long name over two lines at " & " or the middle space. */
function lines(name: string): string[] {
  if (name.length <= 14) return [name];
  const amp = name.indexOf(' & ');
  if (amp > 0) return [`${name.slice(0, amp)} &`, name.slice(amp + 3)];
  const mid = name.lastIndexOf(' ', Math.ceil(name.length / 2));
  return mid > 0 ? [name.slice(0, mid), name.slice(mid + 1)] : [name];
}

const OPTS = { cx: SIZE.cx, cy: SIZE.cy, radius: SIZE.radius, max: 5, labelGap: 14 };

export default function Radar({ names, values, before, targets, id, title, desc }: Props) {
  const g = radarGeometry(values, OPTS);
  const then = before ? radarGeometry(before, OPTS).shape : null;
  // A target left open counts as the current score, so the outline stays a closed shape.
  const goal = targets?.some((x) => x !== null) ? radarGeometry(targets.map((x, i) => x ?? values[i] ?? null), OPTS).shape : null;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      class="zs-radar"
      viewBox={`0 0 ${SIZE.w} ${SIZE.h}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      <g class="zs-radar__grid">
        {g.rings.map((points, i) => (
          <polygon key={i} points={points} />
        ))}
        {g.axes.map((a, i) => (
          <line key={i} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} />
        ))}
      </g>
      <g class="zs-radar__scale" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <text key={n} x={SIZE.cx + 4} y={SIZE.cy - (SIZE.radius * n) / 5 + 4}>
            {n}
          </text>
        ))}
      </g>
      {then && <polygon class="zs-radar__before" points={then} />}
      <polygon class="zs-radar__shape" points={g.shape} />
      {goal && <polygon class="zs-radar__target" points={goal} />}
      {g.dots.map((d, i) => (
        <circle key={i} class="zs-radar__dot" cx={d.x} cy={d.y} r="4" />
      ))}
      <g class="zs-radar__labels">
        {g.labels.map((l, i) => {
          const parts = lines(names[i] ?? '');
          const dy = l.y < SIZE.cy - 10 ? -(parts.length - 1) * 16 : l.y > SIZE.cy + 10 ? 8 : -((parts.length - 1) * 16) / 2 + 4;
          return (
            <text key={i} x={l.x} y={l.y + dy} text-anchor={l.anchor}>
              {parts.map((p, k) => (
                <tspan key={k} x={l.x} dy={k === 0 ? 0 : 16}>
                  {p}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}

/** One line of the legend: which outline, and its name. */
export type LegendItem = { kind: 'shape' | 'before' | 'target'; label: string };

/** The chart in its figure, with the legend under it when there is more than one outline. */
export function RadarFigure({ legend, ...chart }: Props & { legend?: readonly LegendItem[] | undefined }) {
  return (
    <figure class="zs-dims__chart">
      <Radar {...chart} />
      {legend && (
        <figcaption>
          <Legend items={legend} />
        </figcaption>
      )}
    </figure>
  );
}

/** Which outline is which, under the chart: a sample of each line and its name. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul class="zs-legend">
      {items.map((x) => (
        <li key={x.kind}>
          <svg viewBox="0 0 32 10" aria-hidden="true" focusable="false">
            <line class={`zs-radar__${x.kind}`} x1="2" y1="5" x2="30" y2="5" />
          </svg>
          {x.label}
        </li>
      ))}
    </ul>
  );
}
