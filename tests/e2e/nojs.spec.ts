/** Progressive enhancement: without JavaScript every page is complete and navigable. */
import { expect, go, sitemapPaths, test } from './helpers';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
  test(`without JS: ${path}`, async ({ page }) => {
    await go(page, path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.trim().length, 'main has content').toBeGreaterThan(80);
    expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
  });
}

test('without JS the team view cannot be cleared (the button would do nothing)', async ({ page }) => {
  await go(page, '/zelfscan/team/');
  await expect(page.getByRole('button', { name: 'Leegmaken' })).toBeDisabled();
});

test('without JS the tips page says that ticking needs JavaScript', async ({ page }) => {
  await go(page, '/tips/');
  await expect(page.getByText('Vinkjes zetten kan alleen met JavaScript aan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw beginnen' })).toBeHidden();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});
