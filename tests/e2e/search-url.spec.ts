/** The address bar of /zoeken/ holds only what the search uses: a huge pasted ?q= is cut. */
import { MAX_QUERY } from '../../src/lib/search/query';
import { expect, go, test } from './helpers';

test('a very long ?q= is cut to the query the search uses', async ({ page }) => {
  // 8 kB: the preview server refuses longer request lines (a 1 MB one arrives by pasting in a browser).
  await go(page, `/zoeken/?q=${'klantreis '.repeat(800)}&utm_source=x`);
  await expect.poll(() => page.evaluate(() => location.search.length)).toBeLessThan(MAX_QUERY * 2);
  const q = await page.evaluate(() => new URLSearchParams(location.search).get('q') ?? '');
  expect(q.length).toBeLessThanOrEqual(MAX_QUERY);
  expect(q.startsWith('klantreis klantreis')).toBe(true);
  await expect(page.getByRole('searchbox').or(page.getByRole('textbox')).first()).toHaveValue(q);
});
