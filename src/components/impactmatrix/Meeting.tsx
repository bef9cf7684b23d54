/**
 * The impact matrix in the shared meeting view (../meeting/): what this tool sends it. The
 * chart is drawn at the size of the box the view gives it (measured, so its text is real
 * projector-size type), the first touchpoints to work on in one line, the count per quadrant as
 * figures, and the share link as QR code. A link too long for a QR code is replaced by the
 * page's own address, and the caption says so (share the JSON file instead).
 */
import { Component, Fragment, createRef } from 'preact';
import type { Matrix } from '../../lib/impactmatrix/fields';
import { LINK_LIMIT } from '../../lib/impactmatrix/link';
import { QUADRANTS, quadrantCounts, type Analysis } from '../../lib/impactmatrix/model';
import { shorten } from '../../lib/impactmatrix/chart';
import { openMeeting } from '../meeting/open';
import BubbleChart, { chartLayout } from './BubbleChart';
import { goalName, quadrantNames } from './labels';
import { measureName, type T } from './types';

interface ChartProps {
  m: Matrix;
  a: Analysis;
  t: T;
}

/** The chart, laid out for the box it gets (the rest of the view's height). */
class MeetingChart extends Component<ChartProps, { w: number; h: number }> {
  override state = { w: 0, h: 0 };
  box = createRef<HTMLDivElement>();
  observer: ResizeObserver | undefined;

  override componentDidMount() {
    const el = this.box.current;
    if (!el) return;
    const measure = () => this.setState({ w: Math.floor(el.clientWidth), h: Math.floor(el.clientHeight) });
    measure();
    this.observer = new ResizeObserver(measure);
    this.observer.observe(el);
  }

  override componentWillUnmount() {
    this.observer?.disconnect();
  }

  render() {
    const { m, a, t } = this.props;
    const { w, h } = this.state;
    // Type like the view's own: about 2 % of the screen's short side.
    const font = Math.round(Math.min(44, Math.max(15, 0.021 * Math.min(innerWidth, innerHeight))));
    return (
      <div class="im-meeting-chart" ref={this.box}>
        {w > 100 && h > 100 && <BubbleChart m={m} a={a} t={t} L={chartLayout(m, a, t, w, h, font)} id="im-meeting" />}
      </div>
    );
  }
}

/** Opens the meeting view for this matrix. */
export function present(m: Matrix, a: Analysis, t: T, url: string, page: string): void {
  const counts = quadrantCounts(a.ranking.ranked);
  const names = quadrantNames(t);
  const top = a.ranking.ranked.slice(0, 3).map((r, i) => `${i + 1}. ${shorten(r.name.trim() || t('unnamed'), 36)}`);
  const fits = url.length <= LINK_LIMIT;
  openMeeting({
    title: m.title.trim() || t('meeting.title'),
    summary: t('meeting.summary', { n: a.points.length, measure: measureName(t, m.measure), goal: goalName(t, m), unit: m.unit.trim() || t('col.volume') }),
    content: (
      <>
        {top.length > 0 && (
          <p class="im-meeting__top">
            <strong>{t('meeting.top')}:</strong>{' '}
            {top.map((item, i) => (
              <Fragment key={i}>
                {i > 0 && ' · '}
                <span class="im-meeting__item">{item}</span>
              </Fragment>
            ))}
          </p>
        )}
        <MeetingChart m={m} a={a} t={t} />
      </>
    ),
    figures: QUADRANTS.map((q) => [names[q], String(counts[q])] as const),
    url: fits ? url : page,
    qrLabel: fits ? t('meeting.qr') : t('meeting.qrPage'),
    scan: fits ? t('meeting.scan') : t('meeting.noQr'),
  });
}
