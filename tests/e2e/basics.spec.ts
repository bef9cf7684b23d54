/** Layout basics a keyboard and screen-reader user relies on, plus theme and 404. */
import { expect, expectNoAxeViolations, go, test } from './helpers';

test('skip link is the first tab stop and moves focus to main', async ({ page }) => {
  await go(page, '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('main navigation reaches every part by keyboard and marks the current page', async ({ page }) => {
  await go(page, '/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of ['Zelfscan', 'Klantwaarde', 'Impactmatrix', 'Kennisbank', 'Begrippen', 'Boeken', 'Podcasts', 'Tips']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Begrippen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/begrippen\/$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('focus is visible on links', async ({ page }) => {
  await go(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('theme toggle cycles and is remembered without a flash', async ({ page }) => {
  await go(page, '/');
  const toggle = page.getByRole('button', { name: /Kleurthema/ });
  await expect(toggle).toHaveText(/Systeem/);
  await toggle.click();
  await expect(toggle).toHaveText(/Licht/);
  await toggle.click();
  await expect(toggle).toHaveText(/Donker/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await go(page, '/kennisbank/');
  // The inline head script has set the theme before the first paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 21, 24)');
  await expectNoAxeViolations(page);
});

test('dark mode from the system passes axe', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  await go(page, '/');
  await expectNoAxeViolations(page);
  await context.close();
});

test('an unknown page shows the helpful 404', async ({ page, guard }) => {
  guard.allow(/404/); // the browser logs the 404 status of the document itself
  const response = await go(page, '/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Zoek op de site' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/kennisbank/', '/begrippen/', '/boeken/']) {
    await go(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('no cookies are set', async ({ page, context }) => {
  await go(page, '/');
  await go(page, '/tips/');
  expect(await context.cookies()).toEqual([]);
});
