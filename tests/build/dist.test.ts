/**
 * Checks over the built site in `dist/` (run after `npm run build`):
 * every internal href/src/#anchor resolves, titles and descriptions are unique,
 * nothing loads from another origin, and no markup would be blocked by the CSP.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

const dist = process.env.OUT_DIR ?? 'dist';
const base = process.env.SITE_BASE ?? '/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const files = existsSync(dist) ? htmlFiles(dist) : [];
const pages = new Map<string, HTMLElement>(files.map((f) => [f, parse(readFileSync(f, 'utf8'))]));

/** URL path of a built file, e.g. dist/boeken/nudge/index.html → /boeken/nudge/. */
const urlOf = (file: string) => `${base}${relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

/** The built file a site path points at, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  for (const candidate of [join(dist, rest), join(dist, rest, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

describe.skipIf(files.length === 0)(`built site in ${dist}/`, () => {
  it('has pages', () => expect(files.length).toBeGreaterThan(10));

  it('every internal link, source and #anchor resolves', () => {
    const broken: string[] = [];
    for (const [file, root] of pages) {
      const from = new URL(urlOf(file), 'http://site.test');
      for (const el of root.querySelectorAll('[href], [src]')) {
        for (const attr of ['href', 'src']) {
          const value = el.getAttribute(attr);
          if (!value || /^(mailto|tel|data|blob|javascript):/.test(value)) continue;
          const target = new URL(value, from);
          if (target.origin !== from.origin) continue;
          const targetFile = fileFor(target.pathname);
          if (!targetFile) {
            broken.push(`${urlOf(file)}: ${attr}="${value}" → no such file`);
            continue;
          }
          if (target.hash && targetFile.endsWith('.html')) {
            const id = decodeURIComponent(target.hash.slice(1));
            const doc = pages.get(targetFile);
            if (doc && !doc.querySelector(`[id="${id.replace(/"/g, '\\"')}"]`)) {
              broken.push(`${urlOf(file)}: ${attr}="${value}" → no element with id "${id}"`);
            }
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('titles and meta descriptions are unique per page', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    const dupes: string[] = [];
    for (const [file, root] of pages) {
      if (file.endsWith('404.html')) continue;
      const title = root.querySelector('title')?.text ?? '';
      const desc = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      if (titles.has(title)) dupes.push(`title "${title}": ${titles.get(title)} and ${urlOf(file)}`);
      if (descriptions.has(desc)) dupes.push(`description "${desc}": ${descriptions.get(desc)} and ${urlOf(file)}`);
      titles.set(title, urlOf(file));
      descriptions.set(desc, urlOf(file));
    }
    expect(dupes).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const foreign: string[] = [];
    for (const [file, root] of pages) {
      for (const el of root.querySelectorAll('script[src], link[href], img[src], iframe, source[src], video, audio')) {
        if (el.tagName === 'LINK' && !/stylesheet|icon|preload|modulepreload|manifest/.test(el.getAttribute('rel') ?? '')) continue;
        const value = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(value)) foreign.push(`${urlOf(file)}: ${el.tagName} ${value}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('has no inline style attributes or event handlers (the CSP would block them)', () => {
    const bad: string[] = [];
    for (const [file, root] of pages) {
      for (const el of root.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (name === 'style' || /^on[a-z]+$/.test(name)) bad.push(`${urlOf(file)}: <${el.tagName.toLowerCase()} ${name}>`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every page has a CSP with wasm-unsafe-eval and no unsafe-inline for scripts', () => {
    for (const [file, root] of pages) {
      const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const script = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(script, urlOf(file)).toContain("'wasm-unsafe-eval'");
      expect(script, urlOf(file)).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    }
  });
});
