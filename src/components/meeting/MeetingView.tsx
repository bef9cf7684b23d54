/**
 * The meeting view, shared by the tools: a modal <dialog> over the whole screen for a projector,
 * read-only and high-contrast, with a title, one line that says what the room is looking at,
 * the tool's own content, big figures, and a QR code of the share link for the phones in the room.
 *
 * It fits the screen without scrolling from 1024×768 to 3840×2160: type and QR code scale with
 * the viewport (src/styles/meeting.css), the tool's content gets the height that is left.
 * A full-screen button uses the Fullscreen API (Escape leaves full screen, a second Escape closes
 * the view) and is left out where the API is missing. Strings and content come in as props.
 *
 * The QR code is drawn from `uqr`'s boolean matrix as one SVG path: no generated markup.
 * This module and `uqr` load only when the view first opens (see ./MeetingHost.tsx).
 */
import { Component, createRef, type ComponentChildren } from 'preact';
import { encode } from 'uqr';
import { qrPath } from '../../lib/qr-path';

/** What a tool shows in the meeting view. Every text is written out by the tool, in Dutch. */
export interface MeetingContent {
  /** Heading of the view: what is being presented ("Wat is een klant waard?"). */
  title: string;
  /** One line that says what the room is looking at: the inputs behind the figures, in words. */
  summary: string;
  /** The tool's own content (headline, chart…): read-only; its box gets the height that is left. */
  content?: ComponentChildren;
  /** Key figures under the content, [label, value]; each value stays on one line, so keep it short ("€ 6,95 mln."). */
  figures?: readonly (readonly [label: string, value: string])[];
  /** The share link: drawn as a QR code and written out under it. */
  url: string;
  /** Accessible name of the QR code ("QR-code met de link naar deze berekening"). */
  qrLabel: string;
  /** Caption of the QR code ("Scan de code om … op je telefoon te openen."). */
  scan: string;
}

/** The view's own strings (`stringsFor('meeting.')`). */
export interface MeetingLabels {
  close: string;
  fullscreen: string;
  fullscreenExit: string;
}

export interface MeetingProps extends MeetingContent {
  labels: MeetingLabels;
  /** Called once the dialog has closed (Escape, the close button); the caller restores focus. */
  onClose: () => void;
}

export default class MeetingView extends Component<MeetingProps, { full: boolean }> {
  override state = { full: false };
  dialog = createRef<HTMLDialogElement>();

  /** When full screen was last left: an Escape that ends full screen must not close the view too. */
  left = 0;

  onFullscreen = () => {
    const full = document.fullscreenElement !== null;
    if (!full) this.left = Date.now();
    this.setState({ full });
  };

  /** Escape: leave full screen first (some browsers also send it on here), close on the next one. */
  onCancel = (e: Event) => {
    if (document.fullscreenElement || Date.now() - this.left < 300) {
      e.preventDefault();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    }
  };

  override componentDidMount() {
    this.dialog.current?.showModal();
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  override componentWillUnmount() {
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }

  toggleFullscreen = () => {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void done.catch(() => {}); // refused (no user gesture, iframe): the view works as it is
  };

  render() {
    const { title, summary, content, figures, url, qrLabel, scan, labels, onClose } = this.props;
    const qr = encode(url, { ecc: 'M', border: 0 });
    const side = qr.size + 8;
    return (
      <dialog ref={this.dialog} class="meeting" aria-labelledby="meeting-title" onCancel={this.onCancel} onClose={onClose}>
        <div class="meeting__bar">
          <h2 id="meeting-title">{title}</h2>
          {document.fullscreenEnabled && (
            <button type="button" class="button meeting__button" aria-pressed={this.state.full} onClick={this.toggleFullscreen}>
              {this.state.full ? labels.fullscreenExit : labels.fullscreen}
            </button>
          )}
          <button type="button" class="button meeting__button" onClick={() => this.dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        <p class="meeting__summary">{summary}</p>
        <div class="meeting__main">
          <div class="meeting__content">
            {content}
            {figures && (
              <dl class="meeting__figures">
                {figures.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
          <figure class="meeting__qr">
            <svg viewBox={`-4 -4 ${side} ${side}`} role="img" aria-label={qrLabel}>
              <rect x="-4" y="-4" width={side} height={side} class="meeting__qr-light" />
              <path d={qrPath(qr.data)} class="meeting__qr-dark" />
            </svg>
            <figcaption>
              {scan}
              <span class="meeting__url">{url}</span>
            </figcaption>
          </figure>
        </div>
      </dialog>
    );
  }
}
