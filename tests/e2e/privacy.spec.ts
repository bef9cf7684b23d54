/**
 * Nothing leaks: no cookies, no requests to other origins (the guard fixture fails on those),
 * share-link state never travels in a request beyond the page itself, and the browser sends
 * no Referer that could carry it.
 */
import { expect, go, sitemapPaths, test } from './helpers';

test('every sitemap page: no cookies, no foreign requests', async ({ page, context }) => {
  test.setTimeout(180_000);
  for (const path of sitemapPaths()) await go(page, path);
  expect(await context.cookies()).toEqual([]);
});

test('the zelfscan fragment is never sent to the server', async ({ page, context, guard }) => {
  guard.allow(/./); // an unknown fragment may make the island report it; this test is about requests
  const secret = 'v1.geheimeantwoorden12345';
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await go(page, `/zelfscan/#${secret}`);
  await page.waitForLoadState('networkidle');
  expect(seen.filter((u) => u.includes('geheimeantwoorden'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('calculator state stays in the page URL only: no Referer, no other request carries it', async ({ page, context }) => {
  const headers: { url: string; referer?: string | undefined }[] = [];
  page.on('request', async (r) => headers.push({ url: r.url(), referer: (await r.allHeaders())['referer'] }));
  await go(page, '/klantwaarde/');
  const field = page.locator('main input[inputmode="decimal"], main input[type="text"], main input[type="number"]').first();
  await field.fill('321');
  await expect(page).toHaveURL(/\?.+/);
  const query = new URL(page.url()).search.slice(1);
  await page.reload();
  await page.waitForLoadState('networkidle');
  const carriers = headers.filter((h, i) => i > 0 && (h.url.includes(query) || h.referer?.includes(query)));
  // The only request that may carry the state is the document itself (its own URL).
  expect(carriers.filter((h) => !new URL(h.url).pathname.endsWith('/klantwaarde/'))).toEqual([]);
  expect(headers.filter((h) => h.referer)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
