/**
 * Loads Pagefind's JS API once, on first use, from `<base>pagefind/pagefind.js`, so it works
 * under a subpath. Pagefind 1.6 runs its search in a Web Worker (pagefind-worker.js) and loads
 * the Dutch WASM and index fragments from the same folder, which it derives from the script URL.
 */
import type { ResultData } from '../../lib/search/excerpt';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
}

/** The part of pagefind.js we use. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  debouncedSearch(term: string, options?: SearchOptions, debounceMs?: number): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** The site's base path with one trailing slash ("/" or "/cx/"). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

/** Resolves in a new task: lets the browser paint and handle input between two pieces of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Pagefind, loaded and initialised once; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // Evaluating pagefind.js and starting it are separate tasks, so neither blocks for long.
    await nextTask();
    // Result URLs are site-relative; baseUrl puts the subpath in front. We build excerpts
    // ourselves (src/lib/search/excerpt.ts), so Pagefind's own can stay short.
    await pf.options({ baseUrl: BASE, excerptLength: 12 });
    await pf.init();
    return pf;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
