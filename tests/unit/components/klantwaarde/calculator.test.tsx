// @vitest-environment happy-dom
/**
 * The calculator island in happy-dom: typing, inline errors, links with bad values, and a
 * storage that throws. The server render is tested in klantwaarde-ssr.test.tsx (no DOM there,
 * as on the server); hydrating that HTML part by part is tested in Chromium (e2e).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import Calculator from '../../../../src/components/klantwaarde/Calculator';
import { later } from '../../../../src/components/Later';
import { interaction } from '../../../../src/components/klantwaarde/lazy';
import { stringsFor } from '../../../../src/i18n';

const strings = stringsFor('klantwaarde.', (key) => key.startsWith('page.'));
/** Waits until a change has been read: the reading part loads on first use (lazy.ts), then renders. */
const tick = async () => {
  await interaction();
  await new Promise((r) => setTimeout(r, 0));
};
/** Waits until the island's parts have rendered and it has read the link and storage. */
const settled = () => new Promise<void>((r) => later(r));
let root: HTMLElement | undefined;

async function mount(search = '') {
  history.replaceState(null, '', `/klantwaarde/${search}`);
  const el = document.createElement('div');
  document.body.append(el);
  render(<Calculator strings={strings} />, el);
  root = el;
  await settled();
}

function type(id: string, value: string) {
  const input = root!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const headline = () => root!.querySelector('.kw-conclusion__head')!.textContent!.replace(/\u00a0/g, ' ');

beforeEach(() => localStorage.clear());
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

describe('klantwaarde island', () => {
  it('updates as you type and keeps the last valid result on bad input', async () => {
    await mount();
    type('kw-profitDetractor', '150');
    await tick();
    expect(headline()).toBe('Een ontevreden klant kost je per saldo € 700.');

    type('kw-yearsDetractor', '-2');
    await tick();
    const input = root!.querySelector('#kw-yearsDetractor')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = root!.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(error.textContent).toBe('Jaren klant van een ontevreden klant: mag niet negatief zijn. Toegestaan: 0 jaar tot en met 100 jaar.');
    expect(headline()).toBe('Een ontevreden klant kost je per saldo € 700.');
    expect(root!.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists the fields a bad link had', async () => {
    await mount('?ow=veel&o=90&rente=-1');
    expect(root!.textContent).toContain(
      'Deze velden staan weer op hun standaardwaarde: winst per jaar van een ontevreden klant, disconteringsvoet, verdeling van je klanten.',
    );
    expect(headline()).toBe('Een ontevreden klant kost je per saldo € 800.');
  });

  it('opens a link with the link’s values and says it is shared', async () => {
    localStorage.setItem('cx-klantwaarde', '{"v":1,"q":"ow=150"}');
    await mount('?ow=300');
    expect(root!.querySelector<HTMLInputElement>('#kw-profitDetractor')!.value).toBe('300');
    expect(root!.textContent).toContain('Je bekijkt een gedeelde berekening.');
  });

  it('starts from the saved inputs when there is no link', async () => {
    localStorage.setItem('cx-klantwaarde', '{"v":1,"q":"ow=150"}');
    await mount();
    expect(headline()).toBe('Een ontevreden klant kost je per saldo € 700.');
    expect(root!.textContent).not.toContain('Je bekijkt een gedeelde berekening.');
  });

  it('switches the mix to counts and back without losing the base', async () => {
    await mount();
    root!.querySelector<HTMLInputElement>('input[value="count"]')!.click();
    await tick();
    expect(root!.querySelector<HTMLInputElement>('#kw-mixDetractor')!.value).toBe('200');
    expect(root!.querySelector('#kw-customers')).toBeNull();
    type('kw-mixDetractor', '300');
    await tick();
    root!.querySelector<HTMLInputElement>('input[value="pct"]')!.click();
    await tick();
    expect(root!.querySelector<HTMLInputElement>('#kw-customers')!.value).toBe('1.100');
    expect(root!.querySelector<HTMLInputElement>('#kw-mixDetractor')!.value).toBe('27,3');
  });
});
