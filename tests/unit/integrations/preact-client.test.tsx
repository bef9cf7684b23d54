// @vitest-environment happy-dom
/**
 * src/integrations/preact-client.ts replaces Astro's Preact client renderer (without signals).
 * It must keep doing what the original does, and be looked at again when @astrojs/preact changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useId, useState } from 'preact/hooks';
import renderer from '../../../src/integrations/preact-client';

const upstream = (file: string) => createHash('sha256').update(readFileSync(`node_modules/@astrojs/preact/dist/${file}`)).digest('hex');

describe('Preact client renderer', () => {
  it('is a copy of the installed @astrojs/preact client (re-check the copy when this fails)', () => {
    expect(upstream('client.js')).toBe('9026d63355d0859ae52192f7bdc6b7ab6f54838c726695e786b5ffb85ddc9cf2');
    expect(upstream('static-html.js')).toBe('65e2662655873585591820402ac99eda41bbb4303b97d2bd80307dbccf8a6b6e');
  });

  it('hydrates a server-rendered island, with slots and an island id for useId()', async () => {
    const island = document.createElement('astro-island');
    island.setAttribute('ssr', '');
    island.setAttribute('uid', 'x1');
    island.innerHTML = '<div><button type="button">0</button><astro-slot>tekst</astro-slot></div>';
    document.body.append(island);
    const button = island.querySelector('button')!;
    let id = '';
    function Island({ children }: { children?: unknown }) {
      const [n, setN] = useState(0);
      id = useId();
      return (
        <div>
          <button type="button" onClick={() => setN(n + 1)}>
            {n}
          </button>
          {children as never}
        </div>
      );
    }
    await renderer(island)(Island as never, {}, { default: 'tekst' }, { client: 'load' });
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(island.querySelector('button')).toBe(button);
    expect(button.textContent).toBe('1');
    expect(island.querySelector('astro-slot')!.textContent).toBe('tekst');
    expect(id).toContain('x1');
    island.dispatchEvent(new Event('astro:unmount'));
    expect(island.innerHTML).toBe('');
    island.remove();
  });

  it('does nothing for an island without server HTML', async () => {
    const island = document.createElement('astro-island');
    await renderer(island)((() => <p>x</p>) as never, {}, {}, { client: 'load' });
    expect(island.innerHTML).toBe('');
  });
});
