import { describe, expect, it } from 'vitest';
import { pageKey, routeFor } from '../../../../src/lib/offline/routes';

describe('service worker routes', () => {
  it.each([
    ['/_astro/Zelfscan.D.js', '/', 'assets'],
    ['/cx/_astro/Zelfscan.D.js', '/cx/', 'assets'],
    ['/pagefind/pagefind.js', '/', 'search-fresh'],
    ['/pagefind/pagefind-entry.json', '/', 'search-fresh'],
    ['/pagefind/wasm.nl.pagefind', '/', 'search-fresh'],
    ['/pagefind/pagefind-worker.js', '/', 'search-fresh'],
    ['/pagefind/index/nl_3f2a.pf_index', '/', 'search-hashed'],
    ['/pagefind/fragment/nl_88a.pf_fragment', '/', 'search-hashed'],
    ['/pagefind/pagefind.nl_2f2bbeb34d.pf_meta', '/', 'search-hashed'],
    ['/zelfscan/advies.json', '/', 'other'],
    ['/manifest.webmanifest', '/', 'other'],
    ['/sw.js', '/', null],
    ['/cx/sw.js', '/cx/', null],
    ['/andere-site/x.js', '/cx/', null],
  ])('%s under %s → %s', (path, scope, kind) => expect(routeFor(path, scope)).toBe(kind));

  it('stores a page once, whatever its query or fragment', () => {
    expect(pageKey('http://127.0.0.1:4321/klantwaarde/?ow=150#x')).toBe('http://127.0.0.1:4321/klantwaarde/');
  });
});
