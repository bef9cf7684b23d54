/**
 * The header (issue 12, item 5): one row at every width, at most 96 px tall on a phone, one way
 * into search, and a navigation that works by keyboard and without JavaScript (a native popover
 * menu below 72rem, a row of links above). Screenshots go to test-results/ for review.
 */
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';
import { layoutShift, watchLayoutShifts } from './layout';

const NAV = ['Zelfscan', 'Klantwaarde', 'Impactmatrix', 'Kennisbank', 'Begrippen', 'Boeken', 'Podcasts', 'Tips'];
const PAGE = '/kennisbank/business-case/';

/** The header's height and how many rows its direct children use. */
async function headerBox(page: Page) {
  return page.locator('.site-header').evaluate((header) => {
    const kids = [...header.querySelector('.site-header__inner')!.children].filter((el) => el.getBoundingClientRect().width > 0);
    const tops = new Set(kids.map((el) => Math.round(el.getBoundingClientRect().top / 8)));
    return { height: header.getBoundingClientRect().height, rows: tops.size, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
}

/** The "expanded" state Chromium's accessibility tree gives the button named `name`. */
async function expandedState(page: Page, name: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value;
}

/** Every control in the banner whose accessible name is "Zoeken" (link or button). */
function searchEntries(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: 'Zoeken', exact: true }).or(page.getByRole('banner').getByRole('button', { name: 'Zoeken', exact: true }));
}

for (const width of [320, 360, 390, 768, 1024, 1280, 1920]) {
  test(`one row, nothing sticking out, one search entry at ${width} px`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 800 });
    await go(page, PAGE);
    const box = await headerBox(page);
    expect(box.rows, 'rows in the header').toBe(1);
    expect(box.overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
    if (width <= 390) expect(box.height, 'header height on a phone').toBeLessThanOrEqual(96);
    await expect(searchEntries(page)).toHaveCount(1);
    await page.screenshot({ path: info.outputPath(`header-${width}.png`), clip: { x: 0, y: 0, width, height: 480 } });
  });
}

test('phone: the menu opens by keyboard, every item is reachable, Escape closes it', async ({ page }, info) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await go(page, PAGE);
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  // The browser exposes the popover button's state itself (no aria-expanded to keep in step).
  expect(await expandedState(page, 'Menu')).toBe(true);
  for (const name of NAV) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('button', { name: /Kleurthema/ })).toBeFocused();
  await page.screenshot({ path: info.outputPath('menu-360.png') });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  expect(await expandedState(page, 'Menu')).toBe(false);
});

test('phone: a menu item leads to its page and is marked there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await go(page, '/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' }).click();
  await expect(page).toHaveURL(/\/begrippen\/$/);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' })).toHaveAttribute('aria-current', 'page');
});

test('desktop: every nav item is in the row and reachable by Tab', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await go(page, PAGE);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await page.getByRole('banner').getByRole('button', { name: 'Zoeken' }).focus();
  for (const name of NAV) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
    await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
  }
});

test('axe: header and open menu, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await go(page, PAGE);
      if (width < 1000) await page.getByRole('button', { name: 'Menu' }).click();
      await expectNoAxeViolations(page, { include: '.site-header' });
    }
  }
});

test('no layout shift while the page loads and the search button takes over from the link', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await watchLayoutShifts(page);
  await go(page, PAGE);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  expect(await layoutShift(page)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('phone: the menu still opens and leads on; search is a link', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await go(page, PAGE);
    expect((await headerBox(page)).height).toBeLessThanOrEqual(96);
    await expect(searchEntries(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Podcasts' }).click();
    await expect(page).toHaveURL(/\/podcasts\/$/);
  });
});
