#!/usr/bin/env node
/**
 * Search benchmark (issues 6 and 17), a report, not a test:
 * - the Pagefind index on disk (total and by kind);
 * - what the first search costs: every byte fetched from opening the dialog (Ctrl+K) until
 *   the first results show, raw and gzip, by kind, and the time that took;
 * - the median (and p90) time from the last keystroke to rendered results over 20 queries,
 *   typed key by key (40 ms apart) in Chromium;
 * - what a few misspelled queries put first.
 *
 *   npm run build && node bench/search.mjs [DIR]            one build (default dist)
 *   node bench/search.mjs dist --dist /tmp/before/dist        compare builds in ONE run, side by side
 *   --rounds N (or BENCH_SEARCH_ROUNDS)   typing rounds per build, alternating between builds (default 1)
 *   BENCH_SEARCH_BEFORE=DIR               a build to compare with, as a second --dist (for `npm run bench`)
 *   SITE_BASE=/cx/   for builds made with that base      CHROME_PATH   Chromium (default /usr/bin/chromium)
 *   BENCH_JSON=1     print JSON instead of Markdown
 *
 * To compare with another checkout: build it there (`npx astro build`) and pass its dist with --dist.
 * Only the built files are read, so the other checkout's code can be any version that has the
 * search dialog (the hooks used here: `dialog[open] input[type=search]`, the panel's
 * `data-rendered-query` and the `cx-search-rendered` event).
 * Serves each build itself (node:http), so it needs no preview server and runs beside others.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Command line: positional folders and `--dist DIR` are builds to measure; the first is "this" one. */
function parseArgs(argv) {
  const dists = [];
  let rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') dists.push(argv[++i]);
    else if (a.startsWith('--dist=')) dists.push(a.slice(7));
    else if (a === '--rounds') rounds = Number(argv[++i]);
    else if (a.startsWith('--rounds=')) rounds = Number(a.slice(9));
    else dists.push(a);
  }
  if (!dists.length) dists.push(process.env.OUT_DIR ?? 'dist');
  if (process.env.BENCH_SEARCH_BEFORE) dists.push(process.env.BENCH_SEARCH_BEFORE);
  return { dists: [...new Set(dists.filter(Boolean))], rounds: Number.isInteger(rounds) && rounds > 0 ? rounds : 1 };
}

const { dists: DISTS, rounds: ROUNDS } = parseArgs(process.argv.slice(2));
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
/** Misspelled queries: what comes first, and whether a suggestion shows. */
const TYPOS = ['klantrijs', 'omnichanel', 'klantbelving', 'loyalitiet', 'contactredcutie'];

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

/** A static server for one build under BASE. */
function serve(out) {
  const root = normalize(resolve(out));
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
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
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
  if (/cx-words/.test(path)) return 'woordenlijst (typfouten)';
  return 'other';
}

const kB = (n) => (n / 1000).toFixed(1);
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

function indexOnDisk(out) {
  const byKind = {};
  let total = 0;
  let files = 0;
  for (const f of walk(join(out, 'pagefind'))) {
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

/** Opens the dialog with Ctrl+K on a fresh context, types the first query and counts every byte until its results show. */
async function firstUse(context, origin) {
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
  const firstQuery = QUERIES[0];
  const ms = await page.evaluate(
    (q) =>
      new Promise((done) => {
        const start = performance.now();
        document.addEventListener('cx-search-rendered', function on(e) {
          if (e.detail.query !== q) return;
          document.removeEventListener('cx-search-rendered', on);
          requestAnimationFrame(() => done(performance.now() - start));
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
  const first = { query: firstQuery, ms, requests: fetched.length, raw: 0, gzip: 0, jsGzip: 0, byKind: {} };
  for (const f of fetched) {
    const k = kind(f.path);
    first.raw += f.raw;
    first.gzip += f.gzip;
    first.byKind[k] ??= { raw: 0, gzip: 0, requests: 0 };
    first.byKind[k].raw += f.raw;
    first.byKind[k].gzip += f.gzip;
    first.byKind[k].requests += 1;
  }
  first.jsGzip = (first.byKind['Pagefind JS']?.gzip ?? 0) + (first.byKind['site JS (search UI)']?.gzip ?? 0);
  return { page, first };
}

/** Types each query key by key; the time from the last keydown to the next frame after its results. */
async function keystrokes(page) {
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
  return times;
}

/** The first three result titles and the suggestion line (if any) for each misspelled query. */
async function typos(page) {
  const input = page.locator('dialog[open] input[type=search]');
  const out = [];
  for (const q of TYPOS) {
    await input.fill(q);
    await page.waitForFunction((q) => document.querySelector('dialog[open] .search-panel')?.dataset.renderedQuery === q, q);
    out.push(
      await page.evaluate((q) => {
        const panel = document.querySelector('dialog[open] .search-panel');
        const titles = [...panel.querySelectorAll('.search-results a.search-hit__link')].slice(0, 3).map((a) => a.textContent.trim());
        const suggestion = panel.querySelector('.search-suggest')?.textContent.trim() ?? '';
        return { query: q, titles, suggestion, status: panel.querySelector('[role=status]')?.textContent.trim() ?? '' };
      }, q),
    );
  }
  return out;
}

async function main() {
  for (const out of DISTS) if (!existsSync(join(out, 'pagefind'))) throw new Error(`${out}/pagefind not found: build first (npx astro build)`);
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  const servers = [];
  try {
    const runs = [];
    for (const out of DISTS) {
      const server = await serve(out);
      servers.push(server);
      runs.push({ out, origin: `http://127.0.0.1:${server.address().port}${BASE}`, firsts: [], times: [], typos: [] });
    }
    // Rounds alternate the order of the builds, so neither always runs on a warmer machine.
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...runs].reverse() : runs;
      for (const run of order) {
        // No service worker: its precache of the tool pages' files would run beside the search and be counted as search bytes.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
        const { page, first } = await firstUse(context, run.origin);
        run.firsts.push(first);
        run.times.push(...(await keystrokes(page)));
        if (round === 0) run.typos = await typos(page);
        await context.close();
      }
    }
    const results = runs.map((run) => {
      const first = run.firsts[0];
      first.allMs = run.firsts.map((f) => Math.round(f.ms));
      first.ms = percentile(
        run.firsts.map((f) => f.ms),
        0.5,
      );
      return {
        build: run.out,
        base: BASE,
        page: PAGE,
        index: indexOnDisk(run.out),
        firstQuery: first,
        keystroke: { samples: run.times.length, medianMs: percentile(run.times, 0.5), p90Ms: percentile(run.times, 0.9), times: run.times },
        typos: run.typos,
      };
    });
    if (process.env.BENCH_JSON) {
      console.log(JSON.stringify(results, null, 2));
      return;
    }
    const lines = results.flatMap((r) => report(r));
    if (results.length > 1) lines.push(...comparison(results));
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
}

/** The Markdown table for one build. */
function report(r) {
  const { index: disk, firstQuery: first, keystroke } = r;
  return [
    `## Zoeken (${r.build}, base ${r.base})`,
    '',
    '| meting | waarde |',
    '| --- | --- |',
    `| index op schijf (zonder Pagefinds eigen UI-bestanden) | ${kB(disk.total)} kB in ${disk.files} bestanden |`,
    ...Object.entries(disk.byKind).map(([k, v]) => `| — ${k} | ${kB(v)} kB |`),
    `| eerste zoekopdracht (“${first.query}”, vanaf Ctrl+K) | ${kB(first.raw)} kB (${kB(first.gzip)} kB gzip) in ${first.requests} verzoeken, ${Math.round(first.ms)} ms |`,
    ...Object.entries(first.byKind).map(([k, v]) => `| — ${k} | ${kB(v.raw)} kB (${kB(v.gzip)} kB gzip), ${v.requests}× |`),
    `| JS bij eerste gebruik (gzip, budget 35 kB) | ${kB(first.jsGzip)} kB ${first.jsGzip <= 35_000 ? '✓' : '✗'} |`,
    `| laatste toets → resultaten, mediaan van ${keystroke.samples} | ${Math.round(keystroke.medianMs)} ms (p90 ${Math.round(keystroke.p90Ms)} ms) |`,
    ...r.typos.map((t) => `| typfout “${t.query}”: eerste resultaten | ${t.titles.join(' · ') || '—'}${t.suggestion ? ` (${t.suggestion})` : ''} |`),
    '',
  ];
}

/** Side by side: this build against each other one, with the ratio. */
function comparison(results) {
  const [a, ...others] = results;
  const ratio = (x, y) => (y ? (x / y).toFixed(2) : '—');
  const lines = [];
  for (const b of others) {
    lines.push(
      `## Zoeken: ${a.build} naast ${b.build} (zelfde run)`,
      '',
      `| meting | ${a.build} | ${b.build} | verhouding |`,
      '| --- | --- | --- | --- |',
      `| laatste toets → resultaten, mediaan | ${Math.round(a.keystroke.medianMs)} ms | ${Math.round(b.keystroke.medianMs)} ms | ${ratio(a.keystroke.medianMs, b.keystroke.medianMs)} |`,
      `| laatste toets → resultaten, p90 | ${Math.round(a.keystroke.p90Ms)} ms | ${Math.round(b.keystroke.p90Ms)} ms | ${ratio(a.keystroke.p90Ms, b.keystroke.p90Ms)} |`,
      `| eerste zoekopdracht, tijd | ${Math.round(a.firstQuery.ms)} ms | ${Math.round(b.firstQuery.ms)} ms | ${ratio(a.firstQuery.ms, b.firstQuery.ms)} |`,
      `| JS bij eerste gebruik (gzip) | ${kB(a.firstQuery.jsGzip)} kB | ${kB(b.firstQuery.jsGzip)} kB | ${ratio(a.firstQuery.jsGzip, b.firstQuery.jsGzip)} |`,
      `| alles bij eerste gebruik (gzip) | ${kB(a.firstQuery.gzip)} kB | ${kB(b.firstQuery.gzip)} kB | ${ratio(a.firstQuery.gzip, b.firstQuery.gzip)} |`,
      ...a.typos.map((t, i) => `| “${t.query}” eerst | ${t.titles[0] ?? '—'} | ${b.typos[i]?.titles[0] ?? '—'} | |`),
      '',
    );
  }
  return lines;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
