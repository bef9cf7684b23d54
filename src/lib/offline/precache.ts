/**
 * What the service worker stores on the first visit (the precache), worked out from the built
 * site itself, so a new tool is picked up without a list to keep up to date:
 *
 * 1. **Pages**: the app shell (home, search page, offline page) and every *tool page*, that is
 *    every page with an island (`<astro-island`): /zelfscan/, /zelfscan/team/, /klantwaarde/,
 *    /impactmatrix/ once it exists.
 * 2. **What those pages use**: every file of the site a page names (scripts, styles, island
 *    components, data such as `zelfscan/advies.json`, the manifest and its icons), and every
 *    script chunk those scripts import, also the ones loaded later (the meeting view with its QR
 *    code must work in a room without wifi).
 *
 * Pure: it gets file paths and texts, and returns paths relative to the output folder.
 */

/** A built file: path relative to the output folder with `/` separators, and its text (for HTML, JS, CSS, webmanifest). */
export interface BuiltText {
  path: string;
  text: string;
}

/** Pages that are always precached (relative paths of their HTML files). */
export const SHELL_PAGES = ['index.html', 'zoeken/index.html', 'offline/index.html'] as const;

/** True for a page with an interactive tool on it. */
export const isToolPage = (html: string): boolean => html.includes('<astro-island');

/** The page URL (relative to the base) of an HTML file: `zelfscan/index.html` → `zelfscan/`, `index.html` → `./`. */
export function pageUrlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const FILE_EXT = '(?:js|css|json|webmanifest|svg|png|woff2)';

/**
 * Same-site files a text names, as paths relative to the output folder: absolute paths under
 * `base` (`/cx/_astro/x.js`), and in scripts the chunk names Vite writes (`./x.js`, `_astro/x.js`).
 */
export function referencedFiles(text: string, base: string): string[] {
  const out = new Set<string>();
  const b = base.endsWith('/') ? base : `${base}/`;
  const escaped = b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not what <meta> tags name: link previews (og:image) are for other sites, not for offline use.
  const body = text.replace(/<meta\b[^>]*>/gi, '');
  for (const m of body.matchAll(new RegExp(`${escaped}([A-Za-z0-9_./-]+\\.${FILE_EXT})\\b`, 'g'))) out.add(m[1]!);
  // Chunk imports inside the built scripts: "./preact.module.D0.js" and "_astro/x.js" (Vite's dependency maps).
  for (const m of text.matchAll(new RegExp(`["'\`](?:\\./|_astro/)([A-Za-z0-9_.-]+\\.${FILE_EXT})["'\`]`, 'g'))) {
    out.add(`_astro/${m[1]!}`);
  }
  return [...out].filter((p) => !p.split('/').includes('..'));
}

/** The icons a web app manifest names (`"src": "icons/x.png"`, relative to the manifest). */
export function manifestFiles(text: string, manifestPath: string): string[] {
  const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1) : '';
  return [...text.matchAll(/"src"\s*:\s*"([A-Za-z0-9_./-]+)"/g)]
    .map((m) => m[1]!.replace(/^\.\//, ''))
    .filter((p) => !p.startsWith('/') && !p.split('/').includes('..'))
    .map((p) => dir + p);
}

/**
 * The precache: the shell and tool pages, plus everything they use, transitively.
 * `files` holds every built text file; `exists` says whether any built file (also binary) exists.
 * Returns sorted paths relative to the output folder; Pagefind's index is left out (it is cached
 * as it is used).
 */
export function precachePaths(files: readonly BuiltText[], exists: (path: string) => boolean, base: string): string[] {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const pages = files
    .filter((f) => f.path.endsWith('.html') && ((SHELL_PAGES as readonly string[]).includes(f.path) || isToolPage(f.text)))
    .map((f) => f.path);
  const seen = new Set<string>();
  const queue = [...pages];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !exists(path) || path.startsWith('pagefind/')) continue;
    seen.add(path);
    // Only texts are followed (HTML, scripts, styles, manifest); pages linked from them are not files with an extension.
    const text = texts.get(path);
    if (text === undefined || path.endsWith('.json')) continue;
    // A page's <meta> tags load nothing (the link-preview image is for other apps): not followed.
    const used = path.endsWith('.html') ? text.replace(/<meta\b[^>]*>/gi, '') : text;
    queue.push(...(path.endsWith('.webmanifest') ? manifestFiles(text, path) : referencedFiles(used, base)));
  }
  return [...seen].sort();
}
