/**
 * Shared e2e helpers. Import `test` and `expect` from here, not from @playwright/test:
 * every test then fails on a console error (CSP violations included), an uncaught page
 * error, or any request to another origin.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { expect };
export type { Page };

/** axe rule sets the site must pass (WCAG 2.2 AA + best practices). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Guard {
  /** Console errors, page errors and foreign requests seen so far. */
  problems: string[];
  /** Allow a console message matching this pattern (give a reason in the test). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowed.some((re) => re.test(msg.text()))) problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
      });
      await use({ problems, allow: (re) => allowed.push(re) });
      expect(problems, 'console errors, page errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Goes to a root-relative site path, keeping the base path of the project (e.g. /cx/). */
export async function go(page: Page, path: string) {
  return page.goto(path.replace(/^\//, ''));
}

/** Runs axe on the page (or a part of it) and expects zero violations. */
export async function expectNoAxeViolations(page: Page, opts: { include?: string; disableRules?: string[] } = {}) {
  // Legacy mode runs axe.run() once in the page, instead of axe.runPartial() per frame plus
  // axe.finishRun() in an extra blank page: the same rules and results on a site without
  // iframes, in about two thirds of the time. resultTypes: axe still runs every rule, but builds
  // selectors only for the violations (the only results checked here), not for every passing node.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode();
  if (opts.include) builder = builder.include(opts.include);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Root-relative paths (without the base) of every page in the built sitemap. Read from disk at
 * collection time, so each page becomes its own test.
 */
export function sitemapPaths(outDir = process.env.OUT_DIR ?? 'dist'): string[] {
  const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  const base = process.env.SITE_BASE ?? '/';
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const path = new URL(m[1]!).pathname;
    return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  });
}
