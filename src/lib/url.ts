/**
 * The one way to build an internal URL, so the site works under a subpath (`SITE_BASE=/cx/`):
 * `withBase('/boeken/')` for a fixed path, `withBase(pathOf('terms', id))` for a content entry.
 * `joinBase` is the pure part and is unit-tested; nothing else reads `BASE_URL`.
 */

/** Where each content collection's entries live on the site (root-relative, trailing slash). */
export const COLLECTION_PATHS = {
  terms: '/begrippen/',
  articles: '/kennisbank/',
  books: '/boeken/',
  podcasts: '/podcasts/',
  tips: '/tips/',
  sources: '/bronnen/',
} as const;
/** A content collection that has pages of its own. */
export type LinkCollection = keyof typeof COLLECTION_PATHS;

/** The root-relative path of a content entry: `pathOf('terms', 'nps')` → `/begrippen/nps/`. */
export function pathOf(collection: LinkCollection, id: string): string {
  return `${COLLECTION_PATHS[collection]}${id}/`;
}

/** Joins a base path ("/" or "/cx/") and a root-relative path ("/boeken/"), keeping `?query` and `#hash`. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}

/** Strips the base from a pathname, for comparing the current page with a nav item. */
export function stripBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (b && pathname.startsWith(b)) {
    const rest = pathname.slice(b.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return pathname;
}

/** The configured base path, always ending in "/" ("/" or "/cx/"). */
export const BASE: string = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A root-relative site path ("/boeken/") made absolute for the configured base ("/cx/boeken/"). */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}
