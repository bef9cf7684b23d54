/**
 * Zelfscan journeys in Chromium against the built site: the full scan by keyboard only, the
 * result and its level, resume after reload, back/forward, share links in a fresh context,
 * the team view, broken storage, reset, downloads and print. axe runs on every step.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrowserContext, Locator } from '@playwright/test';
import { encodeShare } from '../../src/lib/zelfscan/share';
import type { Answer, Answers, ModelShape } from '../../src/lib/zelfscan/types';
import { expect, expectNoAxeViolations, go, test, type Page } from './helpers';

const model = parse(readFileSync('content/assessment/model.yaml', 'utf8')) as {
  version: number;
  context: { options: unknown[] }[];
  dimensions: { name: string; items: { statement: string }[] }[];
  levels: { name: string }[];
};
const SHAPE: ModelShape = {
  version: model.version,
  contextSizes: model.context.map((c) => c.options.length),
  itemCounts: model.dimensions.map((d) => d.items.length),
};
const STORAGE_KEY = 'cx-zelfscan';

/** Answers from a compact string per dimension: "3330 3333 …" (0 = weet ik niet, - = open). */
const answers = (items: string, context: (number | null)[] = [null, null, null]): Answers => ({
  context,
  items: [...items.replace(/\s/g, '')].map((c) => (c === '-' ? null : (Number(c) as Answer))),
});
const code = (a: Answers) => encodeShare(SHAPE, a);
const stored = (a: Answers, step: number) => JSON.stringify({ v: 1, code: code(a), step });

/** Small page object for the zelfscan page. */
class Scan {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.locator('#zs-step-title');
  }
  get start() {
    return this.page.getByRole('button', { name: /Begin met de vragen|Ga verder waar je was/ });
  }
  get progress() {
    return this.page.getByRole('navigation', { name: 'Voortgang' });
  }
  group(statement: string): Locator {
    return this.page.getByRole('group', { name: statement });
  }
  async open(hash = '') {
    await go(this.page, `/zelfscan/${hash}`);
    // Hydrated when the controls are enabled.
    await expect(this.page.locator('.zs')).toBeVisible();
    await expect(this.page.locator('.zs button').first()).toBeEnabled();
  }
  async seed(value: string) {
    await this.page.addInitScript(
      ([key, v]) => {
        if (sessionStorage.getItem('zs-seeded')) return;
        sessionStorage.setItem('zs-seeded', '1');
        localStorage.setItem(key!, v!);
      },
      [STORAGE_KEY, value],
    );
  }
  /** Waits until the result and its advice are rendered. */
  async resultReady() {
    await expect(this.heading).toHaveText(/uitslag/i);
    await expect(this.page.locator('.zs-steps__list li, .zs-steps p').first()).toBeVisible();
    await expect(this.page.locator('.zs-all__dim').first()).toBeVisible();
  }
}

test.describe('zelfscan', () => {
  test('complete the scan by keyboard only; every step passes axe; the result shows the expected level', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const scan = new Scan(page);
    await scan.open();
    await expectNoAxeViolations(page);

    // Start with the keyboard from the skip link: Tab until the first context question.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    for (let i = 0; i < 60 && !(await page.locator('#zs-ctx-sector').evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('#zs-ctx-sector')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // Bank of verzekeraar
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Minder dan 50
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // CX-professional
    await page.keyboard.press('ArrowDown'); // Manager of directie
    await page.keyboard.press('Tab');
    await expect(scan.start).toBeFocused();
    await page.keyboard.press('Enter');

    // Levels per dimension; 0 = "Weet ik niet" (the sixth radio).
    const plan = [
      [3, 3, 3, 0],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [4, 4, 4, 4],
    ];
    for (const [d, levels] of plan.entries()) {
      await expect(scan.heading).toHaveText(`Onderdeel ${d + 1} van 6: ${model.dimensions[d]!.name}`);
      await expect(scan.heading).toBeFocused();
      await expectNoAxeViolations(page);
      for (const level of levels) {
        // Tab into the next radio group (past the links to the begrippen on the first pass).
        do await page.keyboard.press('Tab');
        while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')));
        await page.keyboard.press('Space'); // selects level 1
        const moves = level === 0 ? 5 : level - 1;
        for (let k = 0; k < moves; k++) await page.keyboard.press('ArrowDown');
      }
      for (const [k, level] of levels.entries()) {
        const group = scan.group(model.dimensions[d]!.items[k]!.statement);
        await expect(group.locator(`input[value="${level}"]`)).toBeChecked();
      }
      await page.keyboard.press('Tab'); // Vorige
      await page.keyboard.press('Tab'); // Volgende / Bekijk je uitslag
      await expect(page.getByRole('button', { name: d === 5 ? 'Bekijk je uitslag' : 'Volgende' })).toBeFocused();
      await page.keyboard.press('Enter');
    }

    await scan.resultReady();
    await expect(scan.heading).toBeFocused();
    // Scores 3,0 ×5 and 4,0: mean 3,2 → level 3.
    await expect(page.locator('.zs-overall__level')).toHaveText('Niveau 3: Mobiliseren');
    await expect(page.locator('.zs-overall__score')).toHaveText('Score 3,2 van 5');
    await expect(page.locator('.zs-overall__text')).not.toBeEmpty();
    const table = page.getByRole('table', { name: 'Score en niveau per onderdeel' });
    await expect(table.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('3,0');
    await expect(table.getByRole('row', { name: /Strategie & leiderschap/ })).toContainText('1 × weet ik niet');
    await expect(table.getByRole('row', { name: /Kanalen & technologie/ })).toContainText('4 · Opschalen');
    await expect(page.getByRole('img', { name: 'Radar van de zes onderdelen' })).toBeVisible();
    await expect(page.locator('.zs-steps__list > li')).toHaveCount(3);
    // Context changes the advice: a manager gets the management tip for "Steun vanuit de top"
    // (all advice is folded per dimension: open the first).
    await page.locator('.zs-all__dim summary').first().click();
    await expect(page.locator('.zs-all').getByRole('link', { name: 'Steun actief' })).toBeVisible();
    await expect(page.locator('.zs-notes')).toContainText('Banken en verzekeraars');
    await expect(page.locator('.zs-rules')).toContainText('zwakste schakel');
    await expectNoAxeViolations(page);
  });

  test('the context changes the advice, never the score', async ({ browser, baseURL }) => {
    const items = '2222 2222 2222 2222 2222 2222';
    const scores: string[] = [];
    for (const ctx of [
      [null, null, null],
      [6, 3, 1],
    ]) {
      const context = await browser.newContext({ baseURL: baseURL! });
      const p = await context.newPage();
      await go(p, `/zelfscan/#${code(answers(items, ctx))}`);
      await new Scan(p).resultReady();
      await expect(p.locator('.zs-overall__text')).toBeVisible();
      scores.push(await p.locator('.zs-result').locator('.zs-overall, table').allInnerTexts().then((t) => t.join('|')));
      await context.close();
    }
    expect(scores[0]).toBe(scores[1]);
  });

  test('reload resumes where you were; back and forward keep the answers', async ({ page }) => {
    const scan = new Scan(page);
    await scan.open();
    await scan.start.click();
    const first = model.dimensions[0]!.items[0]!.statement;
    await scan.group(first).getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(scan.heading).toContainText('Onderdeel 2 van 6');
    const second = model.dimensions[1]!.items[2]!.statement;
    await scan.group(second).getByRole('radio', { name: 'Weet ik niet' }).check();

    await page.reload();
    await expect(scan.heading).toContainText('Onderdeel 2 van 6');
    await expect(scan.group(second).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();

    await page.getByRole('button', { name: 'Vorige' }).click();
    await expect(scan.heading).toContainText('Onderdeel 1 van 6');
    await expect(scan.group(first).getByRole('radio').nth(1)).toBeChecked();
    // The browser's own back and forward buttons move between steps too.
    await page.goBack();
    await expect(scan.heading).toContainText('Onderdeel 2 van 6');
    await page.goForward();
    await expect(scan.heading).toContainText('Onderdeel 1 van 6');
    await expect(scan.group(first).getByRole('radio').nth(1)).toBeChecked();
    // Jump with the progress bar.
    await scan.progress.getByRole('button', { name: /Uitslag/ }).click();
    await expect(scan.heading).toHaveText('Jouw uitslag');
    await expect(page.locator('.zs-overall')).toContainText('geen totaalniveau');
  });

  test('a share link opens in a fresh context with the same result and leaves its own answers alone', async ({
    browser,
    baseURL,
  }) => {
    const mine = answers('5555 4444 4444 4444 4444 4444', [1, 2, 0]);
    const theirs = answers('1111 1111 2222 2222 1111 1x1-');

    // Context A: the sender, with a finished scan.
    const a: BrowserContext = await browser.newContext({ baseURL: baseURL! });
    await a.grantPermissions(['clipboard-read', 'clipboard-write']);
    const pa = await a.newPage();
    const sa = new Scan(pa);
    await sa.seed(stored(mine, 7));
    await sa.open();
    await sa.resultReady();
    await pa.getByRole('button', { name: 'Kopieer link' }).click();
    await expect(pa.getByRole('status').filter({ hasText: /klembord|Kopiëren lukte niet/ })).toBeVisible();
    const link = await pa.getByLabel('Link naar deze uitslag').inputValue();
    expect(link).toMatch(/\/zelfscan\/#v1\.231\.5555(4444){5}$/);
    const levelA = await pa.locator('.zs-overall__level').innerText();
    const tableA = await pa.getByRole('table').first().innerText();
    await a.close();

    // Context B: the receiver, with answers of their own in progress.
    const b = await browser.newContext({ baseURL: baseURL! });
    const pb = await b.newPage();
    const sb = new Scan(pb);
    const ownB = stored(theirs, 3);
    await sb.seed(ownB);
    await pb.goto(link);
    await expect(pb.getByText('Dit is de uitslag van iemand anders.')).toBeVisible();
    await expect(sb.heading).toHaveText('Uitslag uit een gedeelde link');
    await expect(pb.locator('.zs-overall__level')).toHaveText(levelA);
    expect(await pb.getByRole('table').first().innerText()).toBe(tableA);
    await expect(pb.getByRole('button', { name: 'Opnieuw beginnen' })).toHaveCount(0);
    await expectNoAxeViolations(pb);
    expect(await pb.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(ownB);

    // Back to their own scan (under the headline and again with the actions): their answers and
    // step are still there; the fragment is gone.
    await expect(pb.getByRole('button', { name: 'Naar je eigen scan' })).toHaveCount(2);
    await pb.getByRole('button', { name: 'Naar je eigen scan' }).first().click();
    await expect(sb.heading).toContainText('Onderdeel 3 van 6');
    await expect(sb.heading).toBeFocused();
    expect(new URL(pb.url()).hash).toBe('');
    expect(await pb.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(ownB);
    await b.close();
  });

  test('a link from another version or a broken link explains itself and shows your own scan', async ({ page }) => {
    const scan = new Scan(page);
    await scan.open(`#v9.000.${'3'.repeat(24)}`);
    await expect(page.getByRole('status').filter({ hasText: 'versie 9' })).toBeVisible();
    await expect(scan.heading).toHaveText('Eerst iets over jou');
    expect(new URL(page.url()).hash).toBe('');
    await scan.open('#v1.000.333');
    await expect(page.getByRole('status').filter({ hasText: 'niet compleet' })).toBeVisible();
  });

  test('corrupt or old saved answers are recovered with a notice, never a blank island', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed('{"kapot": [1, 2,');
    await scan.open();
    await expect(page.getByRole('status').filter({ hasText: 'niet lezen' })).toBeVisible();
    await expect(scan.heading).toHaveText('Eerst iets over jou');
    await scan.start.click();
    await scan.group(model.dimensions[0]!.items[0]!.statement).getByRole('radio').first().check();
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? '{}');
    expect(saved.code).toMatch(/^v1\.000\.1-{23}$/);
    await expectNoAxeViolations(page);
  });

  test('answers saved with an older model version are reported by version', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(JSON.stringify({ v: 1, code: 'v0.00.12345', step: 2 }));
    await scan.open();
    await expect(page.getByRole('status').filter({ hasText: 'oudere versie van de zelfscan (versie 0)' })).toBeVisible();
    await expect(scan.start).toBeEnabled();
  });

  test('"opnieuw beginnen" asks for confirmation inline', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(stored(answers('3333 3333 3333 3333 3333 3333'), 7));
    await scan.open();
    await scan.resultReady();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    const question = page.getByText('Weet je het zeker?');
    await expect(question).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Nee, terug' }).click();
    await expect(page.getByRole('button', { name: 'Opnieuw beginnen' })).toBeFocused();
    await expect(scan.heading).toHaveText('Jouw uitslag');
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
    await expect(scan.heading).toHaveText('Eerst iets over jou');
    await expect(page.getByRole('status').filter({ hasText: 'gewist' })).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  });

  test('downloads CSV and JSON of answers and scores', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(stored(answers('1234 5012 3333 3333 3333 3333', [2, 1, 0]), 7));
    await scan.open();
    await scan.resultReady();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^zelfscan-klantbeleving-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFSoort;Onderdeel;Vraag;Antwoord;Niveau;Score')).toBe(true);
    expect(text).toContain('Context;;In welke sector werk je?;Retail;;');
    expect(text).toContain('Onderdeel;Strategie & leiderschap;;Starten;2;2,5');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.onderdelen[1]).toMatchObject({ naam: 'Klantinzicht & data', score: 2.7, weetIkNiet: 1 });
    expect(data.link).toMatch(/#v1\.321\./);
  });

  test('print gives a short report with the chart, the table, the next steps and the link written out', async ({
    page,
  }) => {
    const scan = new Scan(page);
    // With all three context notes: the longest report.
    await scan.seed(stored(answers('1234 5012 3333 2222 4444 3333', [6, 3, 1]), 7));
    await scan.open();
    await scan.resultReady();
    await expect(page.locator('.zs-notes li')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.zs-progress')).toBeHidden();
    await expect(page.getByRole('img', { name: 'Radar van de zes onderdelen' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.locator('.zs-steps__list')).toBeVisible();
    await expect(page.locator('.zs-print-only')).toContainText(/Link naar deze uitslag: http.*#v1\./);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // The page tree's /Count is the number of pages.
    const pages = Number(/\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test.describe('zelfscan team view', () => {
  test('three links and one garbage line: compares the three and lists the garbage with a reason', async ({ page }) => {
    const people = [
      `Anna: ${'x'}`.replace('x', `http://127.0.0.1/zelfscan/#${code(answers('1111 2222 3333 4444 5555 3333'))}`),
      `http://127.0.0.1/zelfscan/#${code(answers('3333 2222 3333 4444 5555 3333'))}`,
      'dit is geen link',
      `Cem ${code(answers('5555 3333 3333 4444 5555 30--'))}`,
    ];
    await go(page, '/zelfscan/team/');
    await expect(page.getByRole('button', { name: 'Vergelijk' })).toBeEnabled();
    await expectNoAxeViolations(page);
    const input = page.getByLabel('Uitslaglinks, één per regel');
    await input.fill(people.join('\n'));
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.getByText('3 uitslagen vergeleken.')).toBeVisible();
    const skipped = page.getByRole('region', { name: 'Overgeslagen regels' });
    await expect(skipped).toContainText('Regel 3: geen link naar een zelfscan-uitslag');
    const dims = page.getByRole('table', { name: /Gemiddelde score, laagste en hoogste score/ });
    const first = dims.getByRole('row', { name: /Strategie & leiderschap/ });
    await expect(first).toContainText('3,0 · Mobiliseren');
    await expect(first).toContainText('1,0 – 5,0');
    await expect(first).toContainText('Verschil van 2 niveaus of meer');
    await expect(dims.getByRole('row', { name: /Klantinzicht & data/ })).toContainText('Ongeveer eens');
    const heat = page.getByRole('table', { name: 'Antwoord per vraag en per persoon' });
    await expect(heat.getByRole('columnheader', { name: 'Anna' })).toBeVisible();
    await expect(heat.getByRole('columnheader', { name: 'Deelnemer 2' })).toBeVisible();
    await expect(heat.getByRole('columnheader', { name: 'Cem' })).toBeVisible();
    const row = heat.getByRole('row', { name: new RegExp(model.dimensions[0]!.items[0]!.statement) });
    await expect(row).toContainText('135');
    await expect(row).toContainText('1–5');
    await expect(heat.getByRole('row', { name: new RegExp(model.dimensions[5]!.items[1]!.statement) })).toContainText(
      'weet ik niet',
    );
    await expectNoAxeViolations(page);
  });

  test('fewer than two valid links asks for more', async ({ page }) => {
    await go(page, '/zelfscan/team/');
    await expect(page.getByRole('button', { name: 'Vergelijk' })).toBeEnabled();
    await page.getByLabel('Uitslaglinks, één per regel').fill(`#${code(answers('3333 3333 3333 3333 3333 3333'))}\nhallo`);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.getByText('Plak minstens twee geldige links')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});

test.describe('zelfscan in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('result and team view pass axe (contrast included)', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(stored(answers('1234 5012 3333 2222 4444 3333', [0, 0, 0]), 7));
    await scan.open();
    await scan.resultReady();
    await expectNoAxeViolations(page);
    await go(page, '/zelfscan/team/');
    await expect(page.getByRole('button', { name: 'Vergelijk' })).toBeEnabled();
    const lines = ['1111 2222 3333 4444 5555 3333', '2345 0123 4512 3451 2345 1234', '5432 1054 3210 5432 1054 3210'];
    await page.getByLabel('Uitslaglinks, één per regel').fill(lines.map((l) => `#${code(answers(l))}`).join('\n'));
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.getByRole('table', { name: 'Antwoord per vraag en per persoon' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('zelfscan on a phone', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  test('no sideways scrolling at 320 px on a step and on the result', async ({ page }) => {
    const scan = new Scan(page);
    await scan.seed(stored(answers('1234 5012 3333 2222 4444 3333', [6, 3, 1]), 2));
    await scan.open();
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await wide()).toBeLessThanOrEqual(320);
    await scan.progress.getByRole('button', { name: /Uitslag/ }).click();
    await scan.resultReady();
    expect(await wide()).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});
