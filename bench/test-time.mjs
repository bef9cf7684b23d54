#!/usr/bin/env node
/**
 * One-off measurement of the test loop for bench/results.md (it takes minutes, so it is not a
 * step of `npm run bench`): runs `npm test` in a baseline checkout and in this one, back to back
 * on the same machine, and writes bench/test-times.json (time, passed/failed, lines of output,
 * repeated warnings). `npm run bench` puts the figures in its report.
 *
 *   node bench/test-time.mjs BASELINE_DIR     e.g. a worktree of the commit to compare with,
 *                                             with node_modules installed
 *   PORT / SUB_PORT   ports for the baseline's preview servers (default 4376 / 4377), so they
 *                     never meet `npm start` on 4321
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const baselineDir = process.argv[2];
if (!baselineDir) {
  console.error('usage: node bench/test-time.mjs BASELINE_DIR');
  process.exit(2);
}

function npmTest(cwd) {
  const commit = execSync('git rev-parse --short HEAD', { cwd, encoding: 'utf8' }).trim();
  const env = { ...process.env, PORT: process.env.PORT ?? '4376', SUB_PORT: process.env.SUB_PORT ?? '4377', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.CI;
  console.error(`[test-time] npm test in ${cwd} (${commit})…`);
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['test'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const read = (f) => {
        try {
          return JSON.parse(readFileSync(resolve(cwd, f), 'utf8'));
        } catch {
          return undefined;
        }
      };
      const v = read('reports/vitest.json');
      const p = read('reports/playwright.json');
      done({
        commit,
        code,
        seconds,
        passed: (v?.numPassedTests ?? 0) + (p ? p.stats.expected + p.stats.flaky : 0),
        failed: (v?.numFailedTests ?? 0) + (p?.stats.unexpected ?? 0),
        lines: text.split('\n').length,
        warnings: (text.match(/MODULE_LEVEL_DIRECTIVE/g) ?? []).length,
      });
    });
  });
}

const load = [];
load.push(loadavg()[0]);
const baseline = await npmTest(resolve(baselineDir));
load.push(loadavg()[0]);
const now = await npmTest(resolve('.'));
load.push(loadavg()[0]);
const result = { date: new Date().toISOString().slice(0, 10), load: load.map((l) => l.toFixed(1)).join(' / '), baseline, now };
writeFileSync('bench/test-times.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
