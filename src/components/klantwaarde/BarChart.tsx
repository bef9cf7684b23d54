/** SVG bar chart of the value per customer per segment; negative values hang below the axis. */
import { SEGMENTS } from '../../lib/klantwaarde/fields';
import { layoutBars } from '../../lib/klantwaarde/chart';
import { formatMoney, formatMoneyShort } from '../../lib/klantwaarde/format';
import type { T } from './strings';

export interface Props {
  t: T;
  /** Adjusted value per segment in cents, in SEGMENTS order. */
  values: readonly number[];
  class?: string;
  /** Base type size in the chart's own units (its width is 360); labels are 15/16 of it. */
  size?: number;
}

export default function BarChart({ t, values, class: cls, size }: Props) {
  const l = layoutBars(values);
  const names = SEGMENTS.map((s) => t(`segment.short.${s}`));
  const list = SEGMENTS.map((_, i) => `${names[i]} ${formatMoney(values[i] ?? 0)}`).join(', ');
  return (
    <svg class={`kw-chart ${cls ?? ''}`} viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-label={t('chart.label', { list })} font-size={size}>
      {l.bars.map((b, i) => (
        <g key={SEGMENTS[i]} class={`kw-bar kw-bar--${SEGMENTS[i]}`}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="2" />
          <text x={b.cx} y={b.labelY} class="kw-chart__value">
            {formatMoneyShort(values[i] ?? 0)}
          </text>
          <text x={b.cx} y={l.nameY} class="kw-chart__name">
            {names[i]}
          </text>
        </g>
      ))}
      <line x1="0" x2={l.width} y1={l.zeroY} y2={l.zeroY} class="kw-chart__axis" />
    </svg>
  );
}
