/**
 * The browser half of Astro's Preact renderer, used instead of `@astrojs/preact/client.js`
 * (aliased in astro.config.mjs). It is that file (version 6.0.5) without its support for
 * Preact signals as island props, which this site does not use: that code, and the dynamic
 * import() of `@preact/signals` in it, cost every island page JavaScript it never runs.
 * Kept because the klantwaarde budget needs it: Astro's own client (814 B gzip) also brings Vite's
 * preload helper (880 B) for that import(), which the klantwaarde page no longer loads otherwise
 * (the meeting view is an island of its own, see client-event.ts). Measured after the #12/#16
 * work: 17,064 B of JavaScript before the meeting view with Astro's client, 15,827 B with this
 * copy (480 B), against a budget of 15,000 B.
 * tests/unit/integrations/preact-client.test.tsx fails when @astrojs/preact changes this file, so the copy
 * is checked again on each upgrade.
 */
import { h, hydrate, render, type ComponentType, type VNode } from 'preact';

/** Server-rendered slot content, passed through untouched (Astro's `static-html.js`). */
function StaticHtml({ value, name, hydrate: live = true }: { value?: string | undefined; name?: string; hydrate?: boolean }) {
  if (!value) return null;
  return h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } });
}
StaticHtml.shouldComponentUpdate = () => false;

/** The island's id for Preact's useId(), so ids differ between islands on one page. */
function islandMaskId(element: HTMLElement): number | string | null {
  const id = element.getAttribute('data-preact-island-id');
  if (id !== null) {
    const parsed = Number.parseInt(id, 10);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return element.getAttribute('uid');
}

type Slots = Record<string, string | undefined> & { default?: string };

export default (element: HTMLElement) =>
  async (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, { default: children, ...slotted }: Slots, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children == null ? children : h(StaticHtml, { value: children })) as VNode & { _mask?: unknown; __m?: unknown };
    const mask = islandMaskId(element);
    if (mask !== null) child._mask = child.__m = [mask, 0];
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
