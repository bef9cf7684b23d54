/**
 * Hydration in small steps, for big islands, with Preact's public API only.
 *
 * A part wrapped in <Later> keeps the DOM the server rendered while the island hydrates, and is
 * hydrated afterwards, one part per task. So no single task keeps the main thread busy for
 * long: hydrating the whole calculator at once takes about 30 ms on a laptop, and on a slow
 * phone four times that, during which a tap does nothing.
 *
 * How: the part is a Preact root of its own inside the island. The island renders only the
 * part's element, with `dangerouslySetInnerHTML`, which hydration leaves alone (the server's
 * children stay), and `shouldComponentUpdate` returns false, so the island never diffs it again
 * (the "external DOM" pattern of Preact's guide). On its turn the part calls `hydrate()` on that
 * element: nothing is rebuilt, focus and typed text stay. After that every new render of the
 * island reaches the part through `render()`.
 *
 * Rules: the part renders from props only (context does not cross roots); at mount the island
 * shows the same state the server rendered, so change state in a `later()` step queued after
 * the parts. On the server (no `window`) the part renders in place.
 */
import { Component, createRef, hydrate, render, type ComponentChildren } from 'preact';

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
  /** Renders the part (from the island's current state). */
  children: () => ComponentChildren;
  /** Class of the part's element (a `display: contents` box keeps it out of the layout). */
  class: string;
}

/** The browser leaves the server's children in place while hydrating; on a fresh render the part starts empty. */
const KEEP = { __html: '' };

export default class Later extends Component<Props> {
  el = createRef<HTMLDivElement>();
  /** Hydrated: the island's renders now reach the part. */
  live = false;
  /** The island rendered again before the part's turn. */
  stale = false;

  override componentDidMount() {
    // What the server rendered (the island's first state); the latest state follows on its turn.
    const first = this.props.children();
    const el = this.el.current!;
    later(() => {
      hydrate(first, el);
      this.live = true;
      if (this.stale) render(this.props.children(), el);
    });
  }

  override shouldComponentUpdate(next: Props) {
    if (this.live) render(next.children(), this.el.current!);
    else this.stale = true;
    return false;
  }

  override componentWillUnmount() {
    if (this.live) render(null, this.el.current!);
  }

  render() {
    const { children, class: cls } = this.props;
    if (typeof window === 'undefined') return <div class={cls}>{children()}</div>;
    return <div class={cls} ref={this.el} dangerouslySetInnerHTML={KEEP} />;
  }
}
