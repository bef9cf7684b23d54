/**
 * `client:event="name"`: an island that loads and hydrates when a window event of that name
 * first fires, not before. Astro's own way to add a hydration rule (`addClientDirective`).
 *
 * Why: the meeting view (src/components/meeting/) is only needed when someone presents. As an
 * island of its own it loads through Astro's island loader, so the tool's island has no
 * dynamic import() and the page no Vite preload helper (880 B gzip of the klantwaarde page's
 * 15 kB budget). After hydrating, the directive fires the event again, so the island that has
 * just started listening receives what the tool sent.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function clientEventIntegration(): AstroIntegration {
  return {
    name: 'cx-wegwijzer:client-event',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'event', entrypoint: fileURLToPath(new URL('./client-event.directive.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when this window event first fires (see src/integrations/client-event.ts). */
    'client:event'?: string;
  }
}
