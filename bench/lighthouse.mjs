/**
 * One way to run Lighthouse for the benchmark scripts (run.mjs, tasks.mjs): the same Chromium,
 * flags and settings (mobile, Lighthouse's default 4× CPU slowdown) everywhere.
 *
 *   CHROME_PATH  Chromium binary (default /usr/bin/chromium: Lighthouse needs the full browser,
 *                not the headless shell the tests use)
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs Lighthouse once on `url` in a fresh Chromium; returns `{ lhr, artifacts }`. */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    chrome.kill();
  }
}
