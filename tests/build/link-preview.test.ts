/**
 * Link previews: every tool page and guide in the built site (`dist/`, after `npm run build`)
 * carries Open Graph and Twitter meta with absolute URLs, and the preview images in
 * `public/og/` exist at 1200×630 and stay small.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { PREVIEW_IMAGES, PREVIEW_SIZE, previewImagePath } from '../../src/lib/link-preview';

const dist = process.env.OUT_DIR ?? 'dist';
const base = process.env.SITE_BASE ?? '/';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('preview images', () => {
  it.each(PREVIEW_IMAGES)('%s.png is 1200×630 and under 50 kB', (image) => {
    const file = join('public', previewImagePath(image));
    expect(pngSize(file)).toEqual(PREVIEW_SIZE);
    expect(statSync(file).size).toBeLessThan(50_000);
  });
});

const pages = [
  { path: 'zelfscan/', image: 'zelfscan', type: 'website' },
  { path: 'klantwaarde/', image: 'klantwaarde', type: 'website' },
  { path: 'kennisbank/business-case/', image: 'site', type: 'article' },
  { path: '', image: 'site', type: 'website' },
];

describe.skipIf(!existsSync(join(dist, 'index.html')))(`link previews in ${dist}/`, () => {
  it.each(pages)('/$path has Open Graph and Twitter meta with absolute URLs', ({ path, image, type }) => {
    const doc = parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    const og = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    const title = doc.querySelector('title')?.text ?? '';

    expect(og('title')).toBeTruthy();
    expect(title).toContain(og('title'));
    expect(og('description')).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(og('type')).toBe(type);
    expect(og('locale')).toBe('nl_NL');
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');

    const url = new URL(og('url') ?? '');
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.pathname).toBe(`${base}${path}`);
    expect(og('url')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));

    const img = new URL(og('image') ?? '');
    expect(img.protocol).toMatch(/^https?:$/);
    expect(img.pathname).toBe(`${base}og/${image}.png`);
    expect(existsSync(join(dist, img.pathname.slice(base.length)))).toBe(true);
    expect([og('image:width'), og('image:height')]).toEqual(['1200', '630']);
    expect(og('image:alt')).toBeTruthy();
  });
});
