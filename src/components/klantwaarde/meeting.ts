/**
 * What klantwaarde sends to the shared meeting view (../meeting/): one line that says who and
 * what, the tool's own content (the conclusion and the chart: `MeetingChart` in ./outcome.tsx),
 * three figures and the link. No Preact here: it travels in ./interaction.ts, as it is only
 * needed when someone presents.
 */
import type { ComponentChildren } from 'preact';
import type { State } from '../../lib/klantwaarde/fields';
import { openMeeting } from '../meeting/open';
import type { MeetingContent } from '../meeting/MeetingView';
import type { Outcome } from './Results';
import type { T } from './strings';

/** The meeting view's content: who and what (one line), the conclusion and chart (`content`), three figures. */
export function meetingOf(t: T, state: State, o: Outcome, url: string, content: ComponentChildren): MeetingContent {
  const { fig } = o;
  const vars = { customers: fig.customers, from: fig.nps, to: fig.npsAfter, x: fig.toPassive, y: fig.toPromoter };
  return {
    title: t('meeting.title'),
    summary: t(state.toPassive || state.toPromoter ? 'meeting.summary' : 'meeting.summaryNone', vars),
    content,
    figures: [
      [t('base.nps'), `${fig.nps} → ${fig.npsAfter}`],
      [t('scenario.delta'), fig.delta[0]],
      [t('scenario.perPoint'), fig.perPoint[0]],
    ],
    url,
    qrLabel: t('meeting.qr'),
    scan: t('meeting.scan'),
  };
}

/** Opens the meeting view with this calculation (see `meetingOf`). */
export const present = (...args: Parameters<typeof meetingOf>): void => openMeeting(meetingOf(...args));
