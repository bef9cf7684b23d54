/**
 * Typo tolerance as a layer over Pagefind: the build writes the site's own words to a small
 * word list (`formatWordList`), the search UI reads it (`parseWordList`, never throws) and
 * offers a correction for query words that appear on no page (`correctQuery`).
 *
 * Rules:
 * - only words of MIN_WORD+ letters without digits are corrected; shorter words are too
 *   ambiguous (nps, cx, tip);
 * - a word is known (never corrected) when the site has it, or it is the start of a site word
 *   (you are still typing: "klantr" → klantreis);
 * - a correction is a site word within `maxEdits(length)` edits (insert, delete, replace, swap
 *   two neighbours): 1 for 5–7 letters, 2 from 8;
 * - compounds: a whole site word is tried first (klantrijs → klantreis, omnichanel →
 *   omnichannel); otherwise a known first part plus a corrected last part
 *   (klantreisfaze → klantreisfase);
 * - among candidates: fewest edits, then the same first letter, then the more frequent word,
 *   then the nearer length, then alphabetical (so the answer is deterministic).
 *
 * Word list format (plain UTF-8 text, so it gzips well and parsing cannot run code):
 *   line 1:  `cx-words 1`
 *   line 2+: one frequency band per line, most frequent first; words separated by spaces.
 */
import { normalizeWord } from './normalize';

/** The word list's file name in the Pagefind folder (written by src/integrations/pagefind.ts). */
export const WORDS_FILE = 'cx-words.txt';
/** Header of the word list file; another version is ignored (no suggestions, nothing breaks). */
export const WORDS_HEADER = 'cx-words 1';
/** Shortest query word we correct. */
export const MIN_WORD = 5;
/** Shortest word the list keeps (parts like "fase" serve as the end of a compound). */
export const MIN_LIST_WORD = 4;
/** Longest word we look at; longer input is no word. */
export const MAX_WORD = 40;
/** Band limits: a word seen at least BAND_MIN[i] times is in band i. */
const BAND_MIN = [32, 16, 8, 4, 2, 1] as const;
/** Safety limits for what a (possibly corrupted) file may make us hold. */
const MAX_WORDS = 100_000;
const MAX_BANDS = BAND_MIN.length;

const WORD = /^[a-z]+$/;

/** The site's words, ready for lookups. */
export interface WordList {
  /** word → frequency band (0 = most frequent). */
  readonly band: ReadonlyMap<string, number>;
  /** All words, sorted, for prefix checks. */
  readonly sorted: readonly string[];
  /** Words by length, so a lookup only compares words of a near length. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

export const EMPTY_WORDS: WordList = { band: new Map(), sorted: [], byLength: new Map() };

/** Whether `word` is a list word: letters a–z only, MIN_LIST_WORD to MAX_WORD long. */
function listable(word: string): boolean {
  return word.length >= MIN_LIST_WORD && word.length <= MAX_WORD && WORD.test(word);
}

/** The word list file for word counts (normalised words → how often the site uses them). Deterministic. */
export function formatWordList(counts: ReadonlyMap<string, number>): string {
  const bands: string[][] = BAND_MIN.map(() => []);
  for (const [raw, count] of counts) {
    const word = normalizeWord(raw);
    if (!listable(word) || !(count >= 1)) continue;
    const i = BAND_MIN.findIndex((min) => count >= min);
    bands[i === -1 ? BAND_MIN.length - 1 : i]!.push(word);
  }
  const seen = new Set<string>();
  const lines = bands.map((words) =>
    [...new Set(words)]
      .filter((w) => !seen.has(w) && seen.add(w))
      .sort()
      .join(' '),
  );
  return `${WORDS_HEADER}\n${lines.join('\n')}\n`;
}

/**
 * The counts for the word list: the site's words plus the parts of its compounds, which
 * Pagefind indexes too (see augment.ts), so "beleving" counts as known on a site that only
 * says "klantbeleving".
 */
export function withParts(counts: ReadonlyMap<string, number>, split: (word: string) => string[]): Map<string, number> {
  const out = new Map(counts);
  for (const [word, count] of counts) {
    for (const part of split(word)) out.set(part, (out.get(part) ?? 0) + count);
  }
  return out;
}

/** Builds the lookup structures from (word, band) pairs; the first band given for a word wins. */
export function wordList(entries: Iterable<readonly [string, number]>): WordList {
  const band = new Map<string, number>();
  for (const [word, b] of entries) {
    if (band.size >= MAX_WORDS) break;
    if (listable(word) && !band.has(word)) band.set(word, b);
  }
  const sorted = [...band.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const w of sorted) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return { band, sorted, byLength };
}

/** Reads a word list file. Never throws: anything unexpected gives fewer words or the empty list. */
export function parseWordList(text: unknown): WordList {
  if (typeof text !== 'string') return EMPTY_WORDS;
  const lines = text.split('\n');
  if (lines[0]?.trim() !== WORDS_HEADER) return EMPTY_WORDS;
  const entries: [string, number][] = [];
  for (let b = 0; b < MAX_BANDS && b + 1 < lines.length; b++) {
    for (const token of lines[b + 1]!.split(' ')) {
      if (entries.length >= MAX_WORDS) break;
      const word = normalizeWord(token);
      if (word) entries.push([word, b]);
    }
  }
  return wordList(entries);
}

/** Most edits allowed for a word of this length: 0 below MIN_WORD, 1 up to 7 letters, 2 from 8. */
export function maxEdits(length: number): number {
  if (length < MIN_WORD) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Edit distance with adjacent swaps (optimal string alignment), stopping early: returns
 * `max + 1` as soon as the distance is known to exceed `max`. Two Dutch spelling slips count as
 * one edit: "ij" for "ei" (klantrijs → klantreis) and "y" for "ij" (byzonder → bijzonder).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      if (i > 1 && j > 1 && sameSound(a.slice(i - 2, i), b.slice(j - 2, j))) d = Math.min(d, before[j - 2]! + 1);
      if (j > 1 && a[i - 1] === 'y' && b[j - 2] === 'i' && b[j - 1] === 'j') d = Math.min(d, prev[j - 2]! + 1);
      if (i > 1 && b[j - 1] === 'y' && a[i - 2] === 'i' && a[i - 1] === 'j') d = Math.min(d, before[j - 1]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, max + 1);
}

/** "ij" and "ei" sound the same in Dutch. */
function sameSound(x: string, y: string): boolean {
  return (x === 'ij' && y === 'ei') || (x === 'ei' && y === 'ij');
}

/** Whether some list word starts with `prefix` (binary search in the sorted words). */
export function hasPrefix(list: WordList, prefix: string): boolean {
  const words = list.sorted;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.startsWith(prefix);
}

/** Whether a normalised word needs no correction: too short, has digits, on the site, or the start of a site word. */
export function isKnown(word: string, list: WordList): boolean {
  if (word.length < MIN_WORD || word.length > MAX_WORD || !WORD.test(word)) return true;
  return list.band.has(word) || hasPrefix(list, word);
}

interface Candidate {
  word: string;
  edits: number;
  otherStart: number;
  band: number;
  lengthGap: number;
}

/** Negative when `a` is the better candidate. */
function compare(a: Candidate, b: Candidate): number {
  return (
    a.edits - b.edits ||
    a.otherStart - b.otherStart ||
    a.band - b.band ||
    a.lengthGap - b.lengthGap ||
    (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)
  );
}

/** The best list word within `max` edits of `word`, or null. */
function nearest(word: string, list: WordList, max: number): Candidate | null {
  let best: Candidate | null = null;
  if (max <= 0) return null;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const w of list.byLength.get(len) ?? []) {
      const edits = editDistance(word, w, max);
      if (edits > max) continue;
      const c: Candidate = {
        word: w,
        edits,
        otherStart: w[0] === word[0] ? 0 : 1,
        band: list.band.get(w) ?? MAX_BANDS,
        lengthGap: Math.abs(w.length - word.length),
      };
      if (!best || compare(c, best) < 0) best = c;
    }
  }
  return best;
}

/**
 * A correction for one word, or null when it needs none or none is close enough.
 * Returns a normalised site word (or a known first part plus a corrected site word).
 */
export function suggestWord(raw: string, list: WordList): string | null {
  const word = normalizeWord(raw);
  if (isKnown(word, list)) return null;
  const whole = nearest(word, list, maxEdits(word.length));
  if (whole) return whole.word;
  // A compound the site does not have as a whole: keep a known first part, correct the rest.
  let best: { head: string; tail: Candidate } | null = null;
  for (let i = word.length - MIN_LIST_WORD; i >= MIN_LIST_WORD; i--) {
    const head = word.slice(0, i);
    if (!list.band.has(head)) continue;
    const rest = word.slice(i);
    const tail = nearest(rest, list, Math.max(1, maxEdits(rest.length)));
    if (tail && (!best || compare(tail, best.tail) < 0)) best = { head, tail };
  }
  return best ? best.head + best.tail.word : null;
}

/** A corrected query: the text to search for and which words changed. */
export interface Correction {
  query: string;
  fixes: { from: string; to: string }[];
}

/**
 * Corrects every unknown word of a query, keeping the other words as typed.
 * Null when nothing changes. Never throws.
 */
export function correctQuery(query: unknown, list: WordList): Correction | null {
  if (typeof query !== 'string' || !list.sorted.length) return null;
  const fixes: Correction['fixes'] = [];
  const parts = query.split(/(\s+)/);
  const out = parts.map((part) => {
    if (!part.trim()) return part;
    const to = suggestWord(part, list);
    if (!to) return part;
    fixes.push({ from: part, to });
    return to;
  });
  return fixes.length ? { query: out.join(''), fixes } : null;
}
