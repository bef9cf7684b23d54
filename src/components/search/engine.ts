/**
 * Loads Pagefind's JS API once, on first use, from `<base>pagefind/pagefind.js`, so it works
 * under a subpath. Pagefind 1.6 runs its search in a Web Worker (pagefind-worker.js) and loads
 * the Dutch WASM and index fragments from the same folder, which it derives from the script URL.
 * Beside it lies the site's word list for typo suggestions (src/lib/search/suggest.ts).
 */
import type { ResultData } from '../../lib/search/excerpt';
import { EMPTY_WORDS, WORDS_FILE, parseWordList, type WordList } from '../../lib/search/suggest';
import { BASE, withBase } from '../../lib/url';

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
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;
let words: Promise<WordList> | undefined;

/** Resolves in a new task: lets the browser paint and handle input between two pieces of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Pagefind, loaded and initialised once; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<Pagefind>).then(async (pf) => {
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

/** The site's word list; without it (offline, old build) search works, just without suggestions. */
export function loadWords(): Promise<WordList> {
  words ??= fetch(withBase(`/pagefind/${WORDS_FILE}`))
    .then((res) => (res.ok ? res.text() : ''))
    .then(parseWordList, () => EMPTY_WORDS);
  return words;
}

/** The best score in a response (0 when it has no results). */
export function topScore(res: PagefindResponse): number {
  return res.results.reduce((best, r) => Math.max(best, r.score), 0);
}
