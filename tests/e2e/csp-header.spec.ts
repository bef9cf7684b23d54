/**
 * The Content-Security-Policy as a response header: the built site is served by a small server
 * that applies dist/_headers (tests/e2e/headers-server.ts), and every page type, tools in use,
 * must run without a single CSP violation. (astro preview sends no headers, so the other specs
 * only see the <meta> policy, which does not cover what stands before it in <head>.)
 * Port: HEADERS_PORT, else PORT + 2 (4323 by default).
 */
import { encodeShare } from '../../src/lib/zelfscan/share';
import { expect, go, test, type Page } from './helpers';
import { serveWithHeaders, type HeadersServer } from './headers-server';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.HEADERS_PORT ?? Number(process.env.PORT ?? 4321) + 2);
const SHAPE = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };

let server: HeadersServer;
test.describe.configure({ mode: 'serial' });
// The worker registers under the header policy too.
test.use({ serviceWorkers: 'allow' });
test.use({ baseURL: `http://127.0.0.1:${port}/` });
test.beforeAll(async () => {
  server = await serveWithHeaders(`${process.cwd()}/${outDir}`, port);
});
test.afterAll(async () => server?.close());

/** Records every CSP violation the page reports (also those of scripts that run before the meta tag). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const PAGES = [
  '/',
  '/kennisbank/',
  '/kennisbank/business-case/',
  '/kennisbank/cx-levend-houden/',
  '/begrippen/',
  '/begrippen/nps/',
  '/boeken/',
  '/boeken/de-ruwe-diamant/',
  '/podcasts/',
  '/podcasts/experience-this/',
  '/bronnen/',
  '/bronnen/business-case/',
  '/tips/',
  '/tips/levend-houden-1/',
  '/over/',
  '/offline/',
  '/bestaat-niet/',
];

test('the header carries the policy, with the hash of every inline script', async ({ request }) => {
  const res = await request.get('/');
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+/);
  expect(csp).not.toContain('unsafe-inline');
});

for (const path of PAGES) {
  test(`no CSP violation with the header policy: ${path}`, async ({ page, guard }) => {
    if (path === '/bestaat-niet/') guard.allow(/404/); // the 404 page answers 404 on purpose
    const violations = await watchCsp(page);
    await go(page, path);
    await expect(page.locator('h1')).toBeVisible();
    // The theme toggle runs (its script) and the theme script before paint ran (a saved choice applies).
    await page.evaluate(() => localStorage.setItem('cx-theme', 'dark'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: /Kleurthema/ }).click();
    if (path === '/tips/') await page.getByRole('checkbox').first().check();
    expect(await violations()).toEqual([]);
  });
}

test('no CSP violation while using the tools and search', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);

  await go(page, '/zelfscan/');
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.locator('.zs fieldset:has(input[type="radio"])').first().locator('input[value="3"]').check();
  const full = encodeShare(SHAPE, { context: [1, 2, 0], items: Array(24).fill(3) });
  await go(page, `/zelfscan/#${full}`);
  await expect(page.locator('.zs-all__dim').first()).toBeVisible();

  await go(page, '/zelfscan/team/');
  await page.getByLabel(/links/i).first().fill([full, encodeShare(SHAPE, { context: [null, null, null], items: Array(24).fill(4) })].map((c) => `http://x/zelfscan/#${c}`).join('\n'));
  await page.getByRole('button', { name: /Vergelijk/ }).click();

  await go(page, '/klantwaarde/?ow=4500&oj=6&klanten=48000');
  await expect(page.locator('#kw-link')).toHaveValue(/ow=4500/);
  await page.getByRole('button', { name: /Presenteer|vergadering/i }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  await go(page, '/zoeken/?q=klantreis');
  await expect(page.locator('main a[href*="/"]').filter({ hasText: /klantreis/i }).first()).toBeVisible();
  await page.keyboard.press('Control+k');

  expect(await violations()).toEqual([]);
});
