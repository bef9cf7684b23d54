/**
 * How the service worker treats each request it sees (pure, so it is unit-tested; the worker
 * itself is src/service-worker/sw.ts). Pages are handled separately: every navigation goes to
 * the network first, so a deploy is seen at once, and falls back to what is stored.
 *
 * - `assets`: `/_astro/` files. Their names carry a content hash, so a stored copy is never stale: cache first.
 * - `search-fresh`: Pagefind's files without a hash in the name (`pagefind.js`, `pagefind-entry.json`,
 *   the WebAssembly): they change with each build, so network first, the stored copy when offline.
 * - `search-hashed`: Pagefind's index, fragments and filters (hashed names): cache first.
 * - `other`: the rest of the site (data, manifest, icons): stored copy at once, refreshed in the background.
 * - `null`: not ours (another origin, another scope): the worker leaves it alone.
 */
export type RouteKind = 'assets' | 'search-fresh' | 'search-hashed' | 'other';

/** Cache names, one per kind of content (the precache has its own). */
export const CACHES = {
  pages: 'cx-pages',
  assets: 'cx-assets',
  search: 'cx-search',
  other: 'cx-other',
} as const;

/** The kind of a same-origin GET request's path, for a worker whose scope path is `scope` ("/" or "/cx/"). */
export function routeFor(pathname: string, scope: string): RouteKind | null {
  if (!pathname.startsWith(scope)) return null;
  const rest = pathname.slice(scope.length);
  if (rest.startsWith('_astro/')) return 'assets';
  if (rest.startsWith('pagefind/')) {
    return /^pagefind\/(?:pagefind[^/]*\.(?:js|css|json)|wasm\.[^/]+)$/.test(rest) ? 'search-fresh' : 'search-hashed';
  }
  // The worker script itself is never served from a cache (the browser checks it for updates).
  if (rest === 'sw.js') return null;
  return 'other';
}

/**
 * The key a page (or a Pagefind file) is stored under: its URL without query and fragment
 * (`/klantwaarde/?ow=1` and `/klantwaarde/` are one page; Pagefind's `?ts=…` is not part of the file).
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}
