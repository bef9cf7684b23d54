// @vitest-environment happy-dom
/**
 * <Later>: parts of an island that hydrate one task after another, on the server's DOM.
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

class Counter extends Component<{ id: string }, { n: number }> {
  override state = { n: 0 };
  render() {
    return (
      <button type="button" id={this.props.id} onClick={() => this.setState({ n: this.state.n + 1 })}>
        {this.state.n}
      </button>
    );
  }
}

const App = () => (
  <div>
    <p id="now">now</p>
    <Later>{() => <Counter id="a" />}</Later>
    <Later>{() => <Counter id="b" />}</Later>
  </div>
);
const SERVER = '<div><p id="now">now</p><button type="button" id="a">0</button><button type="button" id="b">0</button></div>';

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

  it('renders the parts later when there is no server DOM, in document order', async () => {
    const el = mountPoint();
    render(<App />, el);
    expect(el.innerHTML).toBe('<div><p id="now">now</p></div>');
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

  it('lets real errors through to the nearest error boundary', async () => {
    class Boundary extends Component<{}, { error: string }> {
      override state = { error: '' };
      override componentDidCatch(e: Error) {
        this.setState({ error: e.message });
      }
      render() {
        return this.state.error ? <p>{this.state.error}</p> : <Later>{() => <Broken />}</Later>;
      }
    }
    const Broken = (): null => {
      throw new Error('kapot');
    };
    const el = mountPoint();
    render(<Boundary />, el);
    await settled();
    await tick();
    expect(el.textContent).toBe('kapot');
  });
});
