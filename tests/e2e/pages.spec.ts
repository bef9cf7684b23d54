/**
 * Every page of the built sitemap: it loads, has one h1 and a unique title and description,
 * passes axe (WCAG 2.2 AA + best practices) and logs no errors (the guard fixture checks
 * console errors, CSP violations and third-party requests).
 */
import { expect, expectNoAxeViolations, go, sitemapPaths, test } from './helpers';

const paths = sitemapPaths();
const seenTitles = new Map<string, string>();

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(10);
  expect(paths).toContain('/');
});

for (const path of paths) {
  test(`page ${path}`, async ({ page }) => {
    const response = await go(page, path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    const title = await page.title();
    expect(title.length).toBeGreaterThan(3);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(20);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    const other = seenTitles.get(title);
    expect(other, `title "${title}" also used by ${other}`).toBeUndefined();
    seenTitles.set(title, path);
    await expectNoAxeViolations(page);
  });
}
