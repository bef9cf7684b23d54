/**
 * Search under a subpath (the /cx/ build, `npm run build:sub`): Pagefind loads from
 * /cx/pagefind/, result links carry the base, and /cx/zoeken/?q= works.
 */
import { expect, go, test } from './helpers';

test('search works under the /cx/ subpath', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname; // "/cx/"
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await go(page, '/kennisbank/business-case/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Zoeken' });
  await dialog.getByRole('searchbox').fill('vlieg');
  await expect(dialog.locator('.search-panel')).toHaveAttribute('data-rendered-query', 'vlieg', { timeout: 15_000 });
  expect(requests).toContain(`${base}pagefind/pagefind.js`);
  expect(requests.filter((p) => p.includes('/pagefind/') && !p.startsWith(base))).toEqual([]);

  const links = dialog.locator('.search-results a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(base), href).toBe(true);
  await expect(dialog.getByRole('link', { name: 'Open de zoekpagina' })).toHaveAttribute('href', `${base}zoeken/?q=vlieg`);

  const book = dialog.locator(`a[href="${base}boeken/het-bromvlieg-effect/"]`).first();
  await book.click();
  await expect(page).toHaveURL(new RegExp(`${base}boeken/het-bromvlieg-effect/$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('/zoeken/?q= works under the /cx/ subpath', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await go(page, '/zoeken/?q=klantreis');
  const main = page.locator('main');
  await expect(main.locator('.search-panel')).toHaveAttribute('data-rendered-query', 'klantreis', { timeout: 15_000 });
  const first = main.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base}`));
  await main.getByRole('searchbox').fill('nps');
  await expect(page).toHaveURL(new RegExp(`${base}zoeken/\\?q=nps$`));
});
