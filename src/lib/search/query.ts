/**
 * The search query and type filter as they travel through the URL (`/zoeken/?q=…&type=…`)
 * and into Pagefind. Every value from outside passes `readSearchUrl`, which never throws and
 * falls back to an empty search.
 */
import { words } from './normalize';

/** Longest query we keep; longer input is cut (Pagefind gains nothing from essays). */
export const MAX_QUERY = 100;
/** Most type filters a URL may carry. */
const MAX_TYPES = 10;

// Control characters and the Unicode "format" class (zero-width joiners, bidi overrides).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Cleans a raw query: string only, no control or invisible characters, single spaces, at most MAX_QUERY characters. */
export function parseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const clean = raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  // Cut on a code point boundary, then trim again so no half word with a trailing space stays.
  return [...clean].slice(0, MAX_QUERY).join('').trim();
}

/** The normalised words of a query, unique, in order (for highlighting). */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query))];
}

/** Keeps the type values that exist (`allowed`), unique, in the given order. */
export function parseTypes(raw: readonly unknown[], allowed: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of raw.slice(0, MAX_TYPES)) {
    if (typeof value === 'string' && allowed.includes(value) && !out.includes(value)) out.push(value);
  }
  return out;
}

export interface SearchState {
  query: string;
  types: string[];
}

/** Reads `?q=` and `?type=` from a location.search string; malformed input gives an empty state. */
export function readSearchUrl(search: string, allowed: readonly string[]): SearchState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { query: '', types: [] };
  }
  return { query: parseQuery(params.get('q') ?? ''), types: parseTypes(params.getAll('type'), allowed) };
}

/** The query string for a search state ('' for an empty one), e.g. "?q=klantreis&type=Gids". */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = parseQuery(state.query);
  if (query) params.set('q', query);
  for (const type of state.types) params.append('type', type);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object for the selected types (any of them), or undefined for all. */
export function typeFilter(types: readonly string[]): { type: { any: string[] } } | undefined {
  return types.length ? { type: { any: [...types] } } : undefined;
}

/** Orders the types Pagefind knows: first as in `preferred`, then the rest by count. */
export function orderTypes(counts: Readonly<Record<string, number>>, preferred: readonly string[]): string[] {
  const known = Object.keys(counts);
  const first = preferred.filter((t) => known.includes(t));
  const rest = known.filter((t) => !preferred.includes(t)).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
  return [...first, ...rest];
}
