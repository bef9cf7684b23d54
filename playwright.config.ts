/**
 * End-to-end tests against the built site served by `astro preview`, in Debian's Chromium.
 *
 * Env:
 *   OUT_DIR   built site to serve (default dist)          PORT      its port (default 4321)
 *   SUB_OUT_DIR subpath build (default dist-sub, base /cx/) SUB_PORT its port (default 4322)
 * The "subpath" project runs only when SUB_OUT_DIR exists (`npm run build:sub` makes it).
 * Navigate with relative paths (`page.goto('zelfscan/')`) or `go(page, '/zelfscan/')` from
 * tests/e2e/helpers.ts, so the same test works under a subpath.
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const subOutDir = process.env.SUB_OUT_DIR ?? 'dist-sub';
const subPort = Number(process.env.SUB_PORT ?? 4322);
const withSubpath = existsSync(subOutDir);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const preview = (dir: string, p: number, base: string) => ({
  // --ignore-lock: several preview servers (site, subpath, other checkouts) may run side by side.
  command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${p}`,
  env: { OUT_DIR: dir, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
  url: `http://127.0.0.1:${p}${base}`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
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
  webServer: [preview(outDir, port, '/'), ...(withSubpath ? [preview(subOutDir, subPort, '/cx/')] : [])],
});
