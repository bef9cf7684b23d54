/**
 * Writes the service worker after the build (`astro:build:done`, after Pagefind): works out the
 * precache from the built pages (src/lib/offline/precache.ts), then bundles
 * src/service-worker/sw.ts with Workbox into `<out>/sw.js`, the list inlined. Registration:
 * src/components/AppHead.astro.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { pageUrlOf, precachePaths, type BuiltText } from '../lib/offline/precache';

const TEXT = /\.(?:html|js|css|json|webmanifest|svg)$/;

/** Every file under a folder, relative, with `/` separators. */
function allFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? allFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

export function serviceWorkerIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'cx-wegwijzer:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = allFiles(out).filter((p) => !p.startsWith('pagefind/'));
        const set = new Set(files);
        const texts: BuiltText[] = files.filter((p) => TEXT.test(p)).map((path) => ({ path, text: readFileSync(join(out, path), 'utf8') }));
        const paths = precachePaths(texts, (p) => set.has(p), base);
        const entries = paths.map((p) => ({
          // Relative to sw.js, so the same worker works under any base path.
          url: p.endsWith('.html') ? pageUrlOf(p) : p,
          revision: createHash('sha256').update(readFileSync(join(out, p))).digest('hex').slice(0, 16),
        }));
        const bytes = paths.reduce((n, p) => n + readFileSync(join(out, p)).length, 0);
        await build({
          configFile: false,
          root: fileURLToPath(new URL('../..', import.meta.url)),
          publicDir: false,
          logLevel: 'warn',
          define: { __PRECACHE__: JSON.stringify(entries), 'process.env.NODE_ENV': '"production"' },
          build: {
            outDir: out,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            lib: { entry: fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url)), formats: ['iife'], name: 'cxServiceWorker', fileName: () => 'sw.js' },
          },
        });
        const pages = entries.filter((e) => e.url.endsWith('/')).map((e) => e.url);
        logger.info(`sw.js: ${entries.length} bestanden vooraf bewaard (${Math.round(bytes / 1024)} kB), pagina's: ${pages.join(' ')}`);
      },
    },
  };
}
