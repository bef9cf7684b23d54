#!/usr/bin/env node
/**
 * `npm run bench`: one Markdown report (printed, and written to bench/results.md). Every
 * comparison is measured side by side in this one run on this one machine, the only kind of
 * comparison that survives a noisy machine:
 *
 * - pages: bytes loaded before interaction and Lighthouse (mobile, median of BENCH_RUNS runs),
 *   with Total Blocking Time per run; budget TBT ≤ 50 ms on pages without JavaScript;
 * - search (bench/search.mjs), this build beside the baseline's;
 * - build of the real site: today's baseline commit and this checkout, alternating, cold then warm;
 * - build with 1,000 generated guides, ours beside a default Starlight site with the same 1,000
 *   pages (../shared/tools/peer), cold then warm;
 * - test loop (`npm test`): from bench/test-times.json, written by `node bench/test-time.mjs`
 *   (a one-off: it takes minutes).
 *
 *   BENCH_RUNS=5            Lighthouse runs per page (median)
 *   BENCH_PAGES=home,gids   only these page types (default: all)
 *   BENCH_BUILD_RUNS=3      builds of the real site per checkout (first cold, then warm)
 *   BENCH_BASELINE=2060f6f  git commit to compare with ("" to skip); extracted into bench/tmp/
 *   BENCH_SCALE=1000        generated guides for the scale run ("" to skip)
 *   BENCH_STARLIGHT=1       build the Starlight peer too (0 to skip; first run needs npm install)
 *   PEER_DIR                the peer scripts (default: ../shared/tools/peer, searched upwards)
 *   CHROME_PATH             Chromium binary (default /usr/bin/chromium)
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROME, FLAGS, runLighthouse } from './lighthouse.mjs';
import { PAGE_TYPES } from './budgets.ts';
import { serve } from '../tests/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUILD_RUNS = Math.max(2, Number(process.env.BENCH_BUILD_RUNS ?? 3));
const BASELINE = process.env.BENCH_BASELINE ?? '2060f6f';
const SCALE = Number(process.env.BENCH_SCALE ?? 1000);
const STARLIGHT = process.env.BENCH_STARLIGHT !== '0';
const TBT_BUDGET = 50;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kB = (n) => (n / 1000).toFixed(1);
const s1 = (n) => n.toFixed(1).replace('.', ',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? '✓' : '✗');
const log = (...a) => console.error('[bench]', ...a);
const TMP = resolve('bench/tmp');
const loads = [];
const sampleLoad = () => loads.push(loadavg()[0]);

/**
 * A copy of a project to build in: its sources, and a node_modules folder of links to this
 * checkout's packages without Astro's and Vite's caches, so the first build is truly cold and
 * no cache is shared with another copy.
 */
function workCopy(from, to, files = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content']) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const f of files) if (existsSync(join(from, f))) cpSync(join(from, f), join(to, f), { recursive: true });
  for (const name of readdirSync('node_modules')) {
    if (name !== '.astro' && name !== '.vite' && !name.startsWith('.astro-') && !name.startsWith('.vite-')) symlinkSync(resolve('node_modules', name), join(to, 'node_modules', name));
  }
  return to;
}

/** The baseline commit's files, from git, into a work copy. */
function baselineCopy(ref, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  execSync(`git archive ${ref} | tar -x -C ${JSON.stringify(to)}`, { stdio: ['ignore', 'ignore', 'inherit'] });
  const src = `${to}.src`;
  rmSync(src, { recursive: true, force: true });
  execSync(`mv ${JSON.stringify(to)} ${JSON.stringify(src)}`);
  workCopy(src, to, readdirSync(src).filter((f) => f !== 'node_modules'));
  rmSync(src, { recursive: true, force: true });
  return to;
}

/** `astro build` in `cwd`: wall seconds, pages, and Astro's Pagefind line. */
function build(cwd) {
  sampleLoad();
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], { cwd, env: { ...env, OUT_DIR: 'dist' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const out = `${run.stdout}${run.stderr}`;
  return {
    seconds,
    pages: Number(out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN),
    pagefindMs: Number(out.match(/geïndexeerd in (\d+) ms/)?.[1] ?? NaN),
  };
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

/** Lighthouse mobile (its default), median of RUNS runs, with every run's TBT. */
async function lighthouseScores(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    sampleLoad();
    const { lhr } = await runLighthouse(url);
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
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return { ...Object.fromEntries(Object.keys(runs[0]).map((k) => [k, pick(k)])), tbtRuns: runs.map((r) => Math.round(r.tbt)), biRuns: runs.map((r) => Math.round(r.benchmarkIndex)) };
}

/**
 * The 1,000 pages of the scale run, the same for both sites: the peer's generator
 * (../shared/tools/peer/content.mjs --scale N: copies of a typical page made from the seeds, each
 * with its own title) writes them once; Starlight builds them as they are, and each becomes one of
 * our guides with the fields our schema asks for (summary, order, a source, a term) added.
 */
function peerPages(n) {
  const dir = peerDir();
  if (!dir) throw new Error('peer scripts not found (set PEER_DIR)');
  const pages = join(TMP, `peer-pages-${n}`);
  if (!existsSync(pages)) {
    execSync(`node ${JSON.stringify(join(dir, 'content.mjs'))} ${JSON.stringify(join(dir, '..', '..', 'seeds'))} ${JSON.stringify(pages)} --scale ${n}`, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return pages;
}

/** One page of the peer's generator as one of our guides (frontmatter completed, body unchanged). */
function asGuide(markdown, i) {
  const [, front, body] = markdown.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  if (front === undefined) throw new Error(`peer page ${i} has no frontmatter`);
  return `---\n${front}\nsummary: ["Gegenereerd voor de benchmark.", "Dezelfde pagina als in de Starlight-site."]\norder: ${1000 + i}\nsources: [business-case]\nterms: [cx]\n---\n${body}`;
}

/** The peer scripts: PEER_DIR, or shared/tools/peer beside this checkout or a folder above. */
function peerDir() {
  if (process.env.PEER_DIR) return resolve(process.env.PEER_DIR);
  for (let dir = resolve('..'); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'tools', 'peer');
    if (existsSync(join(candidate, 'starlight.sh'))) return candidate;
  }
  return undefined;
}

/** Builds the Starlight peer with the same 1,000 pages: run 1 cold, run 2 warm (its script). */
function starlight(n) {
  const dir = peerDir();
  if (!dir) throw new Error('peer scripts not found (set PEER_DIR)');
  const pages = peerPages(n);
  // Its own folder outside bench/tmp, so the npm install of the peer is kept between runs.
  const work = resolve('bench/.peer/starlight');
  sampleLoad();
  const out = execSync(`bash ${JSON.stringify(join(dir, 'starlight.sh'))} ${JSON.stringify(pages)} ${JSON.stringify(work)} 2`, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  sampleLoad();
  const runs = [...out.matchAll(/run (\d) \((cold|warm)\): ([\d.]+) s wall, (\d+) HTML pages/g)].map((m) => ({ kind: m[2], seconds: Number(m[3]), pages: Number(m[4]) }));
  if (runs.length < 2) throw new Error(`unexpected peer output:\n${out}`);
  const size = Number(out.match(/dist: (\d+) bytes/)?.[1] ?? NaN);
  return { cold: runs[0], warm: runs[1], size, version: out.match(/starlight [\d.]+ astro [\d.]+/)?.[0] ?? '' };
}

async function main() {
  const rows = [];
  const out = (line = '') => {
    rows.push(line);
    log(line);
  };
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const nowCommit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();

  // Build figures first: they suffer most from a busy machine, so they go while it is freshest.
  // 1. The real site, baseline and now alternating (first build of each cold, then warm).
  const real = { base: [], now: [] };
  let baseDir;
  const nowDir = workCopy('.', join(TMP, 'now'));
  if (BASELINE) baseDir = baselineCopy(BASELINE, join(TMP, 'baseline'));
  for (let i = 0; i < BUILD_RUNS; i++) {
    if (baseDir) {
      log(`real site, baseline ${BASELINE}, build ${i + 1}/${BUILD_RUNS}…`);
      real.base.push(build(baseDir));
    }
    log(`real site, now, build ${i + 1}/${BUILD_RUNS}…`);
    real.now.push(build(nowDir));
  }

  // 2. 1,000 generated guides: ours, then the Starlight peer (each cold, then warm).
  let scale;
  if (SCALE) {
    const root = workCopy('.', join(TMP, `site-${SCALE}`));
    const pages = peerPages(SCALE);
    readdirSync(pages)
      .filter((f) => f.endsWith('.md'))
      .forEach((f, i) => writeFileSync(join(root, 'content', 'articles', `schaal-${f}`), asGuide(readFileSync(join(pages, f), 'utf8'), i + 1)));
    log(`${SCALE} generated guides, cold…`);
    const cold = build(root);
    log(`${SCALE} generated guides, warm…`);
    const warm = build(root);
    scale = { cold, warm, size: dirBytes(join(root, 'dist')), root };
    if (STARLIGHT) {
      log(`Starlight with the same ${SCALE} pages (cold, warm)…`);
      try {
        scale.peer = starlight(SCALE);
      } catch (e) {
        scale.peerError = String(e.message).split('\n')[0];
      }
    }
  }

  // 3. Pages and Lighthouse on this checkout's build.
  const srv = await serve({ port: 0, dir: join(nowDir, 'dist') });
  const url = `http://127.0.0.1:${srv.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
  const pageRows = [];
  const only = process.env.BENCH_PAGES?.split(',');
  for (const { name, path, budget, lighthousePath } of PAGE_TYPES.filter((p) => !only || only.includes(p.name))) {
    log('measuring', name);
    const l = await pageLoad(browser, url + path.replace(/^\//, ''));
    const lh = await lighthouseScores(url + (lighthousePath ?? path).replace(/^\//, ''));
    pageRows.push({ name, budget, l, lh });
  }
  await browser.close();
  let scaleLighthouse;
  if (scale) {
    const s = await serve({ port: 0, dir: join(scale.root, 'dist') });
    // The page the peer's generator names as typical (.typical), as our guide.
    const typical = readFileSync(join(peerPages(SCALE), '.typical'), 'utf8').trim();
    scaleLighthouse = await lighthouseScores(`http://127.0.0.1:${s.address().port}/kennisbank/schaal-${typical}/`);
    s.close();
  }
  srv.close();

  // 4. Search, this build beside the baseline's.
  log('measuring search…');
  const searchArgs = ['bench/search.mjs', join(nowDir, 'dist'), ...(baseDir ? ['--dist', join(baseDir, 'dist')] : [])];
  sampleLoad();
  const searchRun = spawnSync('node', searchArgs, { env, encoding: 'utf8', maxBuffer: 1 << 26 });

  // The report.
  const tests = existsSync('bench/test-times.json') ? JSON.parse(readFileSync('bench/test-times.json', 'utf8')) : undefined;
  const med = (xs) => median(xs.map((b) => b.seconds));
  const warmOf = (xs) => xs.slice(1);
  const realBase = real.base.length ? med(warmOf(real.base)) : NaN;
  const realNow = med(warmOf(real.now));
  const noJs = pageRows.filter((r) => r.l.js[1] === 0);

  out('# CX Wegwijzer benchmark');
  out();
  out(`Gemeten op ${new Date().toISOString().slice(0, 10)} (commit ${nowCommit}), ${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}. Belasting van de machine tijdens de metingen (load average, 1 min): ${s1(Math.min(...loads))}–${s1(Math.max(...loads))}, mediaan ${s1(median(loads))}. Vergelijkingen komen uit deze ene run, naast elkaar.`);
  out();
  out('## Doelen van issue 17');
  out();
  out('| doel | vandaag (baseline) | nu | verhouding | |');
  out('|---|---|---|---|---|');
  if (real.base.length) {
    const r = realNow / realBase;
    out(`| build echte site (warm, mediaan) ≥ 30 % sneller | ${s1(realBase)} s (${BASELINE}) | ${s1(realNow)} s | ${r.toFixed(2).replace('.', ',')} (${Math.round((1 - r) * 100)} % sneller) | ${mark(r <= 0.7)} |`);
  }
  if (scale?.peer) {
    const rc = scale.cold.seconds / scale.peer.cold.seconds;
    const rw = scale.warm.seconds / scale.peer.warm.seconds;
    out(`| build +${SCALE} gidsen ≤ ⅓ van Starlight (koud) | Starlight ${s1(scale.peer.cold.seconds)} s | ${s1(scale.cold.seconds)} s | ${rc.toFixed(2).replace('.', ',')} | ${mark(rc <= 1 / 3)} |`);
    out(`| build +${SCALE} gidsen ≤ ⅓ van Starlight (warm) | Starlight ${s1(scale.peer.warm.seconds)} s | ${s1(scale.warm.seconds)} s | ${rw.toFixed(2).replace('.', ',')} | ${mark(rw <= 1 / 3)} |`);
  }
  if (tests) {
    const r = tests.now.seconds / tests.baseline.seconds;
    out(`| \`npm test\` ≤ helft | ${Math.round(tests.baseline.seconds)} s, ${tests.baseline.lines} regels | ${Math.round(tests.now.seconds)} s, ${tests.now.lines} regels | ${r.toFixed(2).replace('.', ',')} | ${mark(r <= 0.5)} |`);
    const per = (t) => t.seconds / Math.max(1, t.passed + t.failed);
    const rp = per(tests.now) / per(tests.baseline);
    out(`| \`npm test\`: tijd per test (ter vergelijking, geen doel) | ${per(tests.baseline).toFixed(2).replace('.', ',')} s × ${tests.baseline.passed + tests.baseline.failed} | ${per(tests.now).toFixed(2).replace('.', ',')} s × ${tests.now.passed + tests.now.failed} | ${rp.toFixed(2).replace('.', ',')} | |`);
  }
  if (noJs.length) {
    const worst = Math.max(...noJs.map((r) => r.lh.tbt));
    out(`| TBT pagina's zonder JS ≤ ${TBT_BUDGET} ms (mediaan van ${RUNS}) | — | hoogste mediaan ${Math.round(worst)} ms | — | ${mark(worst <= TBT_BUDGET)} |`);
  }
  out('| zoeken: laatste toets → resultaten ≤ helft | zie “Zoeken” hieronder (baseline en nu naast elkaar) | | | |');
  out();

  out('## Build');
  out();
  out(`Elke build in een eigen kopie met lege caches voor de eerste (koude) build; daarna warm. Echte site: ${BUILD_RUNS}× per checkout, om en om.`);
  out();
  out('| build | pagina\'s | koud (s) | warm (s) | Pagefind (s) | pagina\'s/s (warm) |');
  out('|---|---|---|---|---|---|');
  const row = (label, runs) => {
    const w = med(warmOf(runs));
    out(`| ${label} | ${runs[0].pages} | ${s1(runs[0].seconds)} | ${warmOf(runs).map((b) => s1(b.seconds)).join(', ')} (mediaan ${s1(w)}) | ${s1(runs.at(-1).pagefindMs / 1000)} | ${Math.round(runs[0].pages / w)} |`);
  };
  if (real.base.length) row(`echte site, baseline ${BASELINE}`, real.base);
  row(`echte site, nu (${nowCommit})`, real.now);
  if (scale) {
    out(`| +${SCALE} gidsen, nu | ${scale.cold.pages} | ${s1(scale.cold.seconds)} | ${s1(scale.warm.seconds)} | ${s1(scale.warm.pagefindMs / 1000)} | ${Math.round(scale.warm.pages / scale.warm.seconds)} |`);
    if (scale.peer) out(`| Starlight, dezelfde ${SCALE} pagina's (${scale.peer.version}) | ${scale.peer.cold.pages} | ${s1(scale.peer.cold.seconds)} | ${s1(scale.peer.warm.seconds)} | — | ${Math.round(scale.peer.warm.pages / scale.peer.warm.seconds)} |`);
    if (scale.peerError) out(`| Starlight | niet gemeten: ${scale.peerError} | | | | |`);
    out();
    const peerSize = scale.peer?.size ? `; Starlight met dezelfde pagina's: ${(scale.peer.size / 1e6).toFixed(1)} MB` : '';
    out(`dist/ met ${SCALE} extra gidsen: ${(scale.size / 1e6).toFixed(1)} MB ${mark(scale.size <= 30e6)} (budget 30 MB)${peerSize}.`);
    out(`De ${SCALE} extra gidsen zijn de pagina's die ../shared/tools/peer/content.mjs --scale ${SCALE} maakt (een gemiddelde pagina uit de bronnen, ${SCALE}× met een eigen titel), dezelfde als in de Starlight-site.`);
  }
  out();

  out(`## Pagina's: bytes vóór interactie en Lighthouse (mobiel, mediaan van ${RUNS})`);
  out();
  out('| pagina | HTML raw / gz | CSS raw / gz | JS raw / gz | totaal gz | requests | perf | a11y | best | SEO | LCP ms | CLS | TBT ms (elke run) |');
  out('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const hostSpeed = [];
  for (const { name, budget, l, lh } of pageRows) {
    hostSpeed.push(...lh.biRuns);
    const total = l.html[1] + l.css[1] + l.js[1] + l.other[1];
    const score = (s) => `${Math.round(s)} ${mark(s >= 100)}`;
    const tbtOk = l.js[1] === 0 ? lh.tbt <= TBT_BUDGET : true;
    out(
      `| ${name} | ${kB(l.html[0])} / ${kB(l.html[1])} kB ${mark(l.html[1] <= budget.html)} | ${kB(l.css[0])} / ${kB(l.css[1])} kB ${mark(l.css[1] <= budget.css)} | ${kB(l.js[0])} / ${kB(l.js[1])} kB ${mark(l.js[1] <= budget.js)} | ${kB(total)} kB ${mark(total <= budget.total)} | ${l.requests} ${mark(l.requests <= budget.requests)} | ${score(lh.performance)} | ${score(lh.accessibility)} | ${score(lh.bestPractices)} | ${score(lh.seo)} | ${Math.round(lh.lcp)} | ${Number.isNaN(lh.cls) ? '—' : lh.cls.toFixed(3)} ${mark(lh.cls === 0)} | ${Math.round(lh.tbt)}${l.js[1] === 0 ? ` ${mark(tbtOk)}` : ''} (${lh.tbtRuns.join(', ')}) |`,
    );
  }
  out();
  out(`Budgetten: contentpagina JS ≤ 5 kB, CSS ≤ 10 kB, HTML ≤ 14 kB gzip, ≤ 5 requests, ≤ 25 kB totaal; zelfscan JS ≤ 20 kB; klantwaarde JS ≤ 15 kB; Lighthouse 100, CLS 0; TBT ≤ ${TBT_BUDGET} ms (mediaan) op pagina's zonder JavaScript.`);
  out();
  out(`Snelheid van deze machine volgens Lighthouse (benchmarkIndex, hoger is sneller): ${Math.min(...hostSpeed)}–${Math.max(...hostSpeed)}. Welke taken na de eerste weergave lang duren, laat \`node bench/tasks.mjs URL\` zien.`);
  if (scaleLighthouse) {
    const l = scaleLighthouse;
    out();
    out(`Lighthouse op een gegenereerde gids in de build met ${SCALE} extra gidsen: performance ${Math.round(l.performance)} ${mark(l.performance >= 100)}, accessibility ${Math.round(l.accessibility)}, best practices ${Math.round(l.bestPractices)}, SEO ${Math.round(l.seo)}, CLS ${Number.isNaN(l.cls) ? '—' : l.cls.toFixed(3)}, TBT ${Math.round(l.tbt)} ms (${l.tbtRuns.join(', ')}).`);
  }
  out();

  out(searchRun.status === 0 ? searchRun.stdout.trim() : `## Zoeken\n\nNiet gemeten: ${(searchRun.stderr || searchRun.stdout).split('\n')[0]}`);
  out();

  out('## Testlus (`npm test`)');
  out();
  if (tests) {
    out(`Eenmalig gemeten met \`node bench/test-time.mjs\` op ${tests.date}, baseline en nu direct na elkaar op deze machine (load average ${tests.load}).`);
    out();
    out('| checkout | tijd | geslaagd | mislukt | regels uitvoer | herhaalde waarschuwingen |');
    out('|---|---|---|---|---|---|');
    for (const [label, t] of [[`baseline ${tests.baseline.commit}`, tests.baseline], [`nu ${tests.now.commit}`, tests.now]]) {
      out(`| ${label} | ${Math.floor(t.seconds / 60)} min ${String(Math.round(t.seconds % 60)).padStart(2, '0')} s | ${t.passed} | ${t.failed} | ${t.lines} | ${t.warnings} |`);
    }
  } else {
    out('Niet gemeten in deze run: `node bench/test-time.mjs` schrijft bench/test-times.json (duurt minuten).');
  }
  const md = rows.join('\n') + '\n';
  writeFileSync('bench/results.md', md);
  console.log(md);
  rmSync(TMP, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
