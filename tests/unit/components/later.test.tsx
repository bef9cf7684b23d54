// @vitest-environment happy-dom
/**
 * <Later>: parts of an island that hydrate one task after another, on the server's DOM, as
 * Preact roots of their own (public API only).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Component, hydrate, render } from 'preact';
import Later, { later } from '../../../src/components/Later';

const settled = () => new Promise<void>((r) => later(r));
const tick = () => new Promise((r) => setTimeout(r, 0));
let root: HTMLElement;

afterEach(() => {
  render(null, root);
  root.remove();
});

function mountPoint(html = '') {
  root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

class Counter extends Component<{ id: string; label?: string }, { n: number }> {
  override state = { n: 0 };
  render() {
    return (
      <button type="button" id={this.props.id} title={this.props.label} onClick={() => this.setState({ n: this.state.n + 1 })}>
        {this.state.n}
      </button>
    );
  }
}

/** An island with two deferred parts; `label` is the island's own state passed down to part b. */
class App extends Component<{}, { label: string }> {
  override state = { label: 'x' };
  render() {
    return (
      <div>
        <p id="now" onClick={() => this.setState({ label: 'y' })}>
          now
        </p>
        <Later class="part">{() => <Counter id="a" />}</Later>
        <Later class="part">{() => <Counter id="b" label={this.state.label} />}</Later>
      </div>
    );
  }
}
const SERVER =
  '<div><p id="now">now</p><div class="part"><button type="button" id="a">0</button></div><div class="part"><button type="button" id="b" title="x">0</button></div></div>';

describe('Later', () => {
  it('keeps the server DOM while hydrating and hydrates each part in a task of its own', async () => {
    const el = mountPoint(SERVER);
    const [a, b] = [el.querySelector('#a')!, el.querySelector('#b')!];
    hydrate(<App />, el);
    expect(el.innerHTML).toBe(SERVER);

    // Not live yet: a click before its turn does nothing (and breaks nothing).
    (a as HTMLButtonElement).click();
    await tick();
    (a as HTMLButtonElement).click();
    await tick();
    expect(a.textContent).toBe('1');
    expect(b.textContent).toBe('0');

    await settled();
    (b as HTMLButtonElement).click();
    await tick();
    expect(b.textContent).toBe('1');
    // Hydrated in place: the very same elements, nothing rebuilt.
    expect(el.querySelector('#a')).toBe(a);
    expect(el.querySelector('#b')).toBe(b);
    expect(el.querySelectorAll('button')).toHaveLength(2);
  });

  it('brings the island’s later renders to a live part, and to a part whose turn comes after them', async () => {
    const el = mountPoint(SERVER);
    hydrate(<App />, el);
    // The island changes state before part b is live: b catches up on its turn.
    el.querySelector<HTMLElement>('#now')!.click();
    await tick();
    expect(el.querySelector('#b')!.getAttribute('title')).toBe('x');
    await settled();
    expect(el.querySelector('#b')!.getAttribute('title')).toBe('y');
  });

  it('renders the parts later when there is no server DOM, in document order', async () => {
    const el = mountPoint();
    render(<App />, el);
    expect(el.innerHTML).toBe('<div><p id="now">now</p><div class="part"></div><div class="part"></div></div>');
    await settled();
    expect(el.innerHTML).toBe(SERVER);
  });

  it('runs later() steps after the parts queued before them', async () => {
    const el = mountPoint(SERVER);
    const seen: string[] = [];
    hydrate(<App />, el);
    later(() => seen.push(el.querySelector('#b')!.textContent ?? ''));
    await settled();
    expect(seen).toEqual(['0']);
  });

  it('clears a part when the island goes away', async () => {
    const el = mountPoint();
    render(<App />, el);
    await settled();
    render(null, el);
    expect(el.innerHTML).toBe('');
  });
});
