/**
 * The offline journeys, shared by offline.spec.ts (site at /) and offline-subpath.spec.ts (/cx/):
 * visit once with a network, then without: the tools, a shared link, a guide seen before and a
 * search done before all work; a page never seen shows the offline page.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeShare } from '../../src/lib/zelfscan/share';
import { expect, go, test, type Page } from './helpers';

const SHAPE = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };
const outDir = () => process.env.OUT_DIR ?? 'dist';

/** Waits until the service worker is active and controls the page (it then has its precache). */
export async function workerReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export function offlineJourneys() {
  // These journeys need the worker, whatever the project's default.
  test.use({ serviceWorkers: 'allow' });
  test('after one visit: zelfscan, a shared klantwaarde link, a guide and a search work offline; an unseen page shows the offline page', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await go(page, '/zelfscan/');
    await workerReady(page);
    await go(page, '/kennisbank/business-case/');
    await go(page, '/zoeken/?q=klantreis');
    const hit = page.locator('main li a').filter({ hasText: /klantreis/i }).first();
    await expect(hit).toBeVisible();
    const hitText = await hit.innerText();

    await context.setOffline(true);

    // Zelfscan: reload, answer, and a full result with its advice (advies.json).
    await go(page, '/zelfscan/');
    await page.reload();
    await page.getByRole('button', { name: /Begin met de vragen|Ga verder waar je was/ }).click();
    await page.locator('.zs fieldset:has(input[type="radio"])').first().locator('input[value="2"]').check();
    const code = encodeShare(SHAPE, { context: [0, 1, 0], items: Array(24).fill(3) });
    await go(page, `/zelfscan/#${code}`);
    await expect(page.locator('.zs-all__dim').first()).toBeVisible();

    // Klantwaarde from a shared link, with the meeting view (loaded on demand, QR code included).
    await go(page, '/klantwaarde/?ow=4500&oj=6&klanten=48000');
    await expect(page.locator('#kw-link')).toHaveValue(/ow=4500&oj=6/);
    await expect(page.locator('.kw-conclusion__head')).not.toBeEmpty();
    await page.getByRole('button', { name: 'Presenteer in een vergadering' }).click();
    await expect(page.getByRole('dialog').getByRole('img', { name: /QR-code/ })).toBeVisible();
    await page.keyboard.press('Escape');

    if (existsSync(`${outDir()}/impactmatrix/index.html`)) {
      await go(page, '/impactmatrix/');
      await expect(page.locator('main button:enabled').first()).toBeVisible();
    }

    // A guide read before.
    await go(page, '/kennisbank/business-case/');
    await expect(page.locator('h1')).toContainText(/business case/i);

    // A search done before (Pagefind's files were kept as they were used).
    await go(page, '/zoeken/?q=klantreis');
    await expect(page.locator('main li a').filter({ hasText: hitText }).first()).toBeVisible();

    // A page never opened: the offline page, listing what works.
    await go(page, '/begrippen/nps/');
    await expect(page.locator('h1')).toHaveText('Je bent offline');
    const list = page.locator('cx-offline-pages');
    await expect(list.getByRole('link', { name: /Zelfscan/ }).first()).toBeVisible();
    await expect(list.getByRole('link', { name: /Klantwaarde/ }).first()).toBeVisible();
    await expect(list.getByRole('link', { name: /business case/i })).toBeVisible();
    await list.getByRole('link', { name: /Klantwaarde/ }).first().click();
    await expect(page.locator('#kw-link')).toHaveValue(/klantwaarde\//);
  });

  test('the worker and its registration add under 1 kB gzip to a page’s first load', async ({ page }) => {
    const loaded: string[] = [];
    page.on('response', (res) => loaded.push(new URL(res.url()).pathname));
    for (const path of ['/', '/kennisbank/business-case/', '/klantwaarde/']) {
      await go(page, path); // resolves at the load event
      const html = await (await page.request.get(page.url())).text();
      // What the page carries for it: the manifest and icon links, the registration script and its CSP hash.
      const part = /<link rel="manifest"[^>]*>\s*<link rel="apple-touch-icon"[^>]*>\s*<script type="module">[^<]*serviceWorker[^<]*<\/script>/.exec(html)?.[0] ?? '';
      expect(part, 'registration found in the page').not.toBe('');
      // + 60 bytes: the script's hash in the CSP meta (base64, it does not compress).
      expect(gzipSync(part).length + 60).toBeLessThanOrEqual(1000);
    }
    // The worker script and its precache are fetched after the page has loaded, by the worker.
    expect(loaded.filter((p) => /sw\.js$|webmanifest$|\/icons\//.test(p))).toEqual([]);
  });

  test('the manifest makes the site installable', async ({ page }) => {
    await go(page, '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, new URL(href!, page.url())).href).toBe(new URL('./', page.url()).href);
    for (const size of ['192x192', '512x512']) expect(manifest.icons.some((i) => i.sizes === size)).toBe(true);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, new URL(href!, page.url())).href);
      expect(res.ok(), icon.src).toBe(true);
    }
  });
}
