// Run once when an icon SVG changes (npm exec -c "node scripts/render-icons.mjs"): renders the app icons (public/icons/*.png) from the SVGs with Chromium.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [svg, size, out] of [['icon', 192, 'icon-192'], ['icon', 512, 'icon-512'], ['maskable', 512, 'maskable-512'], ['icon', 180, 'apple-touch-icon']]) {
  await page.setViewportSize({ width: size, height: size });
  const data = readFileSync(`public/icons/${svg}.svg`, 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${data.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icons/${out}.png`, omitBackground: true });
}
await browser.close();
