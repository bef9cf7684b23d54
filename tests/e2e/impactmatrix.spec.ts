/**
 * Impactmatrix, in Chromium against the built site: the invented example, pasting rows from a
 * spreadsheet, a shared link in a fresh browser, keyboard-only from empty to shared link,
 * garbage links, the limits (100 touchpoints, long names, markup in names, identical values,
 * zero volume), saved matrices, files, print, the meeting view, layout on real screens, search
 * and axe in every state. The JS budget (15 kB gzip on first load) is in budgets.spec.ts.
 */
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';
import { VIEWPORTS, brokenFigures, clippedElements, horizontalOverflow, layoutShift, smallestFontSize, verticalOverflow, watchLayoutShifts } from './layout';

const PATH = '/impactmatrix/';
const STORE = 'cx-impactmatrix';

/** The small page object: the parts of the tool the tests talk to. */
function im(page: Page) {
  const rows = page.locator('.im-edit tbody tr');
  return {
    rows,
    cell: (row: number, field: 'Naam' | 'Tevredenheid' | 'Impact' | 'Volume') => page.getByLabel(new RegExp(`^${field}.*, rij ${row}$`)),
    bubbles: page.locator('.im-results .im-bubble'),
    data: page.getByRole('table', { name: 'Contactmomenten in de matrix, op volgorde van prioriteit' }),
    priority: page.locator('.im-results .im-plist li'),
    link: page.getByLabel('Link naar deze matrix'),
    paste: page.getByLabel('Rijen uit je spreadsheet'),
    pasteButton: page.getByRole('button', { name: 'Toevoegen aan de tabel' }),
    report: page.locator('.im-paste__report'),
    shared: page.getByText('Je bekijkt een gedeelde matrix.'),
  };
}

/** Opens the tool and waits until the island has restored its state. */
async function open(page: Page, path = PATH) {
  await go(page, path);
  await expect(page.locator('.im-inputs')).toBeVisible();
}

async function example(page: Page) {
  await open(page);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await expect(im(page).bubbles).toHaveCount(8);
}

const SHEET = [
  'Contactmoment\tTevredenheid\tImpact\tVolume per maand',
  'Offerte aanvragen\t4,0\t6,5\t6.000',
  'Polis afsluiten\t4,3\t7,5\t2.500',
  'Schade melden\t3,1\t9\t4.000',
  'Status schade\t2,8\t5,5\t4.200',
  'Premienota\t3\t3,5\t7.000',
  'Adres wijzigen\t3,9\t2\t1.500',
  'Opzeggen\t2,6\t8\t1.200',
  'Vraag over dekking\t3,6\t4,5\t3.000',
  'Betaalregeling\tveel\t6\t800',
  'Polis wijzigen\t3,4\t12\t2.100',
].join('\n');

test.describe('impactmatrix', () => {
  test('the empty start explains what to do', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('heading', { name: 'Nog geen contactmomenten' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leeg beginnen' })).toBeVisible();
    await expect(page.getByText('Een verzonnen verzekeraar met acht contactmomenten. De cijfers zijn bedacht.')).toBeVisible();
    await expect(page).toHaveURL(/\/impactmatrix\/$/);
    await expectNoAxeViolations(page);
  });

  test('builds the invented example: chart, quadrants, priorities and the same data as a table', async ({ page }) => {
    await example(page);
    const p = im(page);
    await expect(page.getByText(/^Dit is een verzonnen voorbeeld/)).toBeVisible();
    await expect(p.rows).toHaveCount(8);
    await expect(page.getByRole('img', { name: /Impactmatrix met 8 contactmomenten/ })).toBeVisible();
    await expect(p.data.getByRole('row')).toHaveCount(9);
    await expect(p.data.getByRole('row').nth(1)).toContainText(/Schade melden\s*3,1\s*9\s*4\.000\s*Eerst verbeteren\s*100/);
    await expect(p.priority.first()).toContainText('Schade melden');
    await expect(page.getByText('Prioriteit = impact × ruimte voor verbetering × volume.')).toBeVisible();
    // Two strategies come from the source, two are ours, and the page says so.
    const results = page.locator('.im-results');
    await expect(results.getByText('Strategie uit CEX Sells', { exact: true })).toHaveCount(2);
    await expect(results.getByText('Eigen aanvulling', { exact: true })).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Contactreductie als win-win-win' })).toHaveAttribute('href', /\/kennisbank\/contactreductie\/$/);
    await expect(page).toHaveURL(/#im1;t=Voorbeeld.*;e$/);
    await expectNoAxeViolations(page);
  });

  test('pastes 10 rows from a spreadsheet and reports what it did not understand', async ({ page }) => {
    await open(page);
    const p = im(page);
    await p.paste.fill(SHEET);
    await p.pasteButton.click();
    await expect(p.rows).toHaveCount(10);
    await expect(p.report).toContainText('10 contactmomenten toegevoegd.');
    await expect(p.report).toContainText('Regel 10: tevredenheid “veel” is geen getal. Die cel is leeg gelaten.');
    await expect(p.report).toContainText('Regel 11: impact 12 valt buiten 0 tot 10. Die cel is leeg gelaten.');
    await expect(p.cell(2, 'Tevredenheid')).toHaveValue('4,3');
    await expect(p.cell(1, 'Volume')).toHaveValue('6.000');
    // Rows with an empty cell are in the table but not yet in the matrix, and the page says which.
    await expect(p.bubbles).toHaveCount(8);
    await expect(page.getByText(/Nog niet in de matrix, omdat er een cel leeg is: 9 \(Betaalregeling: tevredenheid\), 10 \(Polis wijzigen: impact\)/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a shared link shows the same matrix in a fresh browser and never overwrites its own matrix', async ({ page, browser, baseURL }) => {
    await example(page);
    await im(page).cell(3, 'Volume').fill('9000');
    await expect(page).toHaveURL(/Schade_melden,3.1,9,9000/);
    const url = await im(page).link.inputValue();
    const table = await im(page).data.innerText();

    const fresh = await browser.newContext({ locale: 'nl-NL', ...(baseURL ? { baseURL } : {}) });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await go(other, PATH);
    await other.getByRole('button', { name: 'Leeg beginnen' }).click();
    await im(other).cell(1, 'Naam').fill('Mijn eigen moment');
    await expect.poll(() => other.evaluate((k) => localStorage.getItem(k), STORE)).toContain('Mijn_eigen_moment');
    const own = await other.evaluate((k) => localStorage.getItem(k), STORE);

    await other.goto(url);
    await expect(im(other).shared).toBeVisible();
    expect(await im(other).data.innerText()).toBe(table);
    // The result comes first for whoever opens a link.
    const order = await other.evaluate(() => [...document.querySelectorAll('.im > section')].map((s) => s.className));
    expect(order[0]).toBe('im-results');
    await im(other).cell(1, 'Naam').fill('Gewijzigd');
    await other.waitForTimeout(500);
    expect(await other.evaluate((k) => localStorage.getItem(k), STORE)).toBe(own);
    await expectNoAxeViolations(other);

    await other.getByRole('button', { name: 'Terug naar mijn eigen matrix' }).click();
    await expect(im(other).cell(1, 'Naam')).toHaveValue('Mijn eigen moment');
    await other.goto(url);
    await other.getByRole('button', { name: 'Als mijn eigen matrix bewaren' }).click();
    await expect(other.getByText('Bewaard als jouw matrix in deze browser.')).toBeVisible();
    expect(await other.evaluate((k) => localStorage.getItem(k), STORE)).toContain('Schade_melden,3.1,9,9000');
    expect(errors).toEqual([]);
    await fresh.close();
  });

  test('works with the keyboard only, from empty to a shared link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() || (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label') || '');
    for (let i = 0; i < 60 && (await focused()) !== 'Leeg beginnen'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Focus lands in the new row's name.
    await expect(im(page).cell(1, 'Naam')).toBeFocused();
    for (const [i, row] of [['Schade melden', '3,1', '9', '4000'], ['Opzeggen', '2,6', '8', '1200']].entries()) {
      for (const [j, value] of row.entries()) {
        await page.keyboard.type(value);
        if (j < 3) await page.keyboard.press('Tab');
      }
      if (i === 0) {
        // Tab past the row buttons to "Contactmoment toevoegen".
        for (let k = 0; k < 10 && (await focused()) !== 'Contactmoment toevoegen'; k++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(im(page).cell(2, 'Naam')).toBeFocused();
      }
    }
    await expect(im(page).bubbles).toHaveCount(2);
    // Alt + arrow up moves the row; focus stays in the cell.
    await page.keyboard.press('Alt+ArrowUp');
    await expect(im(page).cell(1, 'Volume')).toBeFocused();
    await expect(im(page).cell(1, 'Naam')).toHaveValue('Opzeggen');
    for (let k = 0; k < 80 && (await focused()) !== 'Kopieer link'; k++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Link gekopieerd. Plak hem in een mail of chat.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/impactmatrix\/#im1;p=Opzeggen,2.6,8,1200;p=Schade_melden,3.1,9,4000;e$/);
  });

  test('a cell with a bad value says row, field and range, and keeps the rest', async ({ page }) => {
    await example(page);
    const p = im(page);
    await p.cell(2, 'Impact').fill('12');
    await expect(page.getByText('Rij 2, impact: 12 kan niet. Vul een getal in van 0 tot 10.')).toBeVisible();
    await expect(p.cell(2, 'Impact')).toHaveAttribute('aria-invalid', 'true');
    await p.cell(3, 'Tevredenheid').fill('goed');
    await expect(page.getByText('Rij 3, tevredenheid: “goed” is geen getal. Vul een getal in van 1 tot 5.')).toBeVisible();
    await expect(page.getByText('2 cellen kloppen nog niet.', { exact: false })).toBeVisible();
    await expect(p.bubbles).toHaveCount(8);
    await expect(p.rows).toHaveCount(8);
    await expectNoAxeViolations(page);
  });

  test('a garbage link opens what can be read and lists what was dropped', async ({ page }) => {
    await open(page, `${PATH}#im1;m=zzz;x=99;zoom=3;p=Goed,4,5,100;p=Kapot%E0%A4,1,1;p=Slecht,9,abc,-5`);
    await expect(page.getByText('Niet alles uit de link kon worden gelezen. De rest staat hieronder.')).toBeVisible();
    for (const line of [
      'De link is niet compleet: het einde ontbreekt.',
      'Onbekend deel “zoom=3” overgeslagen.',
      'Tevredenheidsmaat “zzz” is onbekend. We gebruiken CSAT.',
      'Contactmoment 3 (Slecht): tevredenheid en impact en volume ontbrak of was niet leesbaar.',
    ]) {
      await expect(page.getByText(line, { exact: false })).toBeVisible();
    }
    await expect(im(page).rows).toHaveCount(3);
    await expect(im(page).bubbles).toHaveCount(1);
    await expectNoAxeViolations(page);

    await open(page, `${PATH}#im7;p=Nieuw,4,5,100;kleur=rood;e`);
    await expect(page.getByText('Deze matrix komt uit een nieuwere versie van de impactmatrix (versie 7).', { exact: false })).toBeVisible();
    await expect(im(page).bubbles).toHaveCount(1);
    // Something after # that is no matrix is ignored.
    await page.goto('about:blank');
    await open(page, `${PATH}#main`);
    await expect(page.getByRole('heading', { name: 'Nog geen contactmomenten' })).toBeVisible();
  });

  test('100 touchpoints, long names, markup and emoji in names, identical values and zero volume render safely', async ({ page }) => {
    // axe over 400 inputs and 100 bubbles takes a while on a slow machine.
    test.setTimeout(240_000);
    const long = 'Heel lang contactmoment '.repeat(9).slice(0, 200);
    const rows = Array.from({ length: 100 }, (_, i) => {
      const name = i === 0 ? '<script>alert(1)</script>' : i === 1 ? '🚗 Schade 🚑 melden' : i === 2 ? long : `Moment ${i + 1}`;
      return `${name}\t3,5\t5\t0`;
    });
    await page.addInitScript(() => {
      (window as unknown as { alerted: boolean }).alerted = false;
      window.alert = () => ((window as unknown as { alerted: boolean }).alerted = true);
    });
    await open(page);
    await im(page).paste.fill(rows.join('\n'));
    await im(page).pasteButton.click();
    await expect(im(page).rows).toHaveCount(100);
    await expect(im(page).bubbles).toHaveCount(100);
    await expect(page.getByText('Alle volumes zijn 0: alle bollen zijn even groot.')).toBeVisible();
    await expect(page.getByText('Je hebt 100 contactmomenten: meer kan niet.', { exact: false }).first()).toBeVisible();
    await expect(im(page).data.getByRole('rowheader', { name: '<script>alert(1)</script>' })).toBeVisible();
    await expect(im(page).data.getByRole('rowheader', { name: '🚗 Schade 🚑 melden' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { alerted: boolean }).alerted)).toBe(false);
    // The 101st: the paste report and the add button say the maximum.
    await im(page).paste.fill('Nog een\t4\t5\t6');
    await im(page).pasteButton.click();
    await expect(im(page).report).toContainText('de matrix zit vol (100 contactmomenten)');
    await page.getByRole('button', { name: 'Contactmoment toevoegen' }).click();
    await expect(page.locator('.im-status-bar')).toContainText('Je hebt 100 contactmomenten: meer kan niet.');
    await expect(im(page).rows).toHaveCount(100);
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page);
  });

  for (const [what, path] of [
    ['the start page', PATH],
    ['a shared link', `${PATH}#im1;m=ces;p=Makkelijk,1.5,5,100;p=Moeilijk,6,5,100;e`],
  ]) {
    test(`nothing moves while ${what} loads on a phone`, async ({ page }) => {
      await page.setViewportSize(VIEWPORTS.phone390);
      await watchLayoutShifts(page);
      await open(page, path);
      if (path !== PATH) await expect(page.locator('.im-results .im-bubble')).toHaveCount(2);
      await page.waitForTimeout(500);
      expect(await layoutShift(page)).toBe(0);
    });
  }

  test('a shared link whose table cannot load (offline, not stored) says so', async ({ page, guard }) => {
    guard.allow(/net::ERR_INTERNET_DISCONNECTED/); // the blocked file's failed request, on purpose
    await page.route('**/_astro/Workspace*.js', (r) => r.abort('internetdisconnected'));
    await go(page, `${PATH}#im1;m=ces;p=Makkelijk,1.5,5,100;p=Moeilijk,6,5,100;e`);
    await expect(page.getByRole('status').filter({ hasText: 'De tabel en de matrix konden niet laden.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Contactmomenten' })).toBeVisible();
  });

  test('CES is drawn with less effort to the right, and the page says so', async ({ page }) => {
    await open(page, `${PATH}#im1;m=ces;p=Makkelijk,1.5,5,100;p=Moeilijk,6,5,100;e`);
    await expect(page.getByText(/Bij CES is een lage score goed\. We draaien die as om/).first()).toBeVisible();
    // The chart draws after that text: wait for its two labels before measuring.
    await expect(page.locator('.im-results .im-label')).toHaveCount(2);
    const x = await page.locator('.im-results .im-bubble').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
    const names = await page.locator('.im-results .im-label').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['1 Makkelijk', '2 Moeilijk']));
    expect(x[0]).not.toBe(x[1]);
    const byName = await page.locator('.im-results .im-bubble').evaluateAll((els) => els.map((e) => e.getAttribute('class')));
    expect(byName).toEqual(expect.arrayContaining([expect.stringContaining('grow')]));
  });

  test('exports CSV and JSON, and opens the JSON again', async ({ page }) => {
    await example(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV (Excel)' }).click()]);
    expect(csv.suggestedFilename()).toBe('impactmatrix-voorbeeld-verzonnen-verzekeraar.csv');
    const csvText = (await (await csv.createReadStream()).toArray()).join('');
    expect(csvText).toContain('Schade melden;3,1;9;4000;Eerst verbeteren;100');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const path = await json.path();
    await page.getByRole('button', { name: 'Tabel leegmaken' }).click();
    await expect(page.getByRole('heading', { name: 'Nog geen contactmomenten' })).toBeVisible();
    await page.getByLabel('JSON-bestand openen').setInputFiles(path);
    await expect(im(page).rows).toHaveCount(8);
    await page.getByLabel('JSON-bestand openen').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{kapot') });
    await expect(page.getByText('Dit bestand is geen leesbare JSON.')).toBeVisible();
    await expect(im(page).rows).toHaveCount(8);
  });

  test('removing a row can be undone', async ({ page }) => {
    await example(page);
    await page.getByRole('button', { name: 'Rij 3 verwijderen' }).click();
    await expect(im(page).rows).toHaveCount(7);
    await expect(page.getByText('Rij 3 (Schade melden) is verwijderd.')).toBeVisible();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(im(page).rows).toHaveCount(8);
    await expect(im(page).cell(3, 'Naam')).toHaveValue('Schade melden');
  });

  test('corrupt or unavailable storage never breaks the tool', async ({ page }) => {
    await page.addInitScript((k) => localStorage.setItem(k, '{kapot'), STORE);
    await open(page);
    await expect(page.getByRole('heading', { name: 'Nog geen contactmomenten' })).toBeVisible();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await expect(im(page).bubbles).toHaveCount(8);
    await expect(page.getByText(/^Bewaren lukt niet in deze browser/)).toBeVisible();
  });

  test('prints on one A4 page with the link written out', async ({ page }) => {
    await example(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.im-print-only')).toContainText(/impactmatrix\/#im1;/);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });

  for (const name of ['xga', 'fullhd', 'uhd'] as const) {
    test(`the meeting view fits ${VIEWPORTS[name].width}×${VIEWPORTS[name].height} without scrolling, with a QR code of the link`, async ({ page }) => {
      await page.setViewportSize(VIEWPORTS[name]);
      await example(page);
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      const button = page.getByRole('button', { name: 'Presenteer in een vergadering' });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Voorbeeld: verzonnen verzekeraar' });
      await expect(dialog).toBeVisible();
      // The shared meeting view (src/components/meeting) loads only now.
      expect(scripts.some((s) => /MeetingView|MeetingHost/.test(s))).toBe(true);
      await expect(dialog.locator('.im-bubble')).toHaveCount(8);
      await expect(dialog).toContainText('Eerst aanpakken: 1. Schade melden');
      const qr = dialog.getByRole('img', { name: 'QR-code met de link naar deze matrix' });
      await expect(qr).toBeVisible();
      await expect(dialog).toContainText(/impactmatrix\/#im1;t=Voorbeeld/);
      await page.waitForTimeout(300);
      expect(await verticalOverflow(page, '.meeting')).toBe(0);
      expect(await clippedElements(page, '.meeting')).toEqual([]);
      expect(await brokenFigures(page, '.meeting')).toEqual([]);
      expect(await smallestFontSize(page, '.meeting .im-chart')).toBeGreaterThanOrEqual(14);
      if (name === 'xga') await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }

  test('a matrix too long for a QR code says so in the meeting view', async ({ page }) => {
    const rows = Array.from({ length: 100 }, (_, i) => `Contactmoment nummer ${i + 1}\t${(1 + (i % 40) / 10).toFixed(1).replace('.', ',')}\t${i % 11}\t${100 + i * 37}`);
    await open(page);
    await im(page).paste.fill(rows.join('\n'));
    await im(page).pasteButton.click();
    await expect(im(page).bubbles).toHaveCount(100);
    await expect(page.getByText(/Deze link is [\d.]+ tekens lang\./)).toBeVisible();
    await page.getByRole('button', { name: 'Presenteer in een vergadering' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('img', { name: 'QR-code met de link naar de impactmatrix' })).toBeVisible();
    await expect(dialog).toContainText('Deze matrix is te groot voor een QR-code');
    expect(await verticalOverflow(page, '.meeting')).toBe(0);
  });

  for (const name of ['phone360', 'xga', 'fullhd'] as const) {
    test(`the example fits a ${VIEWPORTS[name].width}×${VIEWPORTS[name].height} screen: no clipped boxes or broken figures`, async ({ page }) => {
      await page.setViewportSize(VIEWPORTS[name]);
      await example(page);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await clippedElements(page, '.im')).toEqual([]);
      expect(await brokenFigures(page, '.im')).toEqual([]);
    });
  }
});

test.describe('finding the tool', () => {
  for (const query of ['impactmatrix', 'contactmomenten prioriteren', 'touchpoints']) {
    test(`search finds the impactmatrix (a Tool) for "${query}"`, async ({ page }) => {
      await go(page, `/zoeken/?q=${encodeURIComponent(query)}`);
      const main = page.locator('main');
      await expect(main.locator('.search-panel')).toHaveAttribute('data-rendered-query', query, { timeout: 15_000 });
      const hit = main.locator('li.search-hit', { has: page.locator('a.search-hit__link[href$="/impactmatrix/"]') });
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('.search-hit__type')).toHaveText('Tool');
    });
  }

  test('the header and the home page link to the tool', async ({ page }) => {
    await go(page, '/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Impactmatrix' })).toHaveAttribute('href', /\/impactmatrix\/$/);
    await expect(page.locator('main').getByRole('link', { name: 'Impactmatrix' })).toHaveAttribute('href', /\/impactmatrix\/$/);
  });
});

test.describe('impactmatrix without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the invented example as a picture and a table, and says the tool needs JavaScript', async ({ page }) => {
    await go(page, PATH);
    await expect(page.getByText(/^De impactmatrix werkt alleen met JavaScript\./)).toBeVisible();
    const section = page.getByRole('region', { name: 'Voorbeeld: een verzonnen verzekeraar' });
    await expect(section.getByRole('img', { name: /Impactmatrix met 8 contactmomenten/ })).toBeVisible();
    await expect(section.locator('.im-bubble')).toHaveCount(8);
    await expect(section.getByRole('table')).toContainText('Schade melden');
    await expect(page.getByRole('heading', { name: 'Contactmomenten' })).toBeHidden();
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  });
});
