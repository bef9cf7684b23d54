/**
 * Every internal link goes through `link()`, so the site works under a subpath
 * (`SITE_BASE=/cx/`). `joinBase` is the pure part and is unit-tested.
 */

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

/** A root-relative site path made absolute for the configured base. */
export function link(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
