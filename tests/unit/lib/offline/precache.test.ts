import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isToolPage, manifestFiles, pageUrlOf, precachePaths, referencedFiles } from '../../../../src/lib/offline/precache';

const site = (base: string) => {
  const files = [
    { path: 'index.html', text: `<link rel="manifest" href="${base}manifest.webmanifest"><script type="module">import('${base}_astro/ui.A.js')</script>` },
    { path: 'zoeken/index.html', text: `<script type="module" src="${base}_astro/zoeken.B.js"></script>` },
    { path: 'offline/index.html', text: `<link rel="stylesheet" href="${base}_astro/Base.C.css">` },
    {
      path: 'zelfscan/index.html',
      text: `<meta property="og:image" content="https://example.org${base}og/zelfscan.png"><astro-island component-url="${base}_astro/Zelfscan.D.js" renderer-url="${base}_astro/client.E.js" props="{&quot;adviceUrl&quot;:[0,&quot;${base}zelfscan/advies.json&quot;]}"></astro-island><a href="${base}kennisbank/">x</a>`,
    },
    { path: 'impactmatrix/index.html', text: `<astro-island component-url="${base}_astro/Matrix.F.js"></astro-island>` },
    { path: 'kennisbank/index.html', text: `<link rel="stylesheet" href="${base}_astro/Content.G.css">` },
    { path: 'manifest.webmanifest', text: '{"icons":[{"src":"icons/a.png"},{"src":"./icons/b.svg"},{"src":"../x.png"}]}' },
    { path: '_astro/ui.A.js', text: 'import{x}from"./engine.H.js";const d=["_astro/lazy.I.js"]' },
    { path: '_astro/Zelfscan.D.js', text: 'import"./preact.J.js";import("./Radar.K.js")' },
    { path: '_astro/Matrix.F.js', text: 'import"./preact.J.js"' },
    { path: 'zelfscan/advies.json', text: '{"see":"/_astro/not-followed.js"}' },
  ];
  const binary = ['og/zelfscan.png', 'icons/a.png', 'icons/b.svg', '_astro/zoeken.B.js', '_astro/client.E.js', '_astro/Base.C.css', '_astro/engine.H.js', '_astro/lazy.I.js', '_astro/preact.J.js', '_astro/Radar.K.js'];
  const all = new Set([...files.map((f) => f.path), ...binary]);
  return { files, exists: (p: string) => all.has(p) };
};

describe('precache', () => {
  it.each(['/', '/cx/'])('takes the shell, every tool page and all they use, under base %s', (base) => {
    const { files, exists } = site(base);
    expect(precachePaths(files, exists, base)).toEqual([
      '_astro/Base.C.css',
      '_astro/Matrix.F.js',
      '_astro/Radar.K.js',
      '_astro/Zelfscan.D.js',
      '_astro/client.E.js',
      '_astro/engine.H.js',
      '_astro/lazy.I.js',
      '_astro/preact.J.js',
      '_astro/ui.A.js',
      '_astro/zoeken.B.js',
      'icons/a.png',
      'icons/b.svg',
      'impactmatrix/index.html',
      'index.html',
      'manifest.webmanifest',
      'offline/index.html',
      'zelfscan/advies.json',
      'zelfscan/index.html',
      'zoeken/index.html',
    ]);
  });

  it.each([
    ['index.html', './'],
    ['zelfscan/index.html', 'zelfscan/'],
    ['zelfscan/team/index.html', 'zelfscan/team/'],
    ['404.html', '404.html'],
  ])('page URL of %s is %s', (path, url) => expect(pageUrlOf(path)).toBe(url));

  it('a tool page is a page with an island', () => {
    expect(isToolPage('<main><astro-island uid="1"></astro-island></main>')).toBe(true);
    expect(isToolPage('<main><p>astro-island</p></main>')).toBe(false);
  });

  it('manifest icons are relative to the manifest and stay inside the site', () => {
    expect(manifestFiles('{"icons":[{"src":"icons/a.png"},{"src":"/abs.png"},{"src":"../up.png"}]}', 'app/m.webmanifest')).toEqual(['app/icons/a.png']);
  });

  it('never names a file outside the site, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('/', '/cx/'), (text, base) => {
        for (const p of [...referencedFiles(text, base), ...manifestFiles(text, 'm.webmanifest')]) {
          expect(p.split('/')).not.toContain('..');
          expect(p.startsWith('/')).toBe(false);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
