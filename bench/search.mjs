#!/usr/bin/env node
/**
 * Search benchmark (issue 6), a report, not a test:
 * - the Pagefind index on disk (total and by kind);
 * - what the first search costs: every byte fetched from opening the dialog (Ctrl+K) until
 *   the first results show, raw and gzip, by kind, and the time that took;
 * - the median (and p90) time from the last keystroke to rendered results over 20 queries,
 *   typed key by key in Chromium (the 80 ms debounce included).
 *
 *   npm run build && node bench/search.mjs [outDir]
 *   SITE_BASE=/cx/   for a build made with that base      CHROME_PATH   Chromium (default /usr/bin/chromium)
 *   BENCH_JSON=1     print JSON instead of Markdown
 *
 * Serves the build itself (node:http), so it needs no preview server and runs beside others.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const OUT = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGE = 'kennisbank/business-case/';
const QUERIES = [
  'klantreis',
  'nps',
  'beleving',
  'vlieg',
  'organisaties',
  'contactreductie',
  'omnichannel',
  'klantbelofte',
  'design sprint',
  'nudge',
  'bromvlieg',
  'groeimodel',
  'kahneman',
  'klantwaarde',
  'valkuilen',
  'podcast',
  'voice of the customer',
  'service design',
  'customer journey map',
  'tevredenheid',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A static server for the build under BASE. */
function serve() {
  const root = normalize(OUT);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) return void res.writeHead(404).end();
    let file = normalize(join(root, path.slice(BASE.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** What a Pagefind or site file is, for the tables. */
function kind(path) {
  if (/pagefind(-worker)?\.js$/.test(path)) return 'Pagefind JS';
  if (/\.m?js$/.test(path)) return 'site JS (search UI)';
  if (/\.css$/.test(path)) return 'CSS';
  if (/wasm\.\w+\.pagefind$/.test(path)) return 'WASM';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_(index|meta|filter)$|pagefind-entry\.json$/.test(path)) return 'index';
  return 'other';
}

const kB = (n) => (n / 1000).toFixed(1);
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

function indexOnDisk() {
  const dir = join(OUT, 'pagefind');
  const byKind = {};
  let total = 0;
  let files = 0;
  for (const f of walk(dir)) {
    // Pagefind also writes its prebuilt UIs (pagefind-ui.js, component UI, highlight); we use none of them.
    if (/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f) || /wasm\.unknown\.pagefind$/.test(f)) continue;
    const size = statSync(f).size;
    const k = kind(f);
    byKind[k] = (byKind[k] ?? 0) + size;
    total += size;
    files += 1;
  }
  return { total, files, byKind };
}

async function main() {
  if (!existsSync(join(OUT, 'pagefind'))) throw new Error(`${OUT}/pagefind not found: build first (npm run build)`);
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}${BASE}`;
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let counting = false;
    const fetched = [];
    const pending = [];
    // Context-level, so the worker's fetches (WASM, index, fragments) count too.
    context.on('response', (res) => {
      if (!counting) return;
      pending.push(
        res
          .body()
          .then((body) => fetched.push({ path: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body).length }))
          .catch(() => {}),
      );
    });

    await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
    counting = true;

    // First use: open, type the first query, wait for its results.
    const firstQuery = QUERIES[0];
    const firstMs = await page.evaluate(
      (q) =>
        new Promise((resolve) => {
          const start = performance.now();
          document.addEventListener('cx-search-rendered', function on(e) {
            if (e.detail.query !== q) return;
            document.removeEventListener('cx-search-rendered', on);
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
          const fill = () => {
            const input = document.querySelector('dialog[open] input[type=search]');
            if (!input) return requestAnimationFrame(fill);
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          };
          fill();
        }),
      firstQuery,
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    counting = false;
    const first = { ms: firstMs, requests: fetched.length, raw: 0, gzip: 0, byKind: {} };
    for (const f of fetched) {
      const k = kind(f.path);
      first.raw += f.raw;
      first.gzip += f.gzip;
      first.byKind[k] ??= { raw: 0, gzip: 0, requests: 0 };
      first.byKind[k].raw += f.raw;
      first.byKind[k].gzip += f.gzip;
      first.byKind[k].requests += 1;
    }
    const firstUseJsGzip = (first.byKind['Pagefind JS']?.gzip ?? 0) + (first.byKind['site JS (search UI)']?.gzip ?? 0);

    // Keystroke → results: type each query key by key, time from the last keydown to the next frame after its results.
    const input = page.locator('dialog[open] input[type=search]');
    const times = [];
    for (const q of QUERIES) {
      await input.fill('');
      await page.waitForFunction(() => document.querySelector('dialog[open] .search-panel')?.dataset.renderedQuery === '');
      const done = page.evaluate(
        (q) =>
          new Promise((resolve) => {
            let last = 0;
            const key = () => (last = performance.now());
            document.addEventListener('keydown', key, true);
            document.addEventListener('cx-search-rendered', function on(e) {
              if (e.detail.query !== q) return;
              document.removeEventListener('cx-search-rendered', on);
              document.removeEventListener('keydown', key, true);
              requestAnimationFrame(() => resolve(performance.now() - last));
            });
          }),
        q,
      );
      await input.pressSequentially(q, { delay: 40 });
      times.push(await done);
    }

    const disk = indexOnDisk();
    const result = {
      build: OUT,
      base: BASE,
      page: PAGE,
      index: disk,
      firstQuery: { query: firstQuery, ...first, firstUseJsGzip },
      keystroke: { queries: QUERIES.length, medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), times },
    };
    if (process.env.BENCH_JSON) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const lines = [
      `## Zoeken (${OUT}, base ${BASE})`,
      '',
      '| meting | waarde |',
      '| --- | --- |',
      `| index op schijf (zonder Pagefinds eigen UI-bestanden) | ${kB(disk.total)} kB in ${disk.files} bestanden |`,
      ...Object.entries(disk.byKind).map(([k, v]) => `| — ${k} | ${kB(v)} kB |`),
      `| eerste zoekopdracht (“${firstQuery}”, vanaf Ctrl+K) | ${kB(first.raw)} kB (${kB(first.gzip)} kB gzip) in ${first.requests} verzoeken, ${Math.round(first.ms)} ms |`,
      ...Object.entries(first.byKind).map(
        ([k, v]) => `| — ${k} | ${kB(v.raw)} kB (${kB(v.gzip)} kB gzip), ${v.requests}× |`,
      ),
      `| JS bij eerste gebruik (gzip, budget 35 kB) | ${kB(firstUseJsGzip)} kB ${firstUseJsGzip <= 35_000 ? '✓' : '✗'} |`,
      `| laatste toets → resultaten, mediaan van ${QUERIES.length} | ${Math.round(result.keystroke.medianMs)} ms (p90 ${Math.round(result.keystroke.p90Ms)} ms) |`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
