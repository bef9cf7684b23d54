/**
 * The zelfscan over time: every completed scan kept with its date ("Jouw eerdere scans"), a
 * second scan beside the first, the comparison (also as a link in a fresh context), targets,
 * notes, the history as a file read back in another browser, and bad input: a damaged entry,
 * storage that refuses, files that are not ours. Keyboard-only where a person would; axe in
 * every new state. Screenshots go to test-results/zelfscan-history/ for review.
 */
import { readFileSync } from 'node:fs';
import { encodeLink, scanCode } from '../../src/lib/zelfscan/share';
import { emptyNotes, emptyTargets, type Answers } from '../../src/lib/zelfscan/types';
import { expect, expectNoAxeViolations, test, type Page } from './helpers';
import { brokenFigures, clippedElements } from './layout';
import { answers, HISTORY_KEY, Scan, SHAPE, statements, STORAGE_KEY } from './zelfscan-page';

const SHOTS = 'test-results/zelfscan-history';
const FIRST = '2222 2222 3333 3333 1111 2222';
const SECOND = '2234 2222 3332 3333 1111 5222';

/** A stored history entry. */
const entry = (id: string, date: string, items: string, name = '', targets = emptyTargets(SHAPE)) => ({
  id,
  date,
  name,
  code: scanCode(SHAPE, { answers: answers(items), targets, notes: emptyNotes(SHAPE) }),
});
const historyOf = (...scans: unknown[]) => JSON.stringify({ v: 1, scans });
/** The current scan, at the result, as entry `id` of the history. */
const current = (items: string, id: string) => JSON.stringify({ v: 2, code: scanCode(SHAPE, { answers: answers(items), targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) }), step: 7, entry: id });

const panel = (page: Page) => page.getByRole('region', { name: 'Jouw eerdere scans' });
const rows = (page: Page) => panel(page).locator('.zs-history__item');

test.describe('zelfscan history', () => {
  test('take the scan twice, keep both, compare them, set targets, share the comparison into a fresh context', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const scan = new Scan(page);
    await scan.open();
    await scan.start.click();
    await scan.answerAll(FIRST);
    await scan.resultReady();
    // Kept with its date, as the current scan.
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('huidige scan');
    await expect(rows(page).first()).toContainText(/Scan van \d{1,2} [a-z]+ \d{4}/);
    await expectNoAxeViolations(page);

    // Name it.
    await rows(page).first().getByRole('button', { name: /Naam wijzigen/ }).click();
    await page.getByLabel('Naam van deze scan').fill('nulmeting');
    await page.getByRole('button', { name: 'Bewaar naam' }).click();
    await expect(rows(page).first()).toContainText('nulmeting');

    // A new scan from these answers: the first stays.
    await page.getByRole('button', { name: 'Nieuwe scan beginnen' }).click();
    await expect(page.getByText('Je uitslag blijft bewaard bij Jouw eerdere scans.')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Begin met deze antwoorden' }).click();
    await expect(scan.heading).toContainText('Onderdeel 1 van 6');
    await expect(scan.group(statements[0]!).locator('input[value="2"]')).toBeChecked();
    await scan.answerAll(SECOND);
    await scan.resultReady();
    await expect(rows(page)).toHaveCount(2);
    const stored = JSON.parse((await scan.stored(HISTORY_KEY))!);
    expect(stored.scans.map((s: { name: string }) => s.name)).toEqual(['nulmeting', '']);
    expect(stored.scans[0].code).toBe(scanCode(SHAPE, { answers: answers(FIRST), targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) }));

    // Targets: on the radar, in the table, in the stored scan.
    const targets = page.getByRole('region', { name: 'Waar wil je over 12 maanden staan?' });
    await targets.getByLabel(/Strategie & leiderschap/).selectOption('4');
    await targets.getByLabel(/Kanalen & technologie/).selectOption('3');
    await expect(page.locator('.zs-dims polygon.zs-radar__target')).toHaveCount(1);
    const table = page.getByRole('table', { name: 'Score en niveau per onderdeel' });
    await expect(table.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('Doel: niveau 4');
    await expect(table.getByRole('row', { name: /Klantinzicht/ })).toContainText('Doel: geen');
    await expect.poll(async () => JSON.parse((await scan.stored(STORAGE_KEY))!).code).toContain('.2.t4----3');
    // The advice lists every step up to the target.
    await page.locator('.zs-all__dim summary').first().click();
    await expect(page.locator('.zs-all__dim').first().locator('.zs-advice__to').first()).toHaveText('Naar niveau 3');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/result-targets.png`, fullPage: true });

    // Compare: the earlier (nulmeting) with the later.
    const pick = panel(page);
    await expect(pick.getByLabel('Eerder')).toHaveValue(/^e/);
    await expect(pick.getByLabel('Eerder').locator('option:checked')).toContainText('nulmeting');
    await pick.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await expect(scan.heading).toHaveText(/^nulmeting → Scan van /);
    await expect(scan.heading).toBeFocused();
    const cmp = page.getByRole('table', { name: 'Score per onderdeel, eerder en later, met het verschil' });
    await expect(cmp.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('2,0');
    await expect(cmp.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('2,8');
    await expect(cmp.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('+0,8 hoger');
    await expect(cmp.getByRole('row', { name: /Klantinzicht/ })).toContainText('0,0 gelijk');
    await expect(page.getByRole('heading', { name: 'Hoger (3)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lager (1)' })).toBeVisible();
    await expect(page.locator('.zs-compare polygon.zs-radar__before')).toHaveCount(1);
    await expect(page.locator('.zs-compare polygon.zs-radar__target')).toHaveCount(1);
    await expect(page.locator('.zs-compare__advice')).toContainText('Advies bij elk veranderd antwoord (4)');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/compare.png`, fullPage: true });
    const link = await page.getByLabel('Link naar deze vergelijking').inputValue();
    expect(link).toMatch(/#v1\.000\.\d{24}\.2\.t4----3\.d\d{8}\.c000\d{24}\.D\d{8}\.Lnulmeting$/);
    const tableText = await cmp.innerText();

    // The browser's Back leaves the comparison for the result.
    await page.goBack();
    await expect(scan.heading).toHaveText('Jouw uitslag');

    // The comparison link in a fresh context: the same comparison, someone else's wording.
    const other = await browser.newContext({ baseURL: baseURL! });
    const p2 = await other.newPage();
    await p2.goto(link);
    await expect(p2.locator('#zs-step-title')).toHaveText(/^nulmeting → Scan van /);
    await expect(p2.getByText('Een vergelijking uit een gedeelde link.')).toBeVisible();
    expect(await p2.getByRole('table', { name: /eerder en later/ }).innerText()).toBe(tableText);
    await expect(p2.locator('.zs-compare__advice .zs-advice').first()).toBeAttached();
    await expectNoAxeViolations(p2);
    expect(await p2.evaluate((k) => localStorage.getItem(k), HISTORY_KEY)).toBeNull();
    await p2.getByRole('button', { name: 'Terug' }).first().click();
    await expect(p2.locator('#zs-step-title')).toHaveText('Eerst iets over jou');
    await other.close();
  });

  test('the history as one file: download it, read it in a second browser, never overwriting without asking', async ({ page, browser, baseURL }) => {
    const scan = new Scan(page);
    await scan.seed(historyOf(entry('a1', '2026-03-03', FIRST, 'nulmeting'), entry('b2', '2026-12-03', SECOND, '', [4, null, null, null, null, 3])), HISTORY_KEY);
    await scan.open();
    // On the start screen (no current scan): the list, and the way to the file.
    await expect(rows(page)).toHaveCount(2);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download je geschiedenis (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^zelfscan-geschiedenis-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ soort: 'zelfscan-geschiedenis', versie: 1, scans: [{ naam: 'nulmeting' }, { id: 'b2' }] });

    // Another computer: one scan of its own, and "b2" with another name.
    const other = await browser.newContext({ baseURL: baseURL! });
    const p2 = await other.newPage();
    const s2 = new Scan(p2);
    await s2.seed(historyOf(entry('z9', '2026-01-10', FIRST, 'eigen'), entry('b2', '2026-12-03', SECOND, 'anders', [4, null, null, null, null, 3])), HISTORY_KEY);
    await s2.open();
    await expect(rows(p2)).toHaveCount(2);
    // Files that are not a history say what they are; nothing changes.
    await p2.getByLabel('Lees een geschiedenis in (JSON-bestand)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"iets":"anders"}') });
    await expect(panel(p2).getByRole('status').filter({ hasText: 'Dit is geen bestand van de zelfscan' })).toBeVisible();
    await p2.getByLabel('Lees een geschiedenis in (JSON-bestand)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"versie": 1', '"versie": 7')) });
    await expect(panel(p2).getByRole('status').filter({ hasText: 'versie 7 van de zelfscan' })).toBeVisible();
    await p2.getByLabel('Lees een geschiedenis in (JSON-bestand)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('geen json') });
    await expect(panel(p2).getByRole('status').filter({ hasText: 'Dit bestand kunnen we niet lezen' })).toBeVisible();
    // A file someone sent, to compare with: it never enters the history.
    await p2.getByText('Vergelijk met een link of bestand van iemand anders').click();
    await p2.getByLabel('Kies een bestand').setInputFiles({ name: 'collega.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(p2.getByLabel('Later', { exact: true }).locator('option:checked')).toHaveText('Uit bestand: nulmeting');
    await expectNoAxeViolations(p2);
    expect(JSON.parse((await s2.stored(HISTORY_KEY))!).scans).toHaveLength(2);
    // The real file: first what it would do, then the visitor chooses.
    await p2.getByLabel('Lees een geschiedenis in (JSON-bestand)').setInputFiles({ name: 'geschiedenis.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const question = p2.getByText('In dit bestand: 2 scans. Nieuw: 1. Heb je al: 0. Heb je al, maar anders: 1.');
    await expect(question).toBeFocused();
    await expectNoAxeViolations(p2);
    expect(JSON.parse((await s2.stored(HISTORY_KEY))!).scans).toHaveLength(2);
    await p2.getByRole('button', { name: 'Voeg toe, houd bij verschil beide' }).click();
    await expect(panel(p2).getByRole('status').filter({ hasText: 'Ingelezen: 2 scans.' })).toBeVisible();
    await expect(rows(p2)).toHaveCount(4);
    const names = await rows(p2).locator('.zs-history__name strong').allInnerTexts();
    expect(names.sort()).toEqual(['anders', 'eigen', 'nulmeting', 'Scan van 3 december 2026'].sort());
    expect(JSON.parse((await s2.stored(HISTORY_KEY))!).scans).toHaveLength(4);
    // Reading the same file again adds nothing.
    await p2.getByLabel('Lees een geschiedenis in (JSON-bestand)').setInputFiles({ name: 'geschiedenis.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(p2.getByText('Nieuw: 0. Heb je al: 2.')).toBeVisible();
    await p2.getByRole('button', { name: 'Sluiten' }).click();
    await expect(rows(p2)).toHaveCount(4);
    await other.close();
  });

  test('a damaged entry is skipped with a notice; the others stay, and it is written back as it was', async ({ page }) => {
    const scan = new Scan(page);
    const broken = { id: 'kapot', date: '2026-05-01', code: 'v1.000.xyz' };
    const newer = { id: 'n1', date: '2027-01-01', code: `v1.000.${'3'.repeat(24)}.3.q` };
    await scan.seed(historyOf(entry('a1', '2026-03-03', FIRST, 'nulmeting'), broken, newer, entry('b2', '2026-12-03', SECOND)), HISTORY_KEY);
    await scan.seed(current(SECOND, 'b2'));
    await scan.open();
    await scan.resultReady();
    await expect(rows(page)).toHaveCount(2);
    await expect(panel(page).getByText('Niet getoond: 1 scan die we niet konden lezen.')).toBeVisible();
    await expect(panel(page).getByText('Niet getoond: 1 scan uit een nieuwere versie van de zelfscan.')).toBeVisible();
    await expectNoAxeViolations(page);
    // A change elsewhere in the history writes the damaged entries back untouched.
    await rows(page).nth(1).getByRole('button', { name: /Naam wijzigen/ }).click();
    await page.getByLabel('Naam van deze scan').fill('start');
    await page.keyboard.press('Enter');
    await expect(rows(page).nth(1)).toContainText('start');
    const stored = JSON.parse((await scan.stored(HISTORY_KEY))!);
    expect(stored.scans).toContainEqual(broken);
    expect(stored.scans).toContainEqual(newer);
    await page.reload();
    await scan.resultReady();
    await expect(rows(page)).toHaveCount(2);
    // The visitor may drop what cannot be read; what a newer version wrote stays.
    await page.getByRole('button', { name: 'Verwijder wat we niet konden lezen' }).click();
    await expect(panel(page).getByText('Niet getoond: 1 scan die we niet konden lezen.')).toHaveCount(0);
    const after = JSON.parse((await scan.stored(HISTORY_KEY))!);
    expect(after.scans).not.toContainEqual(broken);
    expect(after.scans).toContainEqual(newer);
  });

  test('storage that refuses: the history says it cannot be kept, and the scan still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('geblokkeerd', 'SecurityError');
      };
    });
    const scan = new Scan(page);
    await scan.open();
    await scan.start.click();
    await scan.answerAll(FIRST);
    await scan.resultReady();
    await expect(page.locator('.zs-overall__level')).toHaveText('Niveau 2: Starten');
    await expect(panel(page).getByText('Daarom kunnen we je scans niet bijhouden.')).toBeVisible();
    // In memory for this visit, and said so.
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Opnieuw beginnen' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('keyboard only: rename, compare and delete from the list', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(historyOf(entry('a1', '2026-03-03', FIRST, 'nulmeting'), entry('b2', '2026-06-10', SECOND, 'na pilot'), entry('c3', '2026-12-03', SECOND)), HISTORY_KEY);
    await scan.seed(current(SECOND, 'c3'));
    await scan.open();
    await scan.resultReady();
    const tabTo = async (name: RegExp | string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
        if (typeof name === 'string' ? label.trim() === name : name.test(label)) return;
      }
      throw new Error(`no focus on ${name}`);
    };
    await page.locator('#zs-history-title').evaluate((el) => (el as HTMLElement).scrollIntoView());
    await page.locator('#zs-actions-title').click(); // a starting point for Tab, just before the list
    await tabTo(/^Naam wijzigen\s+na pilot$/);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Naam van deze scan')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('na de pilot');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Naam wijzigen na de pilot' })).toBeFocused();
    await tabTo(/^Verwijder\s+na de pilot$/);
    await page.keyboard.press('Enter');
    await expect(page.getByText('‘na de pilot’ verwijderen?')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Nee, terug' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Verwijder na de pilot' })).toBeFocused();
    // Compare: choose "na de pilot" as the earlier one with the arrow keys.
    const earlier = page.getByLabel('Eerder', { exact: true });
    for (let i = 0; i < 40 && !(await earlier.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(earlier).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(earlier.locator('option:checked')).toHaveText('na de pilot (10 juni 2026)');
    await tabTo('Vergelijk');
    await page.keyboard.press('Enter');
    await expect(scan.heading).toHaveText('na de pilot → Scan van 3 december 2026');
    await expect(scan.heading).toBeFocused();
    await expectNoAxeViolations(page);
    await tabTo('Terug');
    await page.keyboard.press('Enter');
    await expect(scan.heading).toHaveText('Jouw uitslag');
    // An earlier scan opens read-only, with its date, and the way back.
    await tabTo(/^Bekijk\s+nulmeting$/);
    await page.keyboard.press('Enter');
    await expect(scan.heading).toHaveText('nulmeting');
    await expect(scan.heading).toBeFocused();
    await expect(page.getByText('Dit is een eerdere scan, van 3 maart 2026.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Waar wil je over 12 maanden staan?' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/entry.png`, fullPage: true });
    await page.getByRole('button', { name: 'Terug naar je huidige scan' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(scan.heading).toHaveText('Jouw uitslag');
    await expect(scan.heading).toBeFocused();
    // Delete the earliest for good.
    await page.getByRole('button', { name: 'Verwijder nulmeting' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('‘nulmeting’ verwijderen?')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ja, verwijder' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(2);
    await expect(page.locator('#zs-history-title')).toBeFocused();
    await expect(panel(page).getByRole('status').filter({ hasText: '‘nulmeting’ is verwijderd.' })).toBeVisible();
    expect(JSON.parse((await scan.stored(HISTORY_KEY))!).scans.map((x: { id: string }) => x.id)).toEqual(['b2', 'c3']);
  });

  test('notes: kept per answer, shown as text (never markup), in the downloads and the print, in a link only when chosen', async ({ page }) => {
    const scan = new Scan(page);
    await scan.open();
    await scan.start.click();
    const tail = `😀<img src=x onerror="document.title='hack'">`;
    const long = `${'Bewijs uit het NPS-rapport. '.repeat(72).slice(0, 2000 - tail.length)}${tail}`;
    expect(long).toHaveLength(2000);
    const first = scan.group(statements[0]!);
    await first.getByRole('radio').nth(2).check();
    await first.getByText('Notitie toevoegen').click();
    await first.getByLabel('Notitie bij deze vraag (mag leeg blijven)').fill(long);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(scan.group(statements[0]!).getByLabel('Notitie bij deze vraag (mag leeg blijven)')).toHaveValue(long);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await scan.progress.getByRole('button', { name: /Uitslag/ }).click();
    await expect(scan.heading).toHaveText('Jouw uitslag');
    await page.locator('.zs-all__dim summary').first().click();
    const shown = page.locator('.zs-all .zs-note-text').first();
    await expect(shown).toContainText(tail);
    await expect(page.locator('.zs-all img')).toHaveCount(0);
    expect(await page.title()).not.toBe('hack');
    // The link leaves notes out unless the visitor ticks the box, which says why.
    const link = page.getByLabel('Link naar deze uitslag');
    expect(await link.inputValue()).not.toContain('.n');
    await expect(page.getByText('Standaard niet: notities kunnen namen en opmerkingen bevatten')).toBeVisible();
    await page.getByLabel('Zet mijn notities in de link').check();
    expect(await link.inputValue()).toContain('.2.nBewijs');
    await expect(page.getByText(/Deze link is [\d.]+ tekens lang/)).toBeVisible();
    await expectNoAxeViolations(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('Bewijs uit het NPS-rapport.');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).onderdelen[0].antwoorden[0].notitie).toBe(long);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.zs-notes-print')).toBeVisible();
    await expect(page.locator('.zs-notes-print')).toContainText('Bewijs uit het NPS-rapport.');
  });

  test('links of every version: v1 links open as ever, a newer link format says so', async ({ page }) => {
    const scan = new Scan(page);
    const fixtures = JSON.parse(readFileSync('tests/unit/lib/zelfscan/fixtures/v1-links.json', 'utf8')).fixtures as { input: string; result: { ok: boolean; answers?: Answers } }[];
    const ok = fixtures.filter((f) => f.result.ok && f.input.startsWith('#v1.')).slice(0, 3);
    for (const f of ok) {
      await scan.open(f.input);
      await expect(scan.heading).toHaveText('Uitslag uit een gedeelde link');
      await expect(page.locator('.zs-scores')).toBeVisible();
      expect(await page.evaluate(() => location.hash)).toBe(f.input);
    }
    await scan.open(`#${encodeLink(SHAPE, { answers: answers(FIRST), targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) })}.9.z`);
    await expect(page.getByRole('status').filter({ hasText: 'nieuwere versie van de zelfscan dan deze pagina' })).toBeVisible();
    await expect(scan.heading).toHaveText('Eerst iets over jou');
  });

  test('a shared result with targets shows them, and can be compared with the visitor’s own latest scan', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(historyOf(entry('a1', '2026-03-03', FIRST, 'nulmeting')), HISTORY_KEY);
    const withTargets = encodeLink(SHAPE, { answers: answers(SECOND), targets: [5, 5, null, null, null, null], notes: emptyNotes(SHAPE) });
    await scan.open(`#${withTargets}`);
    await expect(page.getByRole('table', { name: 'Score en niveau per onderdeel' })).toContainText('Doel: niveau 5');
    await page.getByRole('button', { name: 'Vergelijk met nulmeting' }).click();
    await expect(scan.heading).toHaveText('nulmeting → Uitslag zonder datum');
    await expectNoAxeViolations(page);
  });
});

test.describe('zelfscan team view with targets', () => {
  test('the team’s targets next to its spread', async ({ page }) => {
    const link = (items: string, targets: (number | null)[]) =>
      `http://127.0.0.1/zelfscan/#${encodeLink(SHAPE, { answers: answers(items), targets, notes: emptyNotes(SHAPE) })}`;
    await page.goto('zelfscan/team/');
    await expect(page.getByRole('button', { name: 'Vergelijk' })).toBeEnabled();
    await page.getByLabel('Uitslaglinks, één per regel').fill([`Anna: ${link(FIRST, [4, null, null, null, null, null])}`, `Bas: ${link(SECOND, [3, 4, null, null, null, null])}`].join('\n'));
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    const dims = page.getByRole('table', { name: /Gemiddelde score, laagste en hoogste score/ });
    await expect(dims.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('Doel: 3,5 (3–4, 2×)');
    await expect(dims.getByRole('row', { name: /Klantinzicht/ })).toContainText('Doel: 4,0 (4, 1×)');
    await expect(page.locator('.zs-team polygon.zs-radar__target')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`zelfscan history and comparison, ${scheme}, on a phone`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 320, height: 640 } });
    test('no sideways scrolling, figures whole, axe passes', async ({ page }) => {
      const scan = new Scan(page);
      await scan.seed(historyOf(entry('a1', '2026-03-03', FIRST, 'Nulmeting met een lange naam voor het MT'), entry('b2', '2026-12-03', SECOND, '', [4, 3, 4, 4, 2, 5])), HISTORY_KEY);
      await scan.seed(current(SECOND, 'b2'));
      await scan.open();
      await scan.resultReady();
      const fits = async () => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        expect(await clippedElements(page, 'main')).toEqual([]);
        expect(await brokenFigures(page, 'main')).toEqual([]);
        await expectNoAxeViolations(page);
      };
      await fits();
      await panel(page).getByRole('button', { name: 'Vergelijk', exact: true }).click();
      await expect(page.locator('.zs-compare')).toBeVisible();
      await fits();
      await page.screenshot({ path: `${SHOTS}/compare-320-${scheme}.png`, fullPage: true });
    });
  });
}
