/**
 * Meeting view: a full-screen, high-contrast, read-only summary for a projector, with a QR code
 * of the share link. The calculator loads this module with a dynamic import() only when the view
 * opens, together with `uqr`. Everything else arrives as props (texts; the chart and the
 * figures as ready elements), so this chunk depends on nothing but Preact and the page's first
 * load stays small.
 * The QR code is drawn from uqr's boolean matrix as one SVG path: no generated markup is injected.
 * A modal <dialog>: Escape closes it; the caller puts focus back on the button that opened it.
 */
import { Component, createRef, type VNode } from 'preact';
import { encode } from 'uqr';
import { qrPath } from '../../lib/klantwaarde/qr-path';

export interface MeetingProps {
  /** Share link, encoded in the QR code and written out under it. */
  url: string;
  /** Title, close button, QR label, scan hint and scenario heading. */
  labels: { title: string; close: string; qr: string; scan: string; scenario: string };
  /** The conclusion sentences, as on the page. */
  sentences: string[];
  /** The bar chart, rendered by the calculator. */
  chart: VNode;
  /** The scenario sentence, as on the page. */
  scenario: string;
  /** The scenario figures, rendered by the calculator as on the page. */
  stats: VNode;
  onClose: () => void;
}

export default class MeetingView extends Component<MeetingProps> {
  dialog = createRef<HTMLDialogElement>();

  override componentDidMount() {
    const d = this.dialog.current;
    if (d && !d.open) d.showModal();
  }

  render() {
    const { url, labels, sentences, chart, scenario, stats, onClose } = this.props;
    const qr = encode(url, { ecc: 'M', border: 0 });
    return (
      <dialog ref={this.dialog} class="kw-meeting" aria-labelledby="kw-meeting-title" onClose={onClose}>
        <div class="kw-meeting__bar">
          <h2 id="kw-meeting-title">{labels.title}</h2>
          <button type="button" class="button kw-meeting__close" onClick={() => this.dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        <p class="kw-meeting__head">{sentences[0]}</p>
        <p class="kw-meeting__sub">{sentences[1]}</p>
        <div class="kw-meeting__grid">
          {chart}
          <div class="kw-meeting__scenario">
            <h3>{labels.scenario}</h3>
            <p>{scenario}</p>
            {stats}
          </div>
          <figure class="kw-qr">
            <svg class="kw-qr__code" viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={labels.qr}>
              <rect x="-4" y="-4" width={qr.size + 8} height={qr.size + 8} class="kw-qr__light" />
              <path d={qrPath(qr.data)} class="kw-qr__dark" />
            </svg>
            <figcaption>
              {labels.scan}
              <span class="kw-meeting__url">{url}</span>
            </figcaption>
          </figure>
        </div>
      </dialog>
    );
  }
}
