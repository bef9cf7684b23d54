/**
 * The zelfscan in e2e tests: the model's shape read from content, answers from compact strings,
 * stored values, and a small page object (`Scan`) so the journeys select by role and label.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator } from '@playwright/test';
import { encodeShare } from '../../src/lib/zelfscan/share';
import type { Answer, Answers, ModelShape } from '../../src/lib/zelfscan/types';
import { expect, go, type Page } from './helpers';

export const model = parse(readFileSync('content/assessment/model.yaml', 'utf8')) as {
  version: number;
  context: { options: unknown[] }[];
  dimensions: { name: string; items: { statement: string }[] }[];
  levels: { name: string }[];
};
export const SHAPE: ModelShape = {
  version: model.version,
  contextSizes: model.context.map((c) => c.options.length),
  itemCounts: model.dimensions.map((d) => d.items.length),
};
export const STORAGE_KEY = 'cx-zelfscan';
export const HISTORY_KEY = 'cx-zelfscan-history';

/** Answers from a compact string per dimension: "3330 3333 …" (0 = weet ik niet, - = open). */
export const answers = (items: string, context: (number | null)[] = [null, null, null]): Answers => ({
  context,
  items: [...items.replace(/\s/g, '')].map((c) => (c === '-' ? null : (Number(c) as Answer))),
});
export const code = (a: Answers) => encodeShare(SHAPE, a);
/** The stored current scan, as format 1 of the store wrote it (answers and step only). */
export const stored = (a: Answers, step: number) => JSON.stringify({ v: 1, code: code(a), step });
/** Every statement in model order. */
export const statements = model.dimensions.flatMap((d) => d.items.map((i) => i.statement));

/** Small page object for the zelfscan page. */
export class Scan {
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
  /** Stores `value` under `key` before the first page load of this test (once, not on reloads). */
  async seed(value: string, key = STORAGE_KEY) {
    await this.page.addInitScript(
      ([k, v]) => {
        if (sessionStorage.getItem(`zs-seeded-${k}`)) return;
        sessionStorage.setItem(`zs-seeded-${k}`, '1');
        localStorage.setItem(k!, v!);
      },
      [key, value],
    );
  }
  /** Waits until the result and its advice are rendered. */
  async resultReady() {
    await expect(this.heading).toHaveText(/uitslag/i);
    await expect(this.page.locator('.zs-steps__list li, .zs-steps p').first()).toBeVisible();
    await expect(this.page.locator('.zs-all__dim').first()).toBeVisible();
  }
  /** Answers every item of the current dimension screens with these levels (flat, model order) and goes to the result. */
  async answerAll(levels: string) {
    const list = [...levels.replace(/\s/g, '')];
    for (const [d, dim] of model.dimensions.entries()) {
      await expect(this.heading).toContainText(`Onderdeel ${d + 1} van`);
      for (const item of dim.items) {
        const c = list.shift()!;
        const group = this.group(item.statement);
        await (c === '0' ? group.getByRole('radio', { name: 'Weet ik niet' }) : group.locator(`input[value="${c}"]`)).check();
      }
      await this.page.getByRole('button', { name: d === model.dimensions.length - 1 ? 'Bekijk je uitslag' : 'Volgende' }).click();
    }
  }
  /** The stored value of a key. */
  stored(key = STORAGE_KEY) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
