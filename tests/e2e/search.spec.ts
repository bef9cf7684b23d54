/**
 * Search (issue 6): the header dialog and /zoeken/ against the built site, in Chromium.
 * Pages that prove stemming and compound splitting are picked from the built HTML, so the
 * tests keep meaning the same thing while the content grows.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';

const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** Lower-case text of the part of a built page that Pagefind indexes (null when it is not indexed). */
function indexedText(path: string): string | null {
  const html = readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8');
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return null;
  const end = html.indexOf('</main>', start);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase();
}

/** Site paths of a section's detail pages whose indexed text passes `keep`. */
function pagesWhere(section: string, keep: (text: string) => boolean): string[] {
  return readdirSync(join(OUT_DIR, section), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/${section}/${d.name}/`)
    .filter((p) => {
      const text = indexedText(p);
      return text !== null && keep(text);
    });
}

/** The search UI in the dialog or on /zoeken/: one place for the selectors. */
class Search {
  constructor(
    readonly page: Page,
    readonly scope = page.getByRole('dialog', { name: 'Zoeken' }),
  ) {}
  static page(page: Page) {
    return new Search(page, page.locator('main'));
  }
  get box() {
    return this.scope.getByRole('searchbox');
  }
  get status() {
    return this.scope.getByRole('status');
  }
  get results() {
    return this.scope.locator('.search-results');
  }
  /** Title links of the results, in order. */
  get titles() {
    return this.results.locator('a.search-hit__link');
  }
  chip(type: string) {
    return this.scope.getByRole('group', { name: 'Soort' }).getByRole('button', { name: new RegExp(`^✓?\\s*${type}\\b`) });
  }
  /** Waits until the results for exactly this query are on screen. */
  async rendered(query: string) {
    await expect(this.scope.locator('.search-panel')).toHaveAttribute('data-rendered-query', query, { timeout: 15_000 });
  }
  async search(query: string) {
    await this.box.fill(query);
    await this.rendered(query);
  }
  /** Pathnames of all results (clicks "Meer resultaten" until everything is shown). */
  async allPaths(): Promise<string[]> {
    const more = this.scope.getByRole('button', { name: 'Meer resultaten' });
    for (let i = 0; i < 30 && (await more.isVisible()); i++) {
      const before = await this.titles.count();
      await more.click();
      await expect.poll(() => this.titles.count()).toBeGreaterThan(before);
    }
    const hrefs = await this.titles.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return hrefs;
  }
}

async function openWithShortcut(page: Page, path = '/kennisbank/business-case/') {
  await go(page, path);
  await page.keyboard.press('Control+k');
  const search = new Search(page);
  await expect(search.scope).toBeVisible();
  await expect(search.box).toBeFocused();
  return search;
}

test.describe('search dialog', () => {
  test('loads nothing for search before it is used; Ctrl+K opens it and typing finds results', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await go(page, '/kennisbank/business-case/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => /\/pagefind\/|\/_astro\/ui-|search.*\.css/.test(p)), 'search assets before use').toEqual([]);

    await page.keyboard.press('Control+k');
    const search = new Search(page);
    await expect(search.scope).toBeVisible();
    await expect(search.box).toBeFocused();
    await page.keyboard.type('klantreis');
    await search.rendered('klantreis');
    await expect(search.status).toContainText(/\d+ resultaten? voor “klantreis”/);
    expect(await search.titles.count()).toBeGreaterThan(0);
    await expect(search.results.locator('mark').first()).toBeVisible();
    expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('"/" opens search too, but not while typing in a field', async ({ page }) => {
    await go(page, '/begrippen/');
    await page.keyboard.press('/');
    const search = new Search(page);
    await expect(search.box).toBeFocused();
    await expect(search.box).toHaveValue(''); // the slash itself is not typed
    await page.keyboard.press('Escape');
    await expect(search.scope).toBeHidden();

    // On /zoeken/ the field is a normal text field: "/" is a character there.
    await go(page, '/zoeken/');
    const field = Search.page(page).box;
    await field.click();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Dutch stemming: "organisaties" finds a page that only says "organisatie"', async ({ page }) => {
    const only = pagesWhere('kennisbank', (t) => /\borganisatie\b/.test(t) && !/\borganisaties\b/.test(t));
    expect(only.length, 'a guide that says "organisatie" but never "organisaties"').toBeGreaterThan(0);
    const search = await openWithShortcut(page);
    await search.chip('Gids').click();
    await search.search('organisaties');
    const paths = await search.allPaths();
    expect(paths).toContain(only[0]);
  });

  test('compound parts: "vlieg" finds the Bromvlieg book first, "beleving" finds klantbeleving pages, "reis" finds klantreis', async ({ page }) => {
    const search = await openWithShortcut(page);

    await search.search('vlieg');
    const top = await search.titles.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top).toContain('/boeken/het-bromvlieg-effect/');
    // The part is marked inside the compound; the hidden parts block never shows.
    const book = search.results.locator('li', { has: page.locator('a[href$="/boeken/het-bromvlieg-effect/"]') }).first();
    await expect(book.locator('.search-hit__link mark')).toHaveText(/^vlieg$/i);
    await expect(search.scope).not.toContainText('⁂');

    // A guide that says "klantbeleving" but never "beleving" on its own.
    const compoundOnly = pagesWhere('kennisbank', (t) => /klantbeleving/.test(t) && !/(^|[^a-z])belev/.test(t));
    await search.search('beleving');
    const paths = await search.allPaths();
    if (compoundOnly.length) expect(paths).toContain(compoundOnly[0]);
    else expect(paths.length).toBeGreaterThan(0);
    await expect(search.results.locator('mark', { hasText: /^beleving$/ }).first()).toBeVisible();
    await expect(search.scope).not.toContainText('⁂');

    await search.search('reis');
    await expect(search.results.locator('mark').first()).toBeVisible();
    const texts = await search.results.innerText();
    expect(texts.toLowerCase()).toContain('klantreis');
  });

  test('a type filter narrows the results', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('klantreis');
    const all = await search.allPaths();
    await search.chip('Begrip').click();
    await expect(search.chip('Begrip')).toHaveAttribute('aria-pressed', 'true');
    await search.rendered('klantreis');
    await expect(search.status).toContainText(/van \d+ resultaten voor/);
    const filtered = await search.allPaths();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const p of filtered) expect(p).toMatch(/\/begrippen\//);
    await expect(search.results.locator('.search-hit__type').filter({ hasNotText: 'Begrip' })).toHaveCount(0);
  });

  test('a sub-result deep-links to its heading', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('klantbelofte');
    const sub = search.results.locator('a.search-hit__sub').first();
    await expect(sub).toBeVisible();
    const href = await sub.getAttribute('href');
    expect(href).toMatch(/#.+/);
    const id = decodeURIComponent(href!.split('#')[1]!);
    await sub.click();
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('arrow keys move through results and Enter opens one', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('vlieg');
    const links = search.results.locator('a');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(search.box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = new URL((await links.nth(0).getAttribute('href'))!, page.url()).pathname;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('Escape closes the dialog and gives focus back', async ({ page }) => {
    await go(page, '/kennisbank/business-case/');
    const button = page.getByRole('banner').getByRole('button', { name: 'Zoeken' });
    await button.click();
    const search = new Search(page);
    await expect(search.box).toBeFocused();
    await search.box.fill('nps'); // Escape closes even with text in the field
    await page.keyboard.press('Escape');
    await expect(search.scope).toBeHidden();
    await expect(button).toBeFocused();

    // Opened by shortcut from a link: focus returns to that link.
    const crumb = page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').first();
    await crumb.focus();
    await page.keyboard.press('Control+k');
    await expect(search.box).toBeFocused();
    await page.keyboard.press('Tab'); // focus stays inside the modal dialog
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(crumb).toBeFocused();
  });

  test('helpful empty and no-result states, and a link to the search page', async ({ page }) => {
    const search = await openWithShortcut(page);
    await expect(search.scope.getByRole('link', { name: 'begrippenlijst' })).toBeVisible();
    await search.scope.getByRole('button', { name: 'NPS' }).click();
    await search.rendered('NPS');
    expect(await search.titles.count()).toBeGreaterThan(0);

    await search.search('qqqq');
    await expect(search.status).toHaveText('Niets gevonden voor “qqqq”.');
    await expect(search.scope.getByRole('link', { name: 'begrippenlijst' })).toHaveAttribute('href', /\/begrippen\/$/);

    await search.search('contactreductie');
    const full = search.scope.getByRole('link', { name: 'Open de zoekpagina' });
    await expect(full).toHaveAttribute('href', /\/zoeken\/\?q=contactreductie$/);
  });

  test('axe: no violations with the dialog open, light and dark', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('klantreis');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await search.search('vlieg');
    await expectNoAxeViolations(page);
  });

  test('screenshots at 1280 and 320 px', async ({ page }, info) => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const search = await openWithShortcut(page);
      await search.search('klantreis');
      // Nothing sticks out sideways at 320 px.
      const overflow = await page.evaluate(() => {
        const d = document.querySelector('dialog[open]')!;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`search-dialog-${width}.png`) });
    }
  });
});

test.describe('typos, excerpts and the tools (issue 17)', () => {
  test('a misspelled word finds the word the site uses: "klantrijs" puts the klantreis pages first, with "Bedoelde je …?"', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('klantrijs');
    const suggestion = search.scope.locator('.search-suggest');
    await expect(suggestion).toContainText('Bedoelde je klantreis?');
    await expect(search.status).toContainText(/\d+ resultaten voor “klantreis”/);
    const titles = await search.titles.allInnerTexts();
    expect(titles.slice(0, 3).every((t) => /klantreis|customer journey/i.test(t)), titles.slice(0, 3).join(' | ')).toBe(true);
    await expect(search.results.locator('mark', { hasText: /^klantreis$/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The way back: exactly what was typed, and the correction offered as a button.
    await suggestion.getByRole('button', { name: 'Zoek toch op “klantrijs”' }).click();
    await expect(search.box).toBeFocused();
    await expect(search.status).toContainText('“klantrijs”');
    const use = suggestion.getByRole('button', { name: 'klantreis' });
    await expect(suggestion).toContainText('Bedoelde je klantreis?');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await use.click();
    await expect(search.box).toHaveValue('klantreis');
    await search.rendered('klantreis');
    await expect(suggestion).toHaveCount(0);
  });

  test('"omnichanel" finds omnichannel; a word the site has gets no suggestion; nonsense still says nothing was found', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('omnichanel');
    await expect(search.titles.first()).toHaveText(/omnichannel/i);
    await expect(search.scope.locator('.search-suggest')).toContainText('Bedoelde je omnichannel?');
    await search.search('omnichannel');
    await expect(search.scope.locator('.search-suggest')).toHaveCount(0);
    await search.search('qqqqqqqq');
    await expect(search.status).toHaveText('Niets gevonden voor “qqqqqqqq”.');
    await expect(search.scope.locator('.search-suggest')).toHaveCount(0);
  });

  test('table cells do not run together in excerpts', async ({ page }) => {
    const search = await openWithShortcut(page);
    await search.search('saldo');
    const hit = search.results.locator('li.search-hit', { has: page.locator('a[href$="/klantwaarde/"]') }).first();
    await expect(hit).toContainText(/Per saldo/i);
    expect(await hit.innerText()).not.toMatch(/aanbevelenPer|saldoOntevreden|klantWinst|jaarJaren|klantSoort/);
  });

  test('the search UI bundles no dictionary: its strings come from the page', async ({ page }) => {
    const bundles = readdirSync(join(OUT_DIR, '_astro')).filter((f) => /^(ui-|index\.astro_astro_type_script).*\.js$/.test(f));
    expect(bundles.length).toBeGreaterThan(0);
    for (const f of bundles) expect(readFileSync(join(OUT_DIR, '_astro', f), 'utf8'), f).not.toContain('Waar ben je naar op zoek');
    const search = await openWithShortcut(page);
    await expect(search.scope.getByText('Waar ben je naar op zoek?')).toBeVisible();
  });

  // The Impactmatrix page is built by its own branch; these run once it is in the build.
  for (const query of ['impactmatrix', 'contactmomenten prioriteren', 'touchpoints']) {
    test(`"${query}" finds the Impactmatrix tool`, async ({ page }) => {
      test.skip(!existsSync(join(OUT_DIR, 'impactmatrix', 'index.html')), 'no /impactmatrix/ page in this build yet');
      const search = await openWithShortcut(page);
      await search.search(query);
      const paths = await search.allPaths();
      expect(paths.slice(0, 5), paths.join(', ')).toContain('/impactmatrix/');
    });
  }
});

test.describe('search page', () => {
  test('/zoeken/?q= shows results on load and keeps the URL in step', async ({ page }) => {
    await go(page, '/zoeken/?q=klantbelofte');
    const search = Search.page(page);
    await expect(search.box).toHaveValue('klantbelofte');
    await search.rendered('klantbelofte');
    expect(await search.titles.count()).toBeGreaterThan(0);
    await search.search('nps');
    await expect(page).toHaveURL(/\/zoeken\/\?q=nps$/);
    await search.chip('Begrip').click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=nps&type=Begrip$/);
    await expectNoAxeViolations(page);
  });

  test('/zoeken/ loads Pagefind only when you start: typing then finds results', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await go(page, '/zoeken/');
    const search = Search.page(page);
    await expect(search.box).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('/pagefind/')), 'Pagefind before use').toEqual([]);
    // The type chips are there already, without counts yet.
    await expect(search.chip('Begrip')).toBeEnabled();

    await page.keyboard.type('klantreis');
    await search.rendered('klantreis');
    expect(await search.titles.count()).toBeGreaterThan(0);
    expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(search.chip('Begrip')).toHaveText(/Begrip\s*\d+/);
  });

  test('/zoeken/: a type chosen before Pagefind has loaded lists that type', async ({ page }) => {
    await go(page, '/zoeken/');
    const search = Search.page(page);
    await search.chip('Boek').click();
    await expect(page).toHaveURL(/\/zoeken\/\?type=Boek$/);
    await search.rendered('');
    const paths = await search.allPaths();
    expect(paths.length).toBeGreaterThan(1);
    for (const p of paths) expect(p).toMatch(/\/boeken\//);
  });

  test('?type= alone lists all pages of that type', async ({ page }) => {
    await go(page, '/zoeken/?type=Boek');
    const search = Search.page(page);
    await search.rendered('');
    await expect(search.status).toContainText(/\d+ pagina’s van deze soort/);
    const paths = await search.allPaths();
    expect(paths.length).toBeGreaterThan(1);
    for (const p of paths) expect(p).toMatch(/\/boeken\//);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a link to /zoeken/, which explains and links the overviews', async ({ page }) => {
    await go(page, '/kennisbank/business-case/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Zoeken' }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/zoeken\/$/);
    await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
    for (const name of ['Begrippen van A tot Z', 'Kennisbank met gidsen', 'Boeken', 'Podcasts']) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
