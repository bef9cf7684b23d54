#!/usr/bin/env node
/**
 * `npm test`: every check, in an order that keeps both cores busy, with short readable output.
 *
 *   1. build the site twice, at the same time: root (dist-test/) and subpath /cx/ (dist-test-sub/).
 *      Own folders, so `npm start` (dist/, port 4321) can keep running beside the tests.
 *   2. then, at the same time:
 *      - Playwright against those two builds (one static server, tests/serve.mjs, on free ports);
 *      - one after another: `astro check` (types; the builds already synced the content),
 *        html-validate over dist-test/, vitest (unit, content and built-site checks).
 * Each step writes its full output to reports/logs/<step>.log; the screen gets one line per
 * step, the failures, and a summary. Exit code 1 when anything failed.
 *
 * Env: PORT / SUB_PORT fix the test server's ports (default: two free ones);
 *      TEST_OUT_DIR / TEST_SUB_OUT_DIR the build folders; PW_WORKERS Playwright's workers (2).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const OUT = process.env.TEST_OUT_DIR ?? 'dist-test';
const SUB_OUT = process.env.TEST_SUB_OUT_DIR ?? 'dist-test-sub';
const LOGS = 'reports/logs';
const started = performance.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const results = [];

/** Runs one step (a shell command) with its output in a log file; never rejects. */
function step(name, command, env = {}, summarize = () => '') {
  const log = join(LOGS, `${name}.log`);
  const t0 = performance.now();
  console.log(`${elapsed()}  …  ${name}`);
  return new Promise((done) => {
    const out = createWriteStream(log);
    const child = spawn(command, {
      shell: true,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) => {
      out.end(() => {
        const text = readFileSync(log, 'utf8');
        const r = { name, ok: code === 0, ms: performance.now() - t0, log, note: summarize(text, code) };
        results.push(r);
        console.log(`${elapsed()}  ${r.ok ? '✓' : '✗'}  ${name} (${secs(r.ms)})${r.note ? `: ${r.note}` : ''}`);
        if (!r.ok) console.log(indent(tail(text, 40)));
        done(r);
      });
    });
  });
}

// Some tools colour their output even when told not to (FORCE_COLOR=0); the screen gets plain text.
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const tail = (text, n) => plain(text).trimEnd().split('\n').slice(-n).join('\n');
const indent = (text) => text.replace(/^/gm, '      │ ');

const astro = (args) => `npx astro ${args}`;
const buildNote = (text) => text.match(/(\d+) page\(s\) built/)?.[1]?.concat(' pages') ?? '';

async function main() {
  rmSync(LOGS, { recursive: true, force: true });
  rmSync('reports/vitest.json', { force: true });
  rmSync('reports/playwright.json', { force: true });
  mkdirSync(LOGS, { recursive: true });
  const port = Number(process.env.PORT) || (await freePort());
  const subPort = Number(process.env.SUB_PORT) || (await freePort());

  // 1. Both builds at once (about one core each).
  const builds = await Promise.all([
    step('build', astro('build'), { OUT_DIR: OUT }, buildNote),
    step('build-sub', astro('build'), { OUT_DIR: SUB_OUT, SITE_BASE: '/cx/' }, buildNote),
  ]);

  if (builds.every((b) => b.ok)) {
    // 2. Playwright beside the rest. Vitest gets one worker while Playwright has two.
    const e2e = step(
      'playwright',
      'npx playwright test',
      { OUT_DIR: OUT, SUB_OUT_DIR: SUB_OUT, PORT: String(port), SUB_PORT: String(subPort), PW_REPORTER: 'dot' },
      () => playwrightNote(),
    );
    const rest = (async () => {
      await step('types', astro('check --noSync'), {}, (text) => text.match(/- (\d+ errors?)/)?.[1] ?? '');
      await step('html-validate', `npx html-validate "${OUT}/**/*.html"`);
      await step('vitest', 'npx vitest run', { OUT_DIR: OUT, VITEST_MAX_WORKERS: '1' }, () => vitestNote());
    })();
    await Promise.all([e2e, rest]);
  }

  const failed = results.filter((r) => !r.ok);
  const v = readJson('reports/vitest.json');
  const p = readJson('reports/playwright.json');
  console.log('');
  if (p?.stats.unexpected) console.log(`Failed in Playwright:\n${playwrightFailures(p).join('\n')}\n`);
  if (v?.numFailedTests) console.log(`Failed in vitest:\n${vitestFailures(v).join('\n')}\n`);
  for (const r of failed) console.log(`✗ ${r.name}: full output in ${r.log}`);
  const total = performance.now() - started;
  const count = (n, word) => `${n} ${word}`;
  console.log(
    `npm test: ${failed.length ? 'FAILED' : 'ok'} in ${Math.floor(total / 60000)} min ${String(Math.round((total % 60000) / 1000)).padStart(2, '0')} s; ` +
      `vitest ${v ? `${count(v.numPassedTests, 'passed')}, ${count(v.numFailedTests, 'failed')}` : 'did not run'}; ` +
      `Playwright ${p ? `${count(p.stats.expected + p.stats.flaky, 'passed')}, ${count(p.stats.unexpected, 'failed')}` : 'did not run'}; ` +
      `full output in ${LOGS}/`,
  );
  process.exit(failed.length ? 1 : 0);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function playwrightNote() {
  const p = readJson('reports/playwright.json');
  if (!p) return 'no report';
  const s = p.stats;
  return `${s.expected} passed, ${s.unexpected} failed${s.flaky ? `, ${s.flaky} flaky` : ''}${s.skipped ? `, ${s.skipped} skipped` : ''}`;
}

function vitestNote() {
  const v = readJson('reports/vitest.json');
  return v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report';
}

function playwrightFailures(report) {
  const out = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        if (t.status === 'unexpected') out.push(`  ✗ [${t.projectName}] ${file} › ${spec.title}`);
    for (const s of suite.suites ?? []) walk(s, file ?? s.file);
  };
  for (const s of report.suites) walk(s, s.file);
  return out;
}

function vitestFailures(report) {
  return report.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => `  ✗ ${f.name.replace(`${process.cwd()}/`, '')} › ${a.fullName}`),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
