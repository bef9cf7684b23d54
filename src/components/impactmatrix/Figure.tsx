/**
 * The chart with what belongs to it: caption, notes (size, zero volumes, rows not yet in the
 * matrix), the legend when some bubbles carry only their number, and the two dividers. The
 * figure measures its own width (ResizeObserver), so the chart's text is drawn at real size.
 */
import { Component, createRef } from 'preact';
import { better, fromBetter, IMPACT_SCALE, scaleOf, type Matrix } from '../../lib/impactmatrix/fields';
import { formatValue } from '../../lib/impactmatrix/cells';
import type { Analysis } from '../../lib/impactmatrix/model';
import BubbleChart, { chartLayout } from './BubbleChart';
import { goalName } from './labels';
import { tk, type T } from './types';

interface Props {
  m: Matrix;
  a: Analysis;
  t: T;
  id: string;
  /** Moves a divider (stored units) or puts both back at the median (null). */
  onDividers?: (x: number | null, y: number | null) => void;
}

/** Size of the chart for a width: taller than wide on phones, wide on larger screens. */
export function chartSize(w: number): { w: number; h: number; font: number } {
  const small = w < 520;
  return { w, h: Math.round(small ? w * 1.05 : Math.min(620, Math.max(320, w * 0.6))), font: small ? 13 : 14 };
}

export default class Figure extends Component<Props, { w: number }> {
  override state = { w: 800 };
  box = createRef<HTMLDivElement>();
  observer: ResizeObserver | undefined;

  override componentDidMount() {
    const el = this.box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => {
      const w = Math.round(el.clientWidth);
      if (w > 0 && w !== this.state.w) this.setState({ w });
    });
    this.observer.observe(el);
  }

  override componentWillUnmount() {
    this.observer?.disconnect();
  }

  /** Names of the bubbles that carry only their number (or none); folded away on a phone when long. */
  legend(points: Analysis['points']) {
    const { t } = this.props;
    const list = (
      <ol class="im-legend__list">
        {points.map((p) => (
          <li key={p.row}>
            <span class="im-legend__num">{p.row}</span> {p.name.trim() || t('unnamed')}
          </li>
        ))}
      </ol>
    );
    if (this.state.w < 600 && points.length > 12) {
      return (
        <details class="im-legend">
          <summary>{t('chart.legendCount', { n: points.length })}</summary>
          {list}
        </details>
      );
    }
    return (
      <div class="im-legend">
        <h3 class="im-legend__title">{t('chart.legend')}</h3>
        {list}
      </div>
    );
  }

  render() {
    const { m, a, t, id, onDividers } = this.props;
    const size = chartSize(this.state.w);
    const L = chartLayout(m, a, t, size.w, size.h, size.font);
    const sat = scaleOf('sat', m.measure);
    const d = a.dividers;
    const kind = (auto: boolean) => (auto ? t('dividers.median') : t('dividers.own'));
    const xText = `${formatValue(Math.round(d.x), sat)} (${kind(d.xAuto)})`;
    const yText = `${formatValue(Math.round(d.y), IMPACT_SCALE)} (${kind(d.yAuto)})`;
    const unlabeled = a.points.filter((p) => !L.labels.some((l) => l.row === p.row && l.text !== String(p.row)));
    return (
      <figure class="im-figure" aria-labelledby={`${id}-cap`}>
        <div class="im-figure__box" ref={this.box}>
          <BubbleChart m={m} a={a} t={t} L={L} id={id} />
        </div>
        <figcaption id={`${id}-cap`}>
          {t('chart.caption', { goal: goalName(t, m) })} {a.ranking.volumeIgnored ? t('chart.zero') : t('chart.size')}
          {m.measure === 'ces' && ` ${t('measure.cesNote')}`}
        </figcaption>
        {L.legend && unlabeled.length > 0 && this.legend(unlabeled)}
        {a.missing.length > 0 && (
          <p class="im-hint">
            {t('chart.missing', {
              list: a.missing.map((x) => `${x.row} (${x.name.trim() || t('unnamed')}: ${x.empty.map((c) => tk(t, `field.${c}`)).join(t('and'))})`).join(', '),
            })}
          </p>
        )}
        {onDividers && a.points.length > 0 && (
          <fieldset class="im-dividers no-print">
            <legend>{t('dividers.title')}</legend>
            <p class="im-hint">{t('dividers.help')}</p>
            <label class="im-range">
              <span>
                {t('dividers.x')}: <output>{xText}</output>
              </span>
              <input
                type="range"
                min="0"
                max="1000"
                step="5"
                value={Math.round(better(d.x, m.measure) * 1000)}
                aria-valuetext={xText}
                onInput={(e) => onDividers(fromBetter(Number(e.currentTarget.value) / 1000, m.measure), m.divY)}
              />
            </label>
            <label class="im-range">
              <span>
                {t('dividers.y')}: <output>{yText}</output>
              </span>
              <input
                type="range"
                min={IMPACT_SCALE.min}
                max={IMPACT_SCALE.max}
                step="1"
                value={Math.round(d.y)}
                aria-valuetext={yText}
                onInput={(e) => onDividers(m.divX, Number(e.currentTarget.value))}
              />
            </label>
            {(!d.xAuto || !d.yAuto) && (
              <button type="button" class="button" onClick={() => onDividers(null, null)}>
                {t('dividers.reset')}
              </button>
            )}
          </fieldset>
        )}
      </figure>
    );
  }
}
