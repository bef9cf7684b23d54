/**
 * Klantwaarde calculator, in Chromium against the built site: the article's example, share links,
 * bad input and bad links, keyboard-only use, the meeting view with its QR code, saved inputs,
 * broken storage, no JavaScript, print, the JS budget and axe.
 */
import { gzipSync } from 'node:zlib';
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';

const PATH = '/klantwaarde/';
/** A no-break space between € and the amount; negative amounts with a minus sign (U+2212): € −800. */
const eur = (amount: string) => new RegExp(`€\\s${amount.replace(/[.]/g, '\\.')}(?![\\d.,])`);

/** Opens the calculator and waits until the island has taken over (it then writes the share link). */
async function open(page: Page, path = PATH) {
  await go(page, path);
  await expect(page.locator('#kw-link')).toHaveValue(/klantwaarde\//);
}

/** The small page object: the parts of the calculator the tests talk to. */
function calc(page: Page) {
  const segment = (name: RegExp) => page.getByRole('group', { name });
  return {
    conclusion: page.locator('.kw-conclusion__head'),
    results: page.getByRole('region', { name: 'Uitkomst' }),
    profit: (name: RegExp) => segment(name).getByLabel(/Winst per klant per jaar/),
    years: (name: RegExp) => segment(name).getByLabel(/Aantal jaren klant/),
    mix: (name: string) => page.getByRole('group', { name: 'Je klantenbestand' }).getByLabel(new RegExp(`^${name} `)),
    meetingButton: page.getByRole('button', { name: 'Presenteer in een vergadering' }),
  };
}
const DETRACTOR = /^Ontevreden klant/;

test.describe('klantwaarde', () => {
  test('the defaults show the article’s example', async ({ page }) => {
    await open(page);
    const c = calc(page);
    await expect(c.conclusion).toHaveText(/^Een ontevreden klant kost je per saldo €\s800\.$/);
    const table = c.results.getByRole('table');
    for (const [row, value] of [
      ['Ontevreden klant', '−800'],
      ['Tevreden klant', '500'],
      ['Zeer tevreden klant', '2.000'],
    ] as const) {
      await expect(table.getByRole('row', { name: new RegExp(`^${row}`) }).locator('td').last()).toHaveText(eur(value));
    }
    await expect(c.results.getByRole('img', { name: /Staafdiagram/ })).toHaveAccessibleName(/Ontevreden €\s−800, Tevreden €\s500, Zeer tevreden €\s2\.000/);
    // The static worked example below, rendered at build time.
    const example = page.getByRole('region', { name: 'Het voorbeeld uit het artikel' });
    await expect(example).toContainText(/een ontevreden klant €\s200 waard, een tevreden klant €\s500 en een zeer tevreden klant €\s1\.000/);
    await expect(page).toHaveURL(/\/klantwaarde\/$/);
    await expectNoAxeViolations(page);
  });

  test('a changed input updates the URL, and that link shows the same result in a fresh browser', async ({ page, browser, baseURL }) => {
    await open(page);
    const entries = await page.evaluate(() => window.history.length);
    const c = calc(page);
    await c.profit(DETRACTOR).fill('150');
    await expect(c.conclusion).toHaveText(/kost je per saldo €\s700\./);
    await c.mix('Ontevreden').fill('30');
    await c.mix('Tevreden').fill('40');
    await expect(page).toHaveURL(/\?ow=150&o=30&t=40$/);
    const url = page.url();
    // The figures, chart, table and assumptions (the actions differ: someone else's link gets them in a bar).
    const figures = (p: Page) => p.locator('.kw-conclusion, .kw-stats, .kw-figure, .kw-table, .kw-assume').allInnerTexts();
    const results = await figures(page);

    const fresh = await browser.newContext({ locale: 'nl-NL', ...(baseURL ? { baseURL } : {}) });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await other.goto(url);
    const c2 = calc(other);
    await expect(c2.conclusion).toHaveText(/kost je per saldo €\s700\./);
    await expect(c2.profit(DETRACTOR)).toHaveValue('150');
    await expect(other.getByText('Je bekijkt een gedeelde berekening.')).toBeVisible();
    expect(await figures(other)).toEqual(results);
    expect(errors).toEqual([]);
    await fresh.close();
    // Typing replaced the address, it did not add history entries.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
  });

  test('a hand-edited link with bad values opens with those fields reset and says which', async ({ page }) => {
    await open(page, `${PATH}?ow=abc&oj=-1&o=80&t=80&z=80&rente=999&mix=veel&nieuw=1e9`);
    const notice = page.getByRole('status').filter({ hasText: 'In deze link stonden waarden' });
    await expect(notice).toBeVisible();
    for (const name of [
      'winst per jaar van een ontevreden klant',
      'jaren klant van een ontevreden klant',
      'disconteringsvoet',
      'manier van invullen van de verdeling',
      'verdeling van je klanten',
      'waarde van een aangebrachte klant',
    ]) {
      await expect(notice).toContainText(name);
    }
    await expect(calc(page).conclusion).toHaveText(/kost je per saldo €\s800\./);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await expect(page).toHaveURL(/\/klantwaarde\/$/);
    await expectNoAxeViolations(page);
  });

  test('bad input shows an inline message with the field and range, and keeps the last valid result', async ({ page }) => {
    await open(page);
    const c = calc(page);
    const years = c.years(DETRACTOR);
    await years.fill('twee');
    await expect(years).toHaveAttribute('aria-invalid', 'true');
    const message = page.locator(`#${await years.getAttribute('aria-describedby')}`);
    await expect(message).toHaveText(
      'Jaren klant van een ontevreden klant: dit is geen getal. Gebruik cijfers, bijvoorbeeld 1.000 of 12,50. Toegestaan: 0 jaar tot en met 100 jaar.',
    );
    await expect(c.conclusion).toHaveText(/kost je per saldo €\s800\./);
    await expect(page.getByText(/Controleer 1 veld/)).toBeVisible();

    await years.fill('-3');
    await expect(message).toContainText('mag niet negatief zijn');
    await years.fill('1000');
    await expect(message).toContainText('te groot');
    await years.fill('2,5');
    await expect(years).not.toHaveAttribute('aria-invalid');
    await expect(c.conclusion).toHaveText(/kost je per saldo €\s750\./);

    await c.mix('Ontevreden').fill('10');
    await expect(page.getByText('De verdeling telt op tot 90%. Samen moet dat precies 100% zijn.')).toBeVisible();
    await expect(c.mix('Tevreden')).toHaveAttribute('aria-invalid', 'true');
    await c.profit(/^Tevreden klant/).fill('€ 1.000.000,01');
    await expect(page.getByText(/Toegestaan: €\s0 tot en met €\s1\.000\.000\./)).toBeVisible();
    await expectNoAxeViolations(page);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('what you type before the calculator’s script has loaded is kept', async ({ page }) => {
    // Hold the island's script back, as a slow phone network would.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/Calculator\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await go(page, PATH);
    const c = calc(page);
    await c.profit(DETRACTOR).fill('150');
    release();
    await expect(page.locator('#kw-link')).toHaveValue(/klantwaarde\/\?ow=150$/);
    await expect(c.profit(DETRACTOR)).toHaveValue('150');
    await expect(c.conclusion).toHaveText(/kost je per saldo €\s700\./);
    await expect(page).toHaveURL(/\?ow=150$/);
  });

  test('works with the keyboard only, including the meeting view', async ({ page }) => {
    await open(page);
    const c = calc(page);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focusedId()) !== 'kw-profitDetractor'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('kw-profitDetractor');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('kw-yearsDetractor');
    await expect(c.conclusion).toHaveText(/kost je per saldo €\s900\./);

    // The scenario slider moves with the arrow keys.
    const slider = page.getByRole('slider', { name: /Ontevreden klanten die tevreden worden/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel(/^Ontevreden klanten die tevreden worden \(in procent\)/)).toHaveValue('26');

    await c.meetingButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Wat is een klant waard?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(c.meetingButton).toBeFocused();
  });

  test('the meeting view shows conclusion, chart, scenario and a QR code of the link', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await open(page, `${PATH}?ow=150`);
    await page.waitForLoadState('networkidle');
    const before = scripts.length;
    expect(scripts.some((s) => /Meeting/.test(s))).toBe(false);
    await calc(page).meetingButton.click();
    const dialog = page.getByRole('dialog', { name: 'Wat is een klant waard?' });
    await expect(dialog).toBeVisible();
    expect(scripts.length).toBeGreaterThan(before);
    await expect(dialog).toContainText(/kost je per saldo €\s700\./);
    await expect(dialog.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
    const qr = dialog.getByRole('img', { name: 'QR-code met de link naar deze berekening' });
    await expect(qr).toBeVisible();
    expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(200);
    await expect(dialog).toContainText(/klantwaarde\/\?ow=150/);
    // One line says what the room is looking at.
    await expect(dialog.locator('.meeting__summary')).toHaveText(
      'Bij 1.000 klanten gaat de NPS van +10 naar +25 als 25% van de ontevreden klanten tevreden wordt en 20% van de tevreden klanten zeer tevreden.',
    );
    await expectNoAxeViolations(page);
    // Full screen on request; Escape leaves full screen first, the view stays.
    await dialog.getByRole('button', { name: 'Volledig scherm' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(dialog.getByRole('button', { name: 'Volledig scherm uit' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Sluiten (Esc)' }).click();
    await expect(dialog).toBeHidden();
    await expect(calc(page).meetingButton).toBeFocused();
  });

  test('copying the link gives a visible confirmation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await calc(page).profit(DETRACTOR).fill('120');
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await expect(page.getByText('Link gekopieerd. Plak hem in een mail of chat.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/klantwaarde\/\?ow=120$/);
  });

  test('without a clipboard API the link is selected instead', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await open(page);
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await expect(page.getByText(/Kopiëren lukte niet vanzelf/)).toBeVisible();
    const selected = await page.evaluate(() => {
      const el = document.getElementById('kw-link') as HTMLInputElement;
      return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    });
    expect(selected).toMatch(/\/klantwaarde\/$/);
  });

  test('a shared link never overwrites the visitor’s own saved inputs', async ({ page }) => {
    await open(page);
    await calc(page).profit(DETRACTOR).fill('150');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('cx-klantwaarde'))).toBe('{"v":1,"q":"ow=150"}');

    await open(page, `${PATH}?ow=300`);
    await expect(calc(page).profit(DETRACTOR)).toHaveValue('300');
    await calc(page).years(DETRACTOR).fill('3');
    await expect(page).toHaveURL(/ow=300&oj=3/);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => localStorage.getItem('cx-klantwaarde'))).toBe('{"v":1,"q":"ow=150"}');

    await open(page);
    await expect(calc(page).profit(DETRACTOR)).toHaveValue('150');
    await expect(page).toHaveURL(/\?ow=150$/);
    // Reloading your own link is not "someone else's calculation".
    await page.reload();
    await expect(page.locator('#kw-link')).toHaveValue(/\?ow=150$/);
    await expect(page.getByText('Je bekijkt een gedeelde berekening.')).toBeHidden();
  });

  test('corrupt or unavailable storage never breaks the calculator', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('cx-klantwaarde', '{kapot'));
    await open(page);
    await expect(calc(page).conclusion).toHaveText(/kost je per saldo €\s800\./);

    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.reload();
    await expect(page.locator('#kw-link')).toHaveValue(/klantwaarde\//);
    await calc(page).profit(DETRACTOR).fill('150');
    await expect(calc(page).conclusion).toHaveText(/kost je per saldo €\s700\./);
    await expect(page).toHaveURL(/\?ow=150$/);
  });

  test('prints on one A4 page with the link written out', async ({ page }) => {
    await open(page, `${PATH}?ow=150`);
    await expect(calc(page).conclusion).toHaveText(/€\s700/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kw-print-only')).toBeVisible();
    await expect(page.locator('.kw-print-only')).toContainText(/klantwaarde\/\?ow=150/);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });

  test('what only acting needs loads on the first focus in the calculator, not before', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await open(page, `${PATH}?ow=150`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /interaction/.test(s))).toEqual([]);
    await calc(page).profit(DETRACTOR).focus();
    await expect.poll(() => scripts.filter((s) => /interaction/.test(s)).length).toBe(1);
    await calc(page).profit(DETRACTOR).fill('200');
    await expect(calc(page).conclusion).toHaveText(/kost je per saldo €\s600\./);
  });

  test('when that part cannot load (offline), it says so and works once it can', async ({ page, guard }) => {
    guard.allow(/interaction|ERR_FAILED|Failed to fetch/);
    await page.route(/\/interaction-[^/]*\.js$/, (route) => route.abort());
    await open(page);
    await calc(page).profit(DETRACTOR).fill('150');
    const notice = page.getByText('Dit deel van de rekenhulp kon niet laden. Controleer je verbinding en probeer het opnieuw.');
    await expect(notice).toBeVisible();
    await expect(calc(page).profit(DETRACTOR)).toHaveValue('150');
    await page.unroute(/\/interaction-[^/]*\.js$/);
    await calc(page).profit(DETRACTOR).fill('200');
    await expect(calc(page).conclusion).toHaveText(/kost je per saldo €\s600\./);
    await expect(notice).toBeHidden();
  });

  test(`JavaScript before the meeting view opens stays within 15 kB gzip`, async ({ page }) => {
    let js = 0;
    const files: string[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      pending.push(
        res.body().then((b) => {
          js += gzipSync(b).length;
          files.push(`${new URL(res.url()).pathname} ${gzipSync(b).length}`);
        }),
      );
    });
    await open(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    console.log(`klantwaarde JS before the meeting view: ${js} bytes gzip\n  ${files.join('\n  ')}`);
    expect(js).toBeLessThanOrEqual(15_000);
  });
});

test.describe('klantwaarde without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the worked example and says the calculator needs JavaScript', async ({ page }) => {
    await go(page, PATH);
    await expect(page.getByText(/^De rekenhulp werkt alleen met JavaScript\./)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Jouw cijfers' })).toBeHidden();
    const example = page.getByRole('region', { name: 'Het voorbeeld uit het artikel' });
    const table = example.getByRole('table');
    await expect(table.getByRole('row', { name: /^Ontevreden klant/ })).toContainText(eur('−800'));
    await expect(table.getByRole('row', { name: /^Zeer tevreden klant/ })).toContainText(eur('2.000'));
    await expect(example).toContainText(/kost je per saldo €\s800\./);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    // No axe here: axe runs as page script, which this test switches off.
  });
});
