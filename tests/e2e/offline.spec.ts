/**
 * Offline and installable (site at /): see offline-journey.ts; plus a new deploy taking over
 * quietly (served from a copy of dist that the test changes).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, go, test } from './helpers';
import { serveWithHeaders } from './headers-server';
import { offlineJourneys, workerReady } from './offline-journey';

offlineJourneys();

test.describe('a new deploy', () => {
  const port = Number(process.env.HEADERS_PORT ?? Number(process.env.PORT ?? 4321) + 2) + 1;
  test.use({ baseURL: `http://127.0.0.1:${port}/`, serviceWorkers: 'allow' });

  test('takes over quietly on the next visit: no old tool, no reload', async ({ context }) => {
    test.setTimeout(90_000);
    const dir = mkdtempSync(join(tmpdir(), 'cx-deploy-'));
    cpSync(process.env.OUT_DIR ?? 'dist', dir, { recursive: true });
    const server = await serveWithHeaders(dir, port);
    try {
      const first = await context.newPage();
      await go(first, '/zelfscan/');
      await workerReady(first);
      await first.close();

      // Deploy: the zelfscan page changes, and so does its revision in the worker's list.
      const page = join(dir, 'zelfscan/index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('<html lang="nl"', '<html lang="nl" data-deploy="2"'));
      const sw = join(dir, 'sw.js');
      const text = readFileSync(sw, 'utf8');
      const revision = /url:`zelfscan\/`,revision:`([0-9a-f]+)`/.exec(text)?.[1];
      expect(revision).toBeTruthy();
      writeFileSync(sw, text.replace(`url:\`zelfscan/\`,revision:\`${revision}\``, 'url:`zelfscan/`,revision:`0000000000000002`'));

      // Next visit: the new page at once (pages come from the network first), and the new worker
      // takes over without reloading anything.
      const next = await context.newPage();
      let loads = 0;
      next.on('load', () => (loads += 1));
      await go(next, '/zelfscan/');
      await expect(next.locator('html')).toHaveAttribute('data-deploy', '2');
      await expect
        .poll(() => next.evaluate(async () => (await caches.keys()).length && (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat().some((u) => u.includes('0000000000000002'))))
        .toBe(true);
      await next.waitForTimeout(1000);
      expect(loads).toBe(1);

      // Offline now, the stored tool is the new one too.
      await context.setOffline(true);
      await next.reload();
      await expect(next.locator('html')).toHaveAttribute('data-deploy', '2');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
