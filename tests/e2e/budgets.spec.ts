/**
 * Byte budgets per page type (deterministic, so they are tested; timings live in `npm run bench`).
 * Counts every response a page loads until the network is idle, before any interaction,
 * and gzips each body to compare with the budget.
 */
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES } from '../../bench/budgets';
import { expect, go, test, type Page } from './helpers';

interface Load {
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
  urls: string[];
}

async function measure(page: Page, path: string): Promise<Load> {
  const load: Load = { html: 0, css: 0, js: 0, other: 0, requests: 0, urls: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        const body = await res.body().catch(() => Buffer.alloc(0));
        const gz = gzipSync(body).length;
        const type = res.request().resourceType();
        load.requests += 1;
        load.urls.push(new URL(res.url()).pathname);
        if (type === 'document') load.html += gz;
        else if (type === 'stylesheet') load.css += gz;
        else if (type === 'script' || /\.m?js$/.test(res.url())) load.js += gz;
        else load.other += gz;
      })(),
    );
  });
  await go(page, path);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return load;
}

for (const { name, path, budget } of PAGE_TYPES) {
  test(`budget: ${name} (${path})`, async ({ page, guard }) => {
    guard.allow(/404/); // the 404 page answers with status 404 on purpose
    const load = await measure(page, path);
    const total = load.html + load.css + load.js + load.other;
    const info = `${JSON.stringify({ ...load, total })}`;
    expect(load.js, `JS gzip ${info}`).toBeLessThanOrEqual(budget.js);
    expect(load.css, `CSS gzip ${info}`).toBeLessThanOrEqual(budget.css);
    expect(load.html, `HTML gzip ${info}`).toBeLessThanOrEqual(budget.html);
    expect(load.requests, `requests ${info}`).toBeLessThanOrEqual(budget.requests);
    expect(total, `total gzip ${info}`).toBeLessThanOrEqual(budget.total);
  });
}
