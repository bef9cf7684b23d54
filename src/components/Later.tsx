/**
 * Hydration in small steps, for big islands, without preact/compat (4 kB more).
 *
 * A part wrapped in <Later> is left as the server rendered it while the island hydrates, and is
 * hydrated afterwards, one part per task. So no single task keeps the main thread busy for
 * long: hydrating the whole calculator at once takes about 30 ms on a laptop, and on a slow
 * phone four times that, during which a tap does nothing.
 *
 * How: a part that is not ready throws a "thenable" while rendering. Preact then keeps that
 * part's server DOM and marks it as suspended, as it does for `lazy()` in preact/compat; when
 * the part renders later, Preact resumes hydrating on that same DOM (nothing is rebuilt, focus
 * and typed text stay). The error hook below (`options._catchError`, published as `__e`, the
 * hook preact-iso's `lazy` uses too) tells Preact that this is no error.
 *
 * Rules: the children function returns exactly one element; it renders from the same state as
 * the server did (hydration does not patch attributes), so change state in a `later()` step
 * queued after the parts; parts are not nested. On the server (no `window`) all renders at once.
 */
import { Component, options, type ComponentChildren } from 'preact';

/** What a part throws while it waits: only its `then` matters to Preact, which never calls it. */
const WAIT = { then() {} };
const hooks = options as typeof options & { __e?: (error: unknown, ...rest: unknown[]) => void };
const previous = hooks.__e;
hooks.__e = (error, ...rest) => {
  if (error !== WAIT) previous?.(error, ...rest);
};

const queue: Array<() => void> = [];
function runNext() {
  queue.shift()?.();
  if (queue.length > 0) setTimeout(runNext);
}

/** Runs `step` in a task of its own, after the steps (parts) queued before it. */
export function later(step: () => void): void {
  if (queue.push(step) === 1) setTimeout(runNext);
}

export interface Props {
  /** Renders the part: exactly one element. */
  children: () => ComponentChildren;
}

export default class Later extends Component<Props, { ready: boolean }> {
  override state = { ready: typeof window === 'undefined' };
  queued = false;

  render() {
    if (this.state.ready) return this.props.children();
    if (!this.queued) later(() => this.setState({ ready: true }));
    this.queued = true;
    throw WAIT;
  }
}
