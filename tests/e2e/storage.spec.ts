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

/** What the page's storage holds for a key. */
const storedValue = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test.describe('two tabs, one browser', () => {
  test('tips: each tab ticks a different tip; after a reload both are kept', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await go(a, '/tips/');
    await go(b, '/tips/');
    await expect(a.getByRole('checkbox').first()).toBeVisible();
    await expect(b.getByRole('checkbox').first()).toBeVisible();
    await a.getByRole('checkbox').nth(0).check();
    await b.getByRole('checkbox').nth(1).check();
    // Tab A shows tab B's tick as it is made.
    await expect(a.getByRole('checkbox').nth(1)).toBeChecked();
    await a.reload();
    await expect(a.getByRole('checkbox').nth(0)).toBeChecked();
    await expect(a.getByRole('checkbox').nth(1)).toBeChecked();
    await expect(a.getByRole('status')).toContainText('2 van 21');
  });

  test('zelfscan: each tab answers a different item; after a reload both are kept', async ({ context }) => {
    const tabs = [await context.newPage(), await context.newPage()];
    // A tab resumes on the step saved last (step 1), or starts there.
    const toFirstPart = async (tab: Page) => {
      const start = tab.getByRole('button', { name: /Begin met de vragen|Ga verder waar je was/ });
      const first = tab.locator('#zs-step-title', { hasText: 'Onderdeel 1' });
      await expect(start.and(tab.locator(':enabled')).or(first)).toBeVisible();
      if (!(await first.isVisible())) await start.click();
      await expect(first).toBeVisible();
    };
    for (const tab of tabs) {
      await go(tab, '/zelfscan/');
      await toFirstPart(tab);
    }
    const groups = (tab: Page) => tab.locator('.zs fieldset:has(input[type="radio"])');
    await groups(tabs[0]!).nth(0).locator('input[value="3"]').check();
    await groups(tabs[1]!).nth(1).locator('input[value="4"]').check();
    await expect.poll(async () => JSON.parse((await storedValue(tabs[0]!, 'cx-zelfscan')) ?? '{}').code).toMatch(/^v\d+\.[^.]*\.34/);
    // Tab A shows tab B's answer without a reload, and says why it changed.
    await expect(groups(tabs[0]!).nth(1).locator('input[value="4"]')).toBeChecked();
    await expect(tabs[0]!.getByText('Je hebt dit in een ander tabblad veranderd.')).toBeVisible();
    // Moving on to the next part in tab B changes the stored step only: tab A stays quiet.
    await tabs[0]!.getByRole('button', { name: 'Sluiten' }).first().click();
    await tabs[1]!.getByRole('button', { name: /^Volgende/ }).first().click();
    await expect(tabs[1]!.locator('#zs-step-title', { hasText: 'Onderdeel 2' })).toBeVisible();
    await expect.poll(async () => JSON.parse((await storedValue(tabs[0]!, 'cx-zelfscan')) ?? '{}').step).toBe(2);
    await tabs[0]!.waitForTimeout(300);
    await expect(tabs[0]!.getByText('Je hebt dit in een ander tabblad veranderd.')).toHaveCount(0);
    await expect(tabs[0]!.locator('#zs-step-title', { hasText: 'Onderdeel 1' })).toBeVisible();
    await tabs[1]!.getByRole('button', { name: /^Vorige/ }).first().click();
    await expect.poll(async () => JSON.parse((await storedValue(tabs[0]!, 'cx-zelfscan')) ?? '{}').step).toBe(1);
    await tabs[0]!.reload();
    await toFirstPart(tabs[0]!);
    await expect(groups(tabs[0]!).nth(0).locator('input[value="3"]')).toBeChecked();
    await expect(groups(tabs[0]!).nth(1).locator('input[value="4"]')).toBeChecked();
  });

  test('klantwaarde: each tab changes a different field; both are kept', async ({ context }) => {
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      await go(tab, '/klantwaarde/');
      await expect(tab.locator('#kw-link')).toHaveValue(/klantwaarde\//);
    }
    await tabs[0]!.getByRole('group', { name: /^Ontevreden/ }).getByLabel(/Winst per klant per jaar/).fill('150');
    await expect.poll(() => storedValue(tabs[0]!, 'cx-klantwaarde')).toContain('ow=150');
    await tabs[1]!.getByRole('group', { name: /^Zeer tevreden/ }).getByLabel(/Aantal jaren klant/).fill('11');
    await expect.poll(() => storedValue(tabs[1]!, 'cx-klantwaarde')).toContain('zj=11');
    expect(await storedValue(tabs[1]!, 'cx-klantwaarde')).toContain('ow=150');
  });

  test('klantwaarde: a tab showing your own calculation shows what another tab saved, and says so', async ({ context }) => {
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      await go(tab, '/klantwaarde/');
      await expect(tab.locator('#kw-link')).toHaveValue(/klantwaarde\//);
    }
    const profit = (tab: Page) => tab.getByRole('group', { name: /^Ontevreden/ }).getByLabel(/Winst per klant per jaar/);
    await profit(tabs[1]!).fill('175');
    await expect.poll(() => storedValue(tabs[1]!, 'cx-klantwaarde')).toContain('ow=175');
    await expect(profit(tabs[0]!)).toHaveValue('175');
    await expect(tabs[0]!.getByRole('status').filter({ hasText: 'Je hebt dit in een ander tabblad veranderd.' })).toBeVisible();
    await expect(tabs[0]!.locator('#kw-link')).toHaveValue(/ow=175/);
    // A tab with someone else's link keeps showing that link.
    const shared = await context.newPage();
    await go(shared, '/klantwaarde/?ow=150');
    await expect(profit(shared)).toHaveValue('150');
    await profit(tabs[1]!).fill('180');
    await expect(profit(tabs[0]!)).toHaveValue('180');
    await expect(profit(shared)).toHaveValue('150');
  });
});

test.describe('storage that refuses to save', () => {
  test('klantwaarde: "Bewaar als mijn berekening" never says Bewaard; the shared notice says why', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Opslag is uitgeschakeld', 'SecurityError');
      };
    });
    await go(page, '/klantwaarde/?ow=150');
    await page.getByRole('button', { name: 'Bewaar als mijn berekening' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je browser bewaart nu niets' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Bewaard.');
  });

  test('zelfscan and tips say the same words', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota vol', 'QuotaExceededError');
      };
    });
    await go(page, '/zelfscan/');
    await page.getByRole('button', { name: 'Begin met de vragen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je browser bewaart nu niets' })).toBeVisible();
    await go(page, '/tips/');
    await page.getByRole('checkbox').first().check();
    await expect(page.getByRole('status').filter({ hasText: 'Je browser bewaart nu niets' })).toBeVisible();
  });
});

test.describe('data from a newer version (a rolled-back deploy)', () => {
  const NEWER = {
    'cx-zelfscan': '{"v":1,"code":"v99.000.------------------------","step":2}',
    'cx-klantwaarde': '{"v":2,"q":"ow=150","scenario":"nieuw"}',
    'cx-tips': '{"v":2,"done":{"levend-krijgen-1":"2026-12-01"}}',
  };
  for (const [key, value] of Object.entries(NEWER)) {
    test(`${key} survives a visit, also when the visitor works`, async ({ page }) => {
      await page.addInitScript(([k, v]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(k!, v!);
      }, [key, value]);
      const path = { 'cx-zelfscan': '/zelfscan/', 'cx-klantwaarde': '/klantwaarde/', 'cx-tips': '/tips/' }[key]!;
      await go(page, path);
      if (key === 'cx-zelfscan') await page.getByRole('button', { name: /Begin met de vragen|Ga verder/ }).click();
      if (key === 'cx-klantwaarde') {
        await expect(page.getByRole('status').filter({ hasText: 'nieuwere versie' })).toBeVisible();
        await page.getByRole('group', { name: /^Ontevreden/ }).getByLabel(/Winst per klant per jaar/).fill('170');
        await page.waitForTimeout(400);
      }
      if (key === 'cx-tips') {
        await expect(page.getByRole('status')).toContainText('nieuwere versie');
        await page.getByRole('checkbox').first().check();
      }
      await page.reload();
      expect(await storedValue(page, key)).toBe(value);
    });
  }

  test('klantwaarde: starting fresh keeps the newer data aside, then saves again', async ({ page }) => {
    await page.addInitScript((v) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('cx-klantwaarde', v);
    }, NEWER['cx-klantwaarde']);
    await go(page, '/klantwaarde/');
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'nieuwere versie' })).toHaveCount(0);
    expect(await storedValue(page, 'cx-klantwaarde:apart')).toBe(NEWER['cx-klantwaarde']);
    await page.getByRole('group', { name: /^Ontevreden/ }).getByLabel(/Winst per klant per jaar/).fill('170');
    await expect.poll(() => storedValue(page, 'cx-klantwaarde')).toContain('ow=170');
    await page.reload();
    await expect(page.getByRole('group', { name: /^Ontevreden/ }).getByLabel(/Winst per klant per jaar/)).toHaveValue('170');
  });

  test('tips: starting fresh is offered and works only when asked', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('cx-tips', '{"v":2,"done":{}}');
    });
    await go(page, '/tips/');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await expect(page.getByRole('status')).toContainText('1 van 21');
    expect(await storedValue(page, 'cx-tips')).toMatch(/^\{"v":1,"done":\["[a-z0-9-]+"\]\}$/);
    expect(await storedValue(page, 'cx-tips:apart')).toBe('{"v":2,"done":{}}');
  });
});

test('tips: unreadable ticks are kept aside and the page says so', async ({ page }) => {
  await garbageStorage(page);
  await go(page, '/tips/');
  await expect(page.getByRole('status')).toContainText('apart gezet');
  await page.getByRole('checkbox').first().check();
  expect(await storedValue(page, 'cx-tips:apart')).toBe('{"kapot": [1, 2,');
});
