/**
 * How a tool opens the meeting view: put `<MeetingHost client:event={MEETING_EVENT} event={MEETING_EVENT}
 * strings={stringsFor('meeting.')} />` on the page, and call `openMeeting()` from the tool's island.
 * The two islands share no module at run time: only this event and its content.
 */
import type { MeetingContent } from './MeetingView';

/** The window event that opens the meeting view (and first loads it). */
export const MEETING_EVENT = 'cx:meeting';

/** Opens the meeting view with this content. Focus returns to the element that has it now. */
export function openMeeting(content: MeetingContent): void {
  dispatchEvent(new CustomEvent(MEETING_EVENT, { detail: content }));
}
