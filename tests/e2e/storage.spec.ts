/**
 * Broken storage never breaks a tool: localStorage that throws (disabled, quota exceeded)
 * or holds garbage. Each tool must still render and respond, with no page error.
 */
import { expect, go, test, type Page } from './helpers';

const TOOLS = ['/zelfscan/', '/klantwaarde/', '/tips/', '/'];

async function throwingStorage(page: Page) {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('Opslag is uitgeschakeld', 'SecurityError');
    };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota vol', 'QuotaExceededError');
    };
    Storage.prototype.removeItem = fail;
  });
}

async function garbageStorage(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const key of ['cx-theme', 'cx-tips', 'cx-zelfscan', 'cx-zelfscan-v1', 'cx-klantwaarde', 'zelfscan', 'klantwaarde']) {
      localStorage.setItem(key, '{"kapot": [1, 2,');
    }
  });
}

for (const path of TOOLS) {
  test(`${path} works when storage throws`, async ({ page }) => {
    await throwingStorage(page);
    await go(page, path);
    await expect(page.locator('h1')).toBeVisible();
    const control = page.locator('main button:visible, main input:visible, main select:visible').first();
    if (path !== '/') await expect(control).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/NaN|undefined|Infinity/);
  });

  test(`${path} recovers from garbage in storage`, async ({ page }) => {
    await garbageStorage(page);
    await go(page, path);
    await expect(page.locator('h1')).toBeVisible();
    if (path !== '/') await expect(page.locator('main button:visible, main input:visible').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/NaN|undefined|Infinity/);
  });
}

test('tips: a tick that cannot be saved says so and still shows the tick', async ({ page }) => {
  await throwingStorage(page);
  await go(page, '/tips/');
  const box = page.getByRole('checkbox').first();
  await box.check();
  await expect(box).toBeChecked();
  await expect(page.getByRole('status')).toContainText('Je browser bewaart nu niets');
});

test('tips: ticks are remembered after a reload', async ({ page }) => {
  await go(page, '/tips/');
  const box = page.getByRole('checkbox').nth(2);
  await box.check();
  await expect(page.getByRole('status')).toContainText('1 van 21');
  await page.reload();
  await expect(page.getByRole('checkbox').nth(2)).toBeChecked();
});
