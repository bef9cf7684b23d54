/**
 * Turns a Pagefind result (its `data()`) into what the search UI shows: the title, the type,
 * an excerpt with the matched words marked and sub-results for the headings that match.
 *
 * We build excerpts ourselves instead of using Pagefind's `excerpt` because of the compound
 * parts the build adds (augment.ts): a search for "beleving" matches the hidden part
 * "beleving", and Pagefind would show the hidden parts block as the excerpt. Here a hit on a
 * hidden part marks the visible compound instead ("klant[beleving]"), and the block itself
 * never appears. Output is plain segments; the UI renders them as text (no innerHTML).
 */
import { PARTS_MARK } from './augment';
import { normalizeWord } from './normalize';

/** An element with an id that Pagefind saw (headings become sub-results). */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** The fields of Pagefind's result data that we use. */
export interface ResultData {
  url: string;
  content: string;
  locations: number[];
  anchors?: Anchor[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** A piece of text; `mark` pieces are the matched words. */
export interface Segment {
  text: string;
  mark?: boolean;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: Segment[];
}

export interface ResultView {
  url: string;
  title: Segment[];
  type: string;
  excerpt: Segment[];
  sub: SubResult[];
}

export interface ViewOptions {
  /** Words per excerpt. */
  length?: number;
  /** Most sub-results per page. */
  maxSub?: number;
}

type Range = readonly [number, number];

const ALNUM = /[\p{L}\p{N}]/u;

/** Start and end of the letters in a token ("(klantreis)," → the klantreis part). */
export function letterSpan(token: string): Range {
  const chars = [...token];
  let start = 0;
  let end = chars.length;
  while (start < end && !ALNUM.test(chars[start]!)) start++;
  while (end > start && !ALNUM.test(chars[end - 1]!)) end--;
  if (start === end) return [0, 0];
  // Back to UTF-16 offsets.
  const before = chars.slice(0, start).join('').length;
  return [before, before + chars.slice(start, end).join('').length];
}

/** Where `part` sits inside `token`, ignoring case; the whole word when it cannot be located exactly. */
function partRange(token: string, part: string): Range {
  const i = token.toLowerCase().indexOf(part);
  return i >= 0 ? [i, i + part.length] : letterSpan(token);
}

/** Index of the first visible token: after the parts block when the page has one. */
export function visibleStart(tokens: readonly string[]): number {
  if (tokens[0] !== PARTS_MARK) return 0;
  const end = tokens.indexOf(PARTS_MARK, 1);
  return end === -1 ? 0 : end + 1;
}

/**
 * Marked ranges per token index. Pagefind's own hits in visible text mark the whole word
 * (stemming: "organisaties" marks "organisatie"); hits on hidden parts mark that part inside
 * every visible compound that contains it.
 */
export function markRanges(tokens: readonly string[], locations: readonly number[]): Map<number, Range> {
  const start = visibleStart(tokens);
  const marks = new Map<number, Range>();
  const parts = new Set<string>();
  for (const loc of locations) {
    const token = tokens[loc];
    if (token === undefined) continue;
    if (loc >= start) {
      const span = letterSpan(token);
      if (span[1] > span[0]) marks.set(loc, span);
    } else {
      const part = normalizeWord(token);
      if (part.length >= 3) parts.add(part);
    }
  }
  for (const part of parts) {
    let found = false;
    for (const probe of part.length >= 4 ? [part, part.slice(0, -1)] : [part]) {
      for (let j = start; j < tokens.length; j++) {
        if (marks.has(j)) continue;
        const norm = normalizeWord(tokens[j]!);
        if (norm !== probe && norm.includes(probe)) {
          marks.set(j, partRange(tokens[j]!, probe));
          found = true;
        }
      }
      if (found) break;
    }
  }
  return marks;
}

/** Best window of `length` tokens inside [lo, hi) holding the most hits; null without hits. */
export function bestWindow(hits: readonly number[], lo: number, hi: number, length: number): Range | null {
  const inside = hits.filter((h) => h >= lo && h < hi).sort((a, b) => a - b);
  if (!inside.length) return null;
  let best = 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < inside.length; i++) {
    while (j < inside.length && inside[j]! < inside[i]! + length) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const first = inside[best]!;
  // A little context before the first hit, without running past the end.
  let start = Math.max(lo, first - Math.floor(length / 4));
  start = Math.max(lo, Math.min(start, hi - length));
  return [start, Math.min(hi, start + length)];
}

/** Segments for tokens [start, end) with marks, and ellipses where text was cut. */
export function segments(
  tokens: readonly string[],
  marks: ReadonlyMap<number, Range>,
  [start, end]: Range,
  [lo, hi]: Range,
): Segment[] {
  const out: Segment[] = [];
  let plain = start > lo ? '… ' : '';
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    const sep = i < end - 1 ? ' ' : '';
    const range = marks.get(i);
    if (!range) {
      plain += token + sep;
      continue;
    }
    plain += token.slice(0, range[0]);
    if (plain) out.push({ text: plain });
    out.push({ text: token.slice(range[0], range[1]), mark: true });
    plain = token.slice(range[1]) + sep;
  }
  if (end < hi) plain += ' …';
  if (plain) out.push({ text: plain });
  return out;
}

/**
 * True when a title word matches a query term: the word starts with the term (typing), or both
 * share a long prefix (inflection: organisaties ~ organisatie, klantreizen ~ klantreis).
 */
export function sameWord(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  let p = 0;
  while (p < word.length && p < term.length && word[p] === term[p]) p++;
  return p >= 5 && p >= Math.max(word.length, term.length) - 3;
}

/** Marks the words of a title that match a query term or contain a matched part. */
export function markTitle(title: string, terms: readonly string[]): Segment[] {
  const usable = terms.filter((t) => t.length >= 2);
  const out: Segment[] = [];
  let plain = '';
  for (const piece of title.split(/(\s+|-)/)) {
    const norm = normalizeWord(piece);
    let range: Range | null = null;
    if (norm && usable.some((t) => sameWord(norm, t))) range = letterSpan(piece);
    else {
      const inner = usable.find((t) => t.length >= 3 && norm.includes(t));
      if (inner) range = partRange(piece, inner);
    }
    if (!range || range[1] <= range[0]) {
      plain += piece;
      continue;
    }
    plain += piece.slice(0, range[0]);
    if (plain) out.push({ text: plain });
    out.push({ text: piece.slice(range[0], range[1]), mark: true });
    plain = piece.slice(range[1]);
  }
  if (plain) out.push({ text: plain });
  return out;
}

/** The normalised hidden parts a result matched on (used to mark them in the title too). */
export function matchedParts(tokens: readonly string[], locations: readonly number[]): string[] {
  const start = visibleStart(tokens);
  const out = new Set<string>();
  for (const loc of locations) if (loc < start && tokens[loc] !== undefined) out.add(normalizeWord(tokens[loc]!));
  out.delete('');
  return [...out];
}

/** Builds what one search result shows. `terms` are the normalised query words. */
export function viewResult(data: ResultData, terms: readonly string[], options: ViewOptions = {}): ResultView {
  const length = options.length ?? 24;
  const maxSub = options.maxSub ?? 3;
  const tokens = data.content.split(/\s+/);
  const n = tokens.length;
  const lo = visibleStart(tokens);
  const marks = markRanges(tokens, data.locations);
  const hits = [...marks.keys()].sort((a, b) => a - b);

  // Sections under headings with an id (h2–h6; the h1 is the title).
  const heads = (data.anchors ?? [])
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id && a.location >= lo && a.location < n)
    .sort((a, b) => a.location - b.location);
  const sections = heads.map((a, i) => {
    const end = heads[i + 1]?.location ?? n;
    return { anchor: a, lo: a.location, hi: end, count: hits.filter((h) => h >= a.location && h < end).length };
  });
  const chosen = sections
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.lo - b.lo)
    .slice(0, maxSub)
    .sort((a, b) => a.lo - b.lo);
  const sub: SubResult[] = chosen.map((s) => {
    const win = bestWindow(hits, s.lo, s.hi, length) ?? [s.lo, Math.min(s.hi, s.lo + length)];
    return {
      title: s.anchor.text?.trim() || s.anchor.id,
      url: `${data.url.split('#')[0]}#${encodeURIComponent(s.anchor.id)}`,
      excerpt: segments(tokens, marks, win, [s.lo, s.hi]),
    };
  });

  // The page excerpt comes from the text outside the chosen sections, so it repeats none of them.
  const regions: Range[] = [];
  let from = lo;
  for (const s of chosen) {
    if (s.lo > from) regions.push([from, s.lo]);
    from = s.hi;
  }
  if (from < n) regions.push([from, n]);
  let best: { win: Range; region: Range; count: number } | null = null;
  for (const region of regions) {
    const win = bestWindow(hits, region[0], region[1], length);
    if (!win) continue;
    const count = hits.filter((h) => h >= win[0] && h < win[1]).length;
    if (!best || count > best.count) best = { win, region, count };
  }
  let excerpt: Segment[];
  if (best) excerpt = segments(tokens, marks, best.win, best.region);
  else if (data.meta['description']) excerpt = [{ text: data.meta['description'] }];
  else excerpt = segments(tokens, marks, [lo, Math.min(n, lo + length)], [lo, n]);

  const title = data.meta['title'] || data.url;
  return {
    url: data.url,
    title: markTitle(title, [...terms, ...matchedParts(tokens, data.locations)]),
    type: data.filters?.['type']?.[0] ?? '',
    excerpt,
    sub,
  };
}
