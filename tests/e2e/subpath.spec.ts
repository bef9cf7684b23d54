/**
 * The site built with SITE_BASE=/cx/ (npm run build:sub) and served under /cx/:
 * follow every internal link from the home page, breadth-first, and expect each to load.
 */
import { expect, test } from './helpers';

test('every internal link works under the /cx/ subpath', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const start = new URL(baseURL!);
  const queue = [start.href];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const res = await page.request.get(url);
    if (res.status() !== 200) {
      broken.push(`${url} → ${res.status()}`);
      continue;
    }
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await res.text();
    for (const m of html.matchAll(/\s(?:href|src)="([^"#]+)/g)) {
      const target = new URL(m[1]!.replaceAll('&amp;', '&'), url);
      if (target.origin !== start.origin) continue;
      target.search = '';
      if (!target.pathname.startsWith(start.pathname)) {
        broken.push(`${url} links outside the base: ${target.pathname}`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
  await page.goto(start.href);
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/cx\/_astro\//);
});
