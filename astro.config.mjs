// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { islandStyleIntegration } from './src/integrations/island-style.ts';
import { clientEventIntegration } from './src/integrations/client-event.ts';
import { serviceWorkerIntegration } from './src/integrations/service-worker.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { contentHtmlIntegration } from './src/integrations/content-html.ts';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/lib/color-theme.ts';

/**
 * Build-time settings from the environment:
 * - SITE_URL  absolute origin used for canonical URLs and the sitemap (default http://localhost:4321)
 * - SITE_BASE subpath the site is served under, e.g. "/cx/" (default "/")
 * - OUT_DIR   output folder (default "dist"), so tests can build a subpath copy beside it
 */
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const outDir = process.env.OUT_DIR ?? 'dist';
// One cache folder per output folder. Astro empties its content cache whenever any setting
// differs (base, outDir), so with one shared cache every switch between `npm run build`, the
// subpath build and the test builds started from nothing, and two builds at once raced on it.
const cacheSuffix = outDir === 'dist' ? '' : `-${outDir.replace(/[^\w.-]+/g, '_')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir: `./node_modules/.astro${cacheSuffix}`,
  // Pages render 4 at a time: a page mostly waits for its file write, so this overlaps the waits.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  vite: {
    cacheDir: `node_modules/.vite${cacheSuffix}`,
    // JSX (Preact) is compiled by Vite's own Oxc transform, see the preact() call below.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks every MDX entry's asset module with the directive "use astro:head-inject",
          // and Rolldown warns once per entry that it cannot keep it (52 warnings of 10 lines per
          // build). Harmless; Astro's known issue withastro/astro#18087. Only that exact warning is dropped.
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
        output: {
          codeSplitting: {
            // Fewer, larger files: each file costs its own gzip header and import/export lines, and
            // its bytes compress only against themselves (measured with the klantwaarde page).
            groups: [
              // Preact's core, its JSX runtime and Astro's Preact client (our copy) load together on
              // every page with an island: one file instead of three saves 277 B gzip per island
              // page (klantwaarde 15,695 → 15,411 B). Not preact/hooks: only some islands use it.
              { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]|src[\\/]integrations[\\/]preact-client\.ts$/ },
              // The tools' two share actions (copy the link, open the meeting view) in one file:
              // klantwaarde loads both at the start (−73 B); the other tools load them later.
              { name: 'tool-actions', test: /src[\\/]components[\\/](copy-text|meeting[\\/]open)\.ts$/ },
              // The storage core and its other-tab listener: every tool that saves loads both.
              { name: 'store', test: /src[\\/](lib[\\/]store|components[\\/]store-events)\.ts$/ },
            ],
          },
        },
      },
    },
    resolve: {
      // Astro's Preact client renderer without signals support (see the file for why).
      alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/integrations/preact-client.ts', import.meta.url)) }],
    },
  },
  // The service worker comes after Pagefind: it reads the finished site.
  integrations: [
    mdx(),
    // Links with the base and table regions in the content's HTML (see the file): guides and
    // terms can be plain Markdown, which Astro does not compile into a module per entry.
    contentHtmlIntegration(),
    // @astrojs/preact always runs Babel over every .ts/.tsx file of the project just to compile JSX
    // (about 1 s of a 5 s build). Babel's own `ignore` option skips it for every file; Vite's Oxc
    // transform (oxc.jsx above, same settings as tsconfig.json) compiles the JSX instead. The output
    // is byte-identical.
    preact({ babel: { ignore: [/./] } }),
    // client:event, for islands that load when a tool asks for them (the meeting view).
    clientEventIntegration(),
    // The offline page is for the service worker, not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/offline/') }),
    islandStyleIntegration(),
    pagefindIntegration(),
    serviceWorkerIntegration(),
    headersIntegration(),
  ],
  // Prism, not Shiki: Shiki's inline styles would be blocked by the CSP.
  markdown: { syntaxHighlight: 'prism' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      // Pagefind compiles its WebAssembly search index: that needs 'wasm-unsafe-eval', nothing more.
      // The pre-paint theme script is inline (is:inline, so Astro does not hash it): its hash by hand.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
    },
  },
});
