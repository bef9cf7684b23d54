/**
 * Klantwaarde on real screens with real numbers (issue #12): at every viewport from a 320 px
 * phone to a 4K projector, with an ordinary calculation, the largest one the fields accept and
 * one with negative values, no amount wraps, nothing in `main` is cut off, the meeting view fits
 * without scrolling, and a shared link shows its result on a phone's first screen.
 * Screenshots go to test-results/klantwaarde-layout/ for review (not committed).
 */
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';
import { VIEWPORTS, brokenFigures, clippedElements, horizontalOverflow, layoutShift, smallestFontSize, verticalOverflow, watchLayoutShifts, type ViewportName } from './layout';

const CASES = {
  /** 48.000 customers, the example. */
  ordinary: '/klantwaarde/?ow=4500&oj=6&tw=6200&tj=9&zw=9800&zj=12&klanten=48000&ot=35&tz=15',
  /** Every field at its maximum: 10⁹ customers, € 1 mln. profit a year for 100 years, 100 referrals. */
  extreme: '/klantwaarde/?ow=1000000&oj=100&tw=1000000&tj=100&zw=1000000&zj=100&weg=100&bij=100&nieuw=100000000&klanten=1000000000&ot=100&tz=100',
  /** A base worth less than nothing, and a scenario that loses value. */
  negative: '/klantwaarde/?weg=20&zw=0&bij=0&o=90&t=5&z=5&ot=0&tz=100',
} as const;
type Case = keyof typeof CASES;
const MEETING: ViewportName[] = ['xga', 'hd', 'laptop', 'fullhd', 'uhd'];
const shot = (name: string) => `test-results/klantwaarde-layout/${name}.png`;

/** The page's blocks on a phone opened from a link, in the order they should be read. */
const BLOCKS = ['h1', '.kw__results', '.kw-dock', '.kw__inputs', '.kw-intro', '.kw-example'];

/**
 * The blocks in DOM order and in screen order (top to bottom, in the page). The link bar is
 * sticky: its place on the page is where it rests, at the end of the results.
 */
async function blockOrder(page: Page) {
  return page.evaluate((blocks) => {
    const els = blocks.map((s) => document.querySelector<HTMLElement>(s)!);
    const dock = document.querySelector<HTMLElement>('.kw-dock')!;
    dock.style.position = 'static';
    const top = new Map(els.map((el, i) => [blocks[i]!, el.getBoundingClientRect().top + scrollY]));
    dock.style.position = '';
    const dom = [...blocks].sort((a, b) => {
      const [x, y] = [a, b].map((s) => els[blocks.indexOf(s)]!);
      return x!.compareDocumentPosition(y!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return { dom, screen: [...blocks].sort((a, b) => top.get(a)! - top.get(b)!) };
  }, BLOCKS);
}


/** Opens a calculation and waits until the island shows the link's own numbers. */
async function open(page: Page, path: string) {
  await go(page, path);
  await expect(page.locator('.kw--ready')).toBeVisible();
  await expect(page.locator('#kw-link')).toHaveValue(/klantwaarde\//);
}

test.describe('klantwaarde layout', () => {
  for (const [name, path] of Object.entries(CASES) as [Case, string][]) {
    for (const vp of Object.keys(VIEWPORTS) as ViewportName[]) {
      test(`${name} at ${vp}: every amount on one line, nothing cut off`, async ({ page }) => {
        await page.setViewportSize(VIEWPORTS[vp]);
        await open(page, path);
        await page.screenshot({ path: shot(`${name}-${vp}`), fullPage: true });
        expect(await brokenFigures(page, 'main')).toEqual([]);
        expect(await clippedElements(page, 'main')).toEqual([]);
        expect(await horizontalOverflow(page)).toBe(0);
        // The value table reflows into cards instead of scrolling sideways.
        const table = page.locator('.kw .kw-table-wrap');
        expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
      });
    }

    for (const vp of MEETING) {
      test(`${name}: the meeting view fits ${vp} without scrolling`, async ({ page }) => {
        await page.setViewportSize(VIEWPORTS[vp]);
        await open(page, path);
        await page.getByRole('button', { name: 'Presenteer in een vergadering' }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog.getByRole('img', { name: /QR-code/ })).toBeVisible();
        await page.screenshot({ path: shot(`${name}-meeting-${vp}`) });
        expect(await verticalOverflow(page, '.meeting')).toBe(0);
        expect(await clippedElements(page, '.meeting')).toEqual([]);
        expect(await brokenFigures(page, '.meeting')).toEqual([]);
        expect(await smallestFontSize(page, '.meeting')).toBeGreaterThanOrEqual(14);
        expect(await smallestFontSize(page, '.meeting .kw-chart')).toBeGreaterThanOrEqual(16);
        if (vp === 'xga') await expectNoAxeViolations(page);
      });
    }
  }

  for (const vp of ['phone360', 'phone390'] as const) {
    test(`a shared link on a ${vp} phone shows its result first, with the actions at hand`, async ({ page }) => {
      await page.setViewportSize(VIEWPORTS[vp]);
      await watchLayoutShifts(page);
      await open(page, CASES.ordinary);
      await page.screenshot({ path: shot(`shared-${vp}`) });
      // The first amount of the conclusion is on the first screen, without scrolling.
      const bottom = await page.locator('.kw-conclusion__head').evaluate((el) => {
        const text = el.firstChild!;
        const at = text.textContent!.indexOf('€');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, text.textContent!.length);
        return range.getBoundingClientRect().bottom;
      });
      expect(bottom).toBeLessThan(VIEWPORTS[vp].height);
      // Copy, present and keep stay at the bottom of the screen while you read the results, and
      // rest right above the inputs when you get there.
      const dock = page.locator('.kw-dock');
      for (const name of [/^Bewaar/, 'Kopieer link', /^Presenteer/]) {
        await expect(dock.getByRole('button', { name })).toBeInViewport();
      }
      await page.getByRole('heading', { name: 'Jouw cijfers' }).scrollIntoViewIfNeeded();
      await expect(dock.getByRole('button', { name: 'Kopieer link' })).toBeInViewport();
      await page.screenshot({ path: shot(`shared-${vp}-inputs`) });
      expect(await layoutShift(page)).toBe(0);
      await expectNoAxeViolations(page);
    });
  }

  test('a shared link on a phone: keyboard and reading order follow the screen', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone390);
    await open(page, CASES.ordinary);
    // Tab from the top of the page reaches the results' actions before the first input.
    const visited: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id || el?.textContent?.trim() || '';
      });
      visited.push(now);
      if (now === 'kw-profitDetractor') break;
    }
    expect(visited).toContain('kw-profitDetractor');
    const firstInput = visited.indexOf('kw-profitDetractor');
    for (const action of ['Bewaar', 'Kopieer link', 'Presenteer']) {
      const at = visited.findIndex((v) => v.startsWith(action));
      expect(at, `${action} in ${visited.join(' | ')}`).toBeGreaterThan(-1);
      expect(at).toBeLessThan(firstInput);
    }
    expect(await blockOrder(page)).toEqual({ dom: BLOCKS, screen: BLOCKS });
  });

  test('a shared link side by side: the results on the left, first in the DOM, without a shift', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.xga);
    await watchLayoutShifts(page);
    await open(page, CASES.ordinary);
    const left = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().left);
    expect(await left('.kw__results')).toBeLessThan(await left('.kw__inputs'));
    const dom = await page.evaluate(() => {
      const [results, inputs] = ['.kw__results', '.kw__inputs'].map((s) => document.querySelector(s)!);
      return Boolean(results!.compareDocumentPosition(inputs!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(dom).toBe(true);
    expect(await layoutShift(page)).toBe(0);
  });

  test('your own calculation keeps the inputs first on a phone', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone390);
    await open(page, '/klantwaarde/');
    const top = async (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('.kw__inputs')).toBeLessThan(await top('.kw__results'));
    await expect(page.locator('.kw-dock')).toHaveCount(0);
  });
});
