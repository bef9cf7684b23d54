/**
 * The meeting view as an island of its own: `<MeetingHost client:event={MEETING_EVENT} … />` on
 * a tool's page. It loads when the tool first calls `openMeeting()` (./open.ts) and then shows
 * the view with what the tool sent; closing it puts focus back where it was (the tool's button).
 * Only the view's own strings come from the page; everything else arrives with the event.
 */
import { Component } from 'preact';
import { makeT, type Strings } from '../../i18n/translate';
import MeetingView, { type MeetingContent, type MeetingLabels } from './MeetingView';

export interface Props {
  /** The window event a tool fires to open the view (the same name as `client:event`). */
  event: string;
  /** `stringsFor('meeting.')`. */
  strings: Strings;
}

interface State {
  /** What the tool sent; null while the view is closed. */
  content: MeetingContent | null;
}

export default class MeetingHost extends Component<Props, State> {
  override state: State = { content: null };
  opener: HTMLElement | null = null;

  open = (e: Event) => {
    this.opener = document.activeElement as HTMLElement | null;
    this.setState({ content: (e as CustomEvent<MeetingContent>).detail });
  };

  close = () => {
    this.setState({ content: null });
    this.opener?.focus();
  };

  override componentDidMount() {
    addEventListener(this.props.event, this.open);
  }

  override componentWillUnmount() {
    removeEventListener(this.props.event, this.open);
  }

  render() {
    const { content } = this.state;
    if (!content) return null;
    const t = makeT<keyof MeetingLabels>(this.props.strings);
    return <MeetingView {...content} labels={{ close: t('close'), fullscreen: t('fullscreen'), fullscreenExit: t('fullscreenExit') }} onClose={this.close} />;
  }
}
