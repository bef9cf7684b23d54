#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and prints one Markdown table (also written to bench/results.md)
 * with, per page type, the bytes loaded before interaction, Lighthouse (mobile, median of 3),
 * search figures, build times and a scale run with 100 and 1,000 generated guides.
 *
 *   BENCH_RUNS=3          Lighthouse runs per page (median)
 *   BENCH_SCALE=100,1000  sizes of the scale run ("" to skip)
 *   BENCH_PAGES=home,zoeken  only these page types (default: all)
 *   CHROME_PATH           Chromium binary (default /usr/bin/chromium)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { PAGE_TYPES } from './budgets.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALE = (process.env.BENCH_SCALE ?? '100,1000').split(',').filter(Boolean).map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kB = (n) => (n / 1000).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? '✓' : '✗');
const log = (...a) => console.error('[bench]', ...a);

/** Runs `astro build`; returns wall seconds and the Pagefind step's milliseconds from its log line. */
function build(extraEnv, cwd = '.') {
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const out = `${run.stdout}${run.stderr}`;
  const pagefindMs = Number(out.match(/geïndexeerd in (\d+) ms/)?.[1] ?? NaN);
  const pages = Number(out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
  return { seconds, pagefindMs, pages };
}

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return total;
}

/** Starts `astro preview` for a build folder; resolves when it answers. */
async function serve(outDir, port) {
  const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, OUT_DIR: outDir },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok)
        return {
          url,
          stop: () => {
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {
              child.kill('SIGTERM');
            }
          },
        };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

/** Bytes per category (raw and gzip) and requests a page loads before interaction. */
async function pageLoad(browser, url) {
  const page = await browser.newPage();
  const sums = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], requests: 0 };
  const pending = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        const body = await res.body().catch(() => Buffer.alloc(0));
        const type = res.request().resourceType();
        const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
        sums[key][0] += body.length;
        sums[key][1] += gzipSync(body).length;
        sums.requests += 1;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  return sums;
}

/** Lighthouse mobile (its default), median of RUNS runs. */
async function lighthouseScores(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result.lhr;
      runs.push({
        performance: (lhr.categories.performance.score ?? NaN) * 100,
        accessibility: (lhr.categories.accessibility.score ?? NaN) * 100,
        bestPractices: (lhr.categories['best-practices'].score ?? NaN) * 100,
        seo: (lhr.categories.seo.score ?? NaN) * 100,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        // Lighthouse's measure of this machine's speed at that moment (higher is faster).
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  // Every run's TBT too: on a busy host a page without any JavaScript can still show some.
  return { ...Object.fromEntries(Object.keys(runs[0]).map((k) => [k, pick(k)])), tbtRuns: runs.map((r) => Math.round(r.tbt)), biRuns: runs.map((r) => Math.round(r.benchmarkIndex)) };
}

function syntheticGuide(i) {
  return `---
title: "Synthetische gids ${i}"
description: "Een gegenereerde gids nummer ${i} om de bouwtijd van de site te meten."
summary: ["Gegenereerd voor de benchmark.", "Telt mee in de schaalproef."]
order: ${1000 + i}
sources: [business-case]
terms: [cx]
---

## Inleiding ${i}

Deze pagina is gemaakt door de benchmark. Klantbeleving, klantreizen en klanttevredenheid komen hier
voor zodat de zoekindex echte woorden krijgt. Pagina ${i} verwijst naar [de business case](/kennisbank/business-case/).

## Verdieping ${i}

${'Een alinea met tekst over klantgerichtheid, medewerkers en processen. '.repeat(12)}
`;
}

async function main() {
  const rows = [];
  const out = (line = '') => {
    rows.push(line);
    log(line);
  };

  log('building the site…');
  const real = build({});
  const distBytes = dirBytes('dist');
  const server = await serve('dist', 4400);
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });

  out('# CX Wegwijzer benchmark');
  out();
  out(`Gemeten op ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}, Lighthouse mobile (mediaan van ${RUNS}).`);
  out();
  out('## Pagina\'s: bytes vóór interactie en Lighthouse');
  out();
  out('| pagina | HTML raw / gz | CSS raw / gz | JS raw / gz | totaal gz | requests | perf | a11y | best | SEO | LCP ms | CLS | TBT ms |');
  out('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const only = process.env.BENCH_PAGES?.split(',');
  const hostSpeed = [];
  for (const { name, path, budget, lighthousePath } of PAGE_TYPES.filter((p) => !only || only.includes(p.name))) {
    log('measuring', name);
    const url = server.url + path.replace(/^\//, '');
    const l = await pageLoad(browser, url);
    const lh = await lighthouseScores(server.url + (lighthousePath ?? path).replace(/^\//, ''));
    hostSpeed.push(...lh.biRuns);
    const total = l.html[1] + l.css[1] + l.js[1] + l.other[1];
    const score = (s) => `${Math.round(s)} ${mark(s >= 100)}`;
    out(
      `| ${name} | ${kB(l.html[0])} / ${kB(l.html[1])} kB ${mark(l.html[1] <= budget.html)} | ${kB(l.css[0])} / ${kB(l.css[1])} kB ${mark(l.css[1] <= budget.css)} | ${kB(l.js[0])} / ${kB(l.js[1])} kB ${mark(l.js[1] <= budget.js)} | ${kB(total)} kB ${mark(total <= budget.total)} | ${l.requests} ${mark(l.requests <= budget.requests)} | ${score(lh.performance)} | ${score(lh.accessibility)} | ${score(lh.bestPractices)} | ${score(lh.seo)} | ${Math.round(lh.lcp)} | ${Number.isNaN(lh.cls) ? '—' : lh.cls.toFixed(3)} ${mark(lh.cls === 0)} | ${Math.round(lh.tbt)} ${mark(lh.tbt === 0)} (${lh.tbtRuns.join(', ')}) |`,
    );
  }
  out();
  out('Budgetten: contentpagina JS ≤ 5 kB, CSS ≤ 10 kB, HTML ≤ 14 kB gzip, ≤ 5 requests, ≤ 25 kB totaal; zelfscan JS ≤ 20 kB; klantwaarde JS ≤ 15 kB; Lighthouse 100, CLS 0, TBT 0.');
  out();
  out(`TBT: mediaan, met tussen haakjes elke run. Snelheid van deze machine volgens Lighthouse (benchmarkIndex, hoger is sneller): ${Math.min(...hostSpeed)}–${Math.max(...hostSpeed)}. Welke taken na de eerste weergave lang duren, laat \`node bench/tasks.mjs URL\` zien.`);
  out();

  log('measuring search…');
  // bench/search.mjs (also `npm run bench:search`) measures search on its own static server,
  // counting the worker's fetches too; its table goes into this report as it is.
  const searchRun = spawnSync('node', ['bench/search.mjs', 'dist'], { env, encoding: 'utf8' });
  out(searchRun.status === 0 ? searchRun.stdout.trim() : `## Zoeken\n\nNiet gemeten: ${searchRun.stderr.split('\n')[0]}`);
  out();
  await browser.close();
  server.stop();

  out('## Build');
  out();
  out('| build | pagina\'s | astro build (s) | Pagefind (s) | pagina\'s/s | dist/ |');
  out('|---|---|---|---|---|---|');
  out(`| echte site | ${real.pages} | ${real.seconds.toFixed(1)} ${mark(real.seconds <= 10)} | ${(real.pagefindMs / 1000).toFixed(2)} | ${(real.pages / real.seconds).toFixed(0)} | ${(distBytes / 1e6).toFixed(1)} MB |`);
  let scaleLighthouse;
  for (const n of SCALE) {
    log(`scale run with ${n} generated guides…`);
    // A throw-away copy of the project, so its content cache never mixes with the real one.
    const root = `bench/tmp/site-${n}`;
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content']) cpSync(f, join(root, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    for (let i = 1; i <= n; i++) writeFileSync(join(root, 'content', 'articles', `synthetisch-${i}.mdx`), syntheticGuide(i));
    const outDir = join(root, 'dist');
    const b = build({ OUT_DIR: 'dist' }, root);
    const size = dirBytes(outDir);
    const okTime = n < 1000 || b.seconds <= 24;
    const okSize = n < 1000 || size <= 30e6;
    out(`| +${n} gidsen | ${b.pages} | ${b.seconds.toFixed(1)} ${mark(okTime)} | ${(b.pagefindMs / 1000).toFixed(2)} | ${(b.pages / b.seconds).toFixed(0)} | ${(size / 1e6).toFixed(1)} MB ${mark(okSize)} |`);
    if (n === Math.max(...SCALE)) {
      const s = await serve(outDir, 4401);
      scaleLighthouse = { n, ...(await lighthouseScores(`${s.url}kennisbank/synthetisch-${n}/`)) };
      s.stop();
    }
    rmSync(root, { recursive: true, force: true });
  }
  out();
  out('Budgetten: echte site ≤ 10 s; 1.000 gegenereerde pagina\'s ≤ 24 s en dist/ ≤ 30 MB.');
  if (scaleLighthouse) {
    const l = scaleLighthouse;
    out();
    out(`Lighthouse op een gegenereerde gids in de build met ${l.n} extra pagina's: performance ${Math.round(l.performance)} ${mark(l.performance >= 100)}, accessibility ${Math.round(l.accessibility)}, best practices ${Math.round(l.bestPractices)}, SEO ${Math.round(l.seo)}, CLS ${Number.isNaN(l.cls) ? '—' : l.cls.toFixed(3)}, TBT ${Math.round(l.tbt)} ms.`);
  }
  const md = rows.join('\n') + '\n';
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.md', md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
