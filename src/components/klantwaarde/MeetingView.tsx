/**
 * Meeting view: a full-screen, high-contrast, read-only summary for a projector, with a QR code
 * of the share link. The calculator loads this module with a dynamic import() only when the view
 * opens, together with `uqr`. It imports nothing the calculator also loads (only types): the
 * figures arrive written out and the chart as a ready element, so the page's first load stays small.
 * The QR code is drawn from uqr's boolean matrix as one SVG path: no generated markup is injected.
 * A modal <dialog>: Escape closes it; the caller puts focus back on the button that opened it.
 */
import { Component, createRef, type VNode } from 'preact';
import { encode } from 'uqr';
import { qrPath } from '../../lib/qr-path';
import type { Outcome } from './Results';
import type { T } from './strings';

export interface MeetingProps {
  t: T;
  /** What the page shows, worked out and written out by the calculator. */
  outcome: Outcome;
  /** The bar chart, rendered by the calculator. */
  chart: VNode;
  /** Share link, encoded in the QR code and written out under it. */
  url: string;
  onClose: () => void;
}

export default class MeetingView extends Component<MeetingProps> {
  dialog = createRef<HTMLDialogElement>();

  override componentDidMount() {
    const d = this.dialog.current;
    if (d && !d.open) d.showModal();
  }

  render() {
    const { t, outcome, chart, url, onClose } = this.props;
    const { sentences, scenario, fig } = outcome;
    const qr = encode(url, { ecc: 'M', border: 0 });
    const rows: [string, string][] = [
      [t('scenario.nps'), `${fig.nps} → ${fig.npsAfter}`],
      [t('scenario.delta'), fig.delta],
      [t('scenario.perPoint'), fig.perPoint],
    ];
    return (
      <dialog ref={this.dialog} class="kw-meeting" aria-labelledby="kw-meeting-title" onClose={onClose}>
        <div class="kw-meeting__bar">
          <h2 id="kw-meeting-title">{t('meeting.title')}</h2>
          <button type="button" class="button kw-meeting__close" onClick={() => this.dialog.current?.close()}>
            {t('meeting.close')}
          </button>
        </div>
        <p class="kw-meeting__head">{sentences[0]}</p>
        <p class="kw-meeting__sub">{sentences[1]}</p>
        <div class="kw-meeting__grid">
          {chart}
          <div class="kw-meeting__scenario">
            <h3>{t('scenario.title')}</h3>
            <p>{scenario}</p>
            <dl class="kw-stats kw-stats--meeting">
              {rows.map(([dt, dd]) => (
                <div key={dt}>
                  <dt>{dt}</dt>
                  <dd>{dd}</dd>
                </div>
              ))}
            </dl>
          </div>
          <figure class="kw-qr">
            <svg class="kw-qr__code" viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={t('meeting.qr')}>
              <rect x="-4" y="-4" width={qr.size + 8} height={qr.size + 8} class="kw-qr__light" />
              <path d={qrPath(qr.data)} class="kw-qr__dark" />
            </svg>
            <figcaption>
              {t('meeting.scan')}
              <span class="kw-meeting__url">{url}</span>
            </figcaption>
          </figure>
        </div>
      </dialog>
    );
  }
}
