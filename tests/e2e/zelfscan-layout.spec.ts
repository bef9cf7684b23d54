/**
 * The zelfscan result on real screens, opened from a fully answered shared link (with a context,
 * so the notes show too): nothing in main is clipped, figures stay on one line, the result
 * comes first on a phone (the level and score on the first screen, the next steps within one
 * and a half screens), the radar's labels are at least 12 px where it shows (below 480 px the
 * table's bars take its place), and axe passes with the advice folded and unfolded.
 * Screenshots go to test-results/zelfscan-layout/ for review (not committed).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { encodeShare } from '../../src/lib/zelfscan/share';
import type { Answer, ModelShape } from '../../src/lib/zelfscan/types';
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';
import { brokenFigures, clippedElements, documentTop, smallestFontSize, VIEWPORTS, type ViewportName } from './layout';

const model = parse(readFileSync('content/assessment/model.yaml', 'utf8')) as {
  version: number;
  context: { options: unknown[] }[];
  dimensions: { items: unknown[] }[];
};
const SHAPE: ModelShape = {
  version: model.version,
  contextSizes: model.context.map((c) => c.options.length),
  itemCounts: model.dimensions.map((d) => d.items.length),
};
/** Every item answered (one "weet ik niet"), telecom, 50–250 people, manager: all three notes. */
const LINK = `#${encodeShare(SHAPE, {
  context: [1, 2, 1],
  items: [...'123450123333222244443333'].map((c) => Number(c) as Answer),
})}`;
const PHONES: ViewportName[] = ['phone360', 'phone390'];
const SHOTS = 'test-results/zelfscan-layout';

async function openShared(page: Page) {
  await go(page, `/zelfscan/${LINK}`);
  await expect(page.locator('#zs-step-title')).toHaveText('Uitslag uit een gedeelde link');
  await expect(page.locator('.zs-steps__list > li')).toHaveCount(3);
  await expect(page.locator('.zs-all__dim').first()).toBeVisible();
}

const bottom = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

for (const [name, viewport] of Object.entries(VIEWPORTS) as [ViewportName, { width: number; height: number }][]) {
  test.describe(`zelfscan result at ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test('fits: nothing clipped, figures whole, radar or bars readable', async ({ page }) => {
      await openShared(page);
      await page.screenshot({ path: `${SHOTS}/${name}-first-screen.png` });
      await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
      expect(await clippedElements(page, 'main')).toEqual([]);
      expect(await brokenFigures(page, 'main')).toEqual([]);
      // The score table is a scroll container (for safety), but it never needs to scroll.
      const tableOverflow = await page.locator('.zs-dims .table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(tableOverflow).toBeLessThanOrEqual(0);

      const radar = page.getByRole('img', { name: 'Radar van de zes onderdelen' });
      if (viewport.width < 480) {
        await expect(radar).toBeHidden();
        await expect(page.locator('.zs-scores .zs-narrow .zs-bar').first()).toBeVisible();
      } else {
        await expect(radar).toBeVisible();
        expect(await smallestFontSize(page, '.zs-radar text')).toBeGreaterThanOrEqual(12);
        // No data point sits on a label.
        const overlaps = await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('.zs-radar__labels text')].map((t) => t.getBoundingClientRect());
          return [...document.querySelectorAll('.zs-radar__dot')].filter((d) => {
            const r = d.getBoundingClientRect();
            return boxes.some((b) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top);
          }).length;
        });
        expect(overlaps).toBe(0);
      }
    });

    if (PHONES.includes(name)) {
      test('a shared link shows the result first', async ({ page }) => {
        await openShared(page);
        // The level and its score on the first screen; the next steps within one and a half.
        expect(await bottom(page, '.zs-overall__score')).toBeLessThanOrEqual(viewport.height);
        expect(await documentTop(page.locator('#zs-steps-title'))).toBeLessThanOrEqual(viewport.height * 1.5);
        // The way to the own scan is at hand where the reading ends, too (the actions).
        await expect(page.locator('.zs-actions').getByRole('button', { name: 'Doe de scan zelf' })).toBeVisible();
      });
    }
  });
}

test.describe('zelfscan result, folded advice', () => {
  test('all advice starts folded, opens per dimension and passes axe both ways', async ({ page }) => {
    await openShared(page);
    const folds = page.locator('.zs-all__dim');
    await expect(folds).toHaveCount(6);
    for (const d of await folds.all()) await expect(d).not.toHaveAttribute('open');
    await expect(page.locator('.zs-advice').first()).toBeHidden();
    await expectNoAxeViolations(page);
    // Open one by keyboard: its answers and advice show.
    await folds.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(folds.first()).toHaveAttribute('open');
    await expect(folds.first().locator('.zs-advice').first()).toBeVisible();
    await expect(folds.first().locator('.zs-advice__answer').first()).toHaveText(/^Antwoord: niveau 1 – /);
    await expectNoAxeViolations(page);
  });

  test('shared wording: no "jouw" for someone else’s result; dates written out', async ({ page }) => {
    await openShared(page);
    await expect(page.locator('.zs-notes h3')).toHaveText('Voor deze situatie');
    await expect(page.locator('main')).not.toContainText('Voor jouw situatie');
    await expect(page.locator('#zs-steps-title')).toHaveText('Drie volgende stappen');
    await expect(page.locator('.zs-print-only')).toContainText(/Gemaakt op \d{1,2} [a-z]+ \d{4}/);
  });
});
