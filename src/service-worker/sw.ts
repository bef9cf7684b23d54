/**
 * The service worker: the site keeps working after one visit, also without a network (a
 * workshop room without wifi). Built after the site by src/integrations/service-worker.ts
 * with the precache list (src/lib/offline/precache.ts) filled in; the routes are explained in
 * src/lib/offline/routes.ts. Workbox does the caching; this file only wires it.
 *
 * Updates: a new version installs in the background, takes over at once (skipWaiting +
 * clientsClaim) and removes the old precache. Pages never come from the precache while the
 * network answers, so nobody sees an old tool after a deploy, and nothing ever reloads a page
 * (no reload loop).
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CACHES, pageKey, routeFor, type RouteKind } from '../lib/offline/routes';

/** Filled in at build time: `{ url, revision }` per file, URLs relative to this script. */
declare const __PRECACHE__: { url: string; revision: string }[];

const sw = self as unknown as {
  skipWaiting(): Promise<void>;
  registration: { scope: string };
  location: Location;
};
const scope = new URL(sw.registration.scope).pathname;
/** Keeps a cache to its newest `maxEntries` entries. (Cast: Workbox's plugin types predate `exactOptionalPropertyTypes`.) */
const expire = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;
const OFFLINE_PAGE = new URL('offline/', sw.registration.scope).href;

sw.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(__PRECACHE__);

// Pages: network first (a few seconds at most on a poor connection), then the page as it was
// stored when last seen, then the precached copy, then the offline page that lists what works.
const pages = new NetworkFirst({
  cacheName: CACHES.pages,
  networkTimeoutSeconds: 4,
  plugins: [{ cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url) }, expire(300)] as WorkboxPlugin[],
});
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith(scope),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(pageKey(options.url.href))) ?? (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
    }
  },
);

// Everything precached (scripts, styles, advies.json, icons) straight from the precache.
addRoute();

// Pagefind adds a cache-busting `?ts=…` to some of its requests: stored without the query, or
// a search done before would never be found offline.
const withoutQuery: WorkboxPlugin = { cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url) };
const strategies: Record<RouteKind, CacheFirst | NetworkFirst | StaleWhileRevalidate> = {
  assets: new CacheFirst({ cacheName: CACHES.assets, plugins: [expire(200)] }),
  'search-fresh': new NetworkFirst({ cacheName: CACHES.search, networkTimeoutSeconds: 3, plugins: [withoutQuery] }),
  'search-hashed': new CacheFirst({ cacheName: CACHES.search, plugins: [withoutQuery, expire(500)] }),
  other: new StaleWhileRevalidate({ cacheName: CACHES.other, plugins: [expire(60)] }),
};
registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === sw.location.origin && routeFor(url.pathname, scope) !== null,
  (options) => strategies[routeFor(options.url.pathname, scope)!].handle(options),
);
