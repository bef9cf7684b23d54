/**
 * End-to-end tests against the built site, served by `tests/serve.mjs` (one small static
 * server process for both builds), in Debian's Chromium.
 *
 * Env:
 *   OUT_DIR   built site to serve (default dist)          PORT      its port (default 4323)
 *   SUB_OUT_DIR subpath build (default dist-sub, base /cx/) SUB_PORT its port (default 4324)
 *   CHROME_PATH browser binary (default: Debian's chromium-headless-shell when installed, else chromium)
 *   PW_WORKERS  parallel workers (default 2: this machine has 2 cores)
 * The ports differ from `npm start` (4321), so both can run at once. `npm test` (tests/run.mjs)
 * picks free ports itself and passes them in. A server already listening on the port is
 * reused (handy when you keep `node tests/serve.mjs …` running while you work).
 * The "subpath" project runs only when SUB_OUT_DIR exists (`npm run build:sub` makes it).
 * Navigate with relative paths (`page.goto('zelfscan/')`) or `go(page, '/zelfscan/')` from
 * tests/e2e/helpers.ts, so the same test works under a subpath.
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4323);
const subOutDir = process.env.SUB_OUT_DIR ?? 'dist-sub';
const subPort = Number(process.env.SUB_PORT ?? 4324);
const withSubpath = existsSync(subOutDir);

/**
 * Debian's `chromium-headless-shell` is the same Chromium without the desktop browser around it,
 * the build Playwright itself uses for headless runs; it starts faster. `.ci/run` installs it.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const chromePath = process.env.CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const serveSpecs = [`${port}:${outDir}`, ...(withSubpath ? [`${subPort}:${subOutDir}:/cx/`] : [])];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: Number(process.env.PW_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_REPORTER
    ? [[process.env.PW_REPORTER], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromePath, args: chromiumArgs },
    locale: 'nl-NL',
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}/` },
    },
    ...(withSubpath
      ? [{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPort}/cx/` } }]
      : []),
  ],
  webServer: {
    command: `node tests/serve.mjs ${serveSpecs.join(' ')}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: true,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
