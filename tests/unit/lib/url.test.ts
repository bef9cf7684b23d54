import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinBase, pathOf, stripBase } from '../../../src/lib/url';

describe('joinBase', () => {
  it.each([
    ['/', '/boeken/', '/boeken/'],
    ['/cx/', '/boeken/', '/cx/boeken/'],
    ['/cx', '/boeken/', '/cx/boeken/'],
    ['/cx/', '/', '/cx/'],
    ['/cx/', '/zoeken/?q=nps#top', '/cx/zoeken/?q=nps#top'],
    ['/cx/', 'https://example.org/', 'https://example.org/'],
    ['/cx/', '//example.org/', '//example.org/'],
    ['/cx/', '#kort', '#kort'],
    ['/cx/', 'mailto:a@b.nl', 'mailto:a@b.nl'],
  ])('joinBase(%s, %s) = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('round-trips with stripBase for any root-relative path', () => {
    fc.assert(
      fc.property(fc.constantFrom('/', '/cx/', '/a/b/'), fc.webPath(), (base, p) => {
        const path = p.startsWith('/') ? p : `/${p}`;
        if (path.startsWith('//')) return;
        expect(stripBase(base, joinBase(base, path))).toBe(path);
      }),
    );
  });
});

describe('pathOf', () => {
  it.each([
    ['terms', 'nps', '/begrippen/nps/'],
    ['articles', 'groeimodel', '/kennisbank/groeimodel/'],
    ['books', 'nudge', '/boeken/nudge/'],
    ['podcasts', 'experience-this', '/podcasts/experience-this/'],
    ['tips', 'levend-houden-1', '/tips/levend-houden-1/'],
    ['sources', 'cex-sells', '/bronnen/cex-sells/'],
  ] as const)('pathOf(%s, %s) = %s', (collection, id, expected) => {
    expect(pathOf(collection, id)).toBe(expected);
  });
});
