#!/usr/bin/env node
/**
 * Makes the link-preview images in public/og/ (one per tool plus one for the site, 1200×630 PNG)
 * that Base.astro names in its Open Graph and Twitter meta. Run it after changing a text under
 * `og.` in the dictionary, a colour token or a drawing below, and commit the PNGs:
 *
 *   npm exec -c 'node scripts/og-images.mjs'
 *
 * Each image is an HTML page drawn by headless Chromium (CHROME_PATH, default /usr/bin/chromium)
 * with the site's own texts (src/i18n) and light colour tokens (src/styles/tokens.css), then
 * reduced to a 256-colour palette PNG by sharp (Astro's own image library). No outside service.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import sharp from 'sharp';

/** Imports one of the site's TypeScript modules (bundled in memory: src uses extensionless imports). */
async function load(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { t } = await load('src/i18n/index.ts');
const { PREVIEW_IMAGES, PREVIEW_SIZE, previewImagePath } = await load('src/lib/link-preview.ts');

// The light values of the colour tokens, so the images match the site (no colours of their own).
const tokensCss = readFileSync('src/styles/tokens.css', 'utf8');
const tokens = [...tokensCss.matchAll(/(--c-[\w-]+):\s*light-dark\((#[0-9a-f]{3,8}),/gi)].map((m) => `${m[1]}: ${m[2]};`).join(' ');
const fontSans = tokensCss.match(/--font-sans:\s*([^;]+);/)?.[1] ?? 'system-ui, sans-serif';

/** The site's mark (the favicon's compass), `size` pixels wide. */
const mark = (size) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="14" fill="var(--c-surface)" stroke="var(--c-accent)" stroke-width="3"/><path d="M16 6 L20 16 L16 26 L12 16 Z" fill="var(--c-accent)"/></svg>`;

/** Points of a regular hexagon (or a radar shape when `r` varies per corner) around 200,200. */
const hexagon = (r) =>
  r.map((radius, i) => {
    const a = (Math.PI / 3) * i - Math.PI / 2;
    return `${(200 + radius * Math.cos(a)).toFixed(1)},${(200 + radius * Math.sin(a)).toFixed(1)}`;
  }).join(' ');

/** One simple drawing per image, 400×400, in token colours. */
const drawings = {
  site: `<svg viewBox="0 0 32 32" width="360" height="360">${mark(32).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</svg>`,
  zelfscan: `<svg viewBox="0 0 400 400" width="400" height="400">
    ${[60, 120, 180].map((r) => `<polygon points="${hexagon(Array(6).fill(r))}" fill="none" stroke="var(--c-chart-grid)" stroke-width="3"/>`).join('')}
    ${Array.from({ length: 6 }, (_, i) => `<line x1="200" y1="200" x2="${hexagon(Array(6).fill(180)).split(' ')[i].replace(',', '" y2="')}" stroke="var(--c-chart-grid)" stroke-width="3"/>`).join('')}
    <polygon points="${hexagon([150, 110, 170, 90, 130, 160])}" fill="var(--c-accent-soft)" fill-opacity="0.9" stroke="var(--c-accent)" stroke-width="8" stroke-linejoin="round"/>
    ${hexagon([150, 110, 170, 90, 130, 160]).split(' ').map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="12" fill="var(--c-accent)"/>`).join('')}
  </svg>`,
  klantwaarde: `<svg viewBox="0 0 400 400" width="400" height="400">
    <line x1="20" y1="370" x2="380" y2="370" stroke="var(--c-chart-grid)" stroke-width="4"/>
    <rect x="40" y="290" width="90" height="80" rx="8" fill="var(--c-bad)"/>
    <rect x="155" y="200" width="90" height="170" rx="8" fill="var(--c-chart-2)"/>
    <rect x="270" y="70" width="90" height="300" rx="8" fill="var(--c-good)"/>
    <text x="315" y="45" text-anchor="middle" font-size="56" font-weight="700" fill="var(--c-good)">€</text>
  </svg>`,
  impactmatrix: `<svg viewBox="0 0 400 400" width="400" height="400">
    <rect x="20" y="20" width="360" height="360" rx="12" fill="var(--c-surface)" stroke="var(--c-chart-grid)" stroke-width="4"/>
    <line x1="200" y1="20" x2="200" y2="380" stroke="var(--c-chart-grid)" stroke-width="4" stroke-dasharray="14 10"/>
    <line x1="20" y1="200" x2="380" y2="200" stroke="var(--c-chart-grid)" stroke-width="4" stroke-dasharray="14 10"/>
    <circle cx="110" cy="100" r="52" fill="var(--c-bad)" fill-opacity="0.85"/>
    <circle cx="300" cy="120" r="36" fill="var(--c-accent)" fill-opacity="0.85"/>
    <circle cx="270" cy="290" r="60" fill="var(--c-good)" fill-opacity="0.85"/>
    <circle cx="95" cy="300" r="26" fill="var(--c-chart-2)" fill-opacity="0.85"/>
  </svg>`,
};

const page = (image) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
  :root { ${tokens} }
  * { margin: 0; box-sizing: border-box; }
  body { inline-size: ${PREVIEW_SIZE.width}px; block-size: ${PREVIEW_SIZE.height}px; overflow: hidden; font-family: ${fontSans};
         background: var(--c-bg); color: var(--c-text); display: grid; grid-template-columns: 680px 1fr; gap: 24px; align-items: center;
         border-block-start: 20px solid var(--c-accent); padding: 44px 56px 52px 72px; }
  .text { display: flex; flex-direction: column; gap: 28px; block-size: 100%; }
  .brand { display: flex; align-items: center; gap: 16px; font-size: 36px; font-weight: 700; color: var(--c-accent); }
  h1 { font-size: 88px; line-height: 1.05; letter-spacing: -0.01em; color: var(--c-accent-strong); margin-block-start: auto; }
  p { font-size: 38px; line-height: 1.3; color: var(--c-text); }
  .footer { margin-block-start: auto; font-size: 28px; font-weight: 600; color: var(--c-text-muted); }
  .drawing { display: grid; place-items: center; } .drawing svg { inline-size: 360px; block-size: 360px; }
</style></head><body>
  <div class="text">
    <div class="brand">${image === 'site' ? '&nbsp;' : `${mark(52)}<span>${t('site.name')}</span>`}</div>
    <h1>${t(`og.${image}.title`)}</h1>
    <p>${t(`og.${image}.text`)}</p>
    <div class="footer">${t('og.footer')}</div>
  </div>
  <div class="drawing">${drawings[image]}</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage({ viewport: { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height }, deviceScaleFactor: 1 });
  mkdirSync('public/og', { recursive: true });
  for (const image of PREVIEW_IMAGES) {
    await tab.setContent(page(image));
    const shot = await tab.screenshot({ type: 'png' });
    const png = await sharp(shot).png({ palette: true, colours: 256, effort: 10, compressionLevel: 9 }).toBuffer();
    writeFileSync(`public${previewImagePath(image)}`, png);
    console.log(`public${previewImagePath(image)}: ${(png.length / 1000).toFixed(1)} kB (screenshot ${(shot.length / 1000).toFixed(1)} kB)`);
  }
} finally {
  await browser.close();
}
