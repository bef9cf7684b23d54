/**
 * Dutch compound splitter. Pagefind matches whole words and prefixes only, so "beleving"
 * never finds "klantbeleving". At build time we split the site's compounds into their parts
 * and let Pagefind index the parts too (see src/integrations/pagefind.ts).
 *
 * How a word is split, in order:
 * 1. a full cover by known parts, optionally glued with a linking s/e/en
 *    (klant|tevredenheid|s|onderzoek); the cover with the fewest parts wins, and every part
 *    is split again, so long parts yield their own parts;
 * 2. otherwise a known head plus an unknown rest of 4+ letters (klant|belevers);
 * 3. and/or a known tail (curated list only) after an unknown head of 4+ letters (pijn|vlieg).
 * Inflected parts that Pagefind's stemmer cannot bring back (reizen → reis) also give their
 * base form, and so does the compound (klantreizen → klantreis).
 */
import { normalizeWord } from './normalize';
import { AMBIGUOUS_TAILS, HEADS, LEMMAS, LINKS, NOT_PARTS, PARTS } from './vocabulary';

export interface SplitterConfig {
  /** Known parts (normalised). */
  parts: Iterable<string>;
  /** Heads that may be followed by an unknown rest. */
  heads?: Iterable<string>;
  /** Tails that may follow an unknown head (default: none). Keep this to curated words: site words make noise (factoren → oren). */
  tails?: Iterable<string>;
  /** Words that never count as a part. */
  notParts?: ReadonlySet<string>;
  /** Inflected form → base form. */
  lemmas?: Readonly<Record<string, string>>;
  /** Shortest word that is worth splitting (default 7). */
  minWord?: number;
  /** Shortest part (default 3). */
  minPart?: number;
}

/** Returns the parts of a word (normalised, unique, never the word itself); [] when it is no compound. */
export type Splitter = (word: string) => string[];

interface Cover {
  cost: number;
  parts: string[];
}

const MIN_REST = 4;
const MAX_WORD = 60;

/** Builds a splitter over a vocabulary. Results are memoised per word. */
export function createSplitter(config: SplitterConfig): Splitter {
  const notParts = config.notParts ?? NOT_PARTS;
  const lemmas = config.lemmas ?? LEMMAS;
  const minWord = config.minWord ?? 7;
  const minPart = config.minPart ?? 3;
  const parts = new Set<string>();
  for (const p of config.parts) {
    const n = normalizeWord(p);
    if (n.length >= minPart && !notParts.has(n)) parts.add(n);
  }
  const heads = [...new Set([...(config.heads ?? [])].map(normalizeWord))]
    .filter((h) => h.length >= minPart)
    .sort((a, b) => b.length - a.length);
  const tails = new Set([...(config.tails ?? [])].map(normalizeWord).filter((w) => w.length >= MIN_REST));
  const memo = new Map<string, string[]>();

  /** Cheapest cover of the whole word by two or more known parts, or null. */
  function cover(word: string): string[] | null {
    const n = word.length;
    const best: (Cover | null)[] = new Array<Cover | null>(n + 1).fill(null);
    best[0] = { cost: 0, parts: [] };
    for (let i = 0; i < n; i++) {
      const from = best[i];
      if (!from) continue;
      for (const link of i === 0 ? [''] : ['', ...LINKS]) {
        if (link && !word.startsWith(link, i)) continue;
        const j = i + link.length;
        for (let k = j + minPart; k <= n; k++) {
          if (j === 0 && k === n) continue; // the word itself is no split
          const part = word.slice(j, k);
          if (!parts.has(part)) continue;
          // Fewer parts first, then fewer linking letters.
          const cost = from.cost + 10 + link.length;
          const current = best[k];
          if (!current || cost < current.cost) best[k] = { cost, parts: [...from.parts, part] };
        }
      }
    }
    const done = best[n];
    return done && done.parts.length >= 2 ? done.parts : null;
  }

  function split(word: string, depth: number): string[] {
    const cached = memo.get(word);
    if (cached) return cached;
    const out = new Set<string>();
    if (word.length >= minWord && word.length <= MAX_WORD && depth < 4) {
      const found = cover(word);
      if (found) {
        for (const part of found) {
          out.add(part);
          for (const sub of split(part, depth + 1)) out.add(sub);
        }
        const last = found[found.length - 1]!;
        const lemma = lemmas[last];
        if (lemma) out.add(word.slice(0, word.length - last.length) + lemma);
      } else {
        const head = heads.find((h) => word.startsWith(h) && word.length - h.length >= MIN_REST);
        if (head) {
          const rest = word.slice(head.length);
          out.add(head);
          if (!notParts.has(rest)) out.add(rest);
          for (const sub of split(rest, depth + 1)) out.add(sub);
        }
        for (let k = MIN_REST; k <= word.length - MIN_REST; k++) {
          const tail = word.slice(k);
          if (tails.has(tail)) {
            out.add(tail);
            break; // longest known tail only
          }
        }
      }
      for (const p of [...out]) {
        const lemma = lemmas[p];
        if (lemma) out.add(lemma);
      }
    }
    out.delete(word);
    const result = [...out].filter((p) => p.length >= minPart && !notParts.has(p));
    memo.set(word, result);
    return result;
  }

  return (raw: string) => {
    const word = normalizeWord(raw);
    return word ? split(word, 0) : [];
  };
}

/** The splitter with only the built-in vocabulary (the build adds the site's words). */
export function defaultSplitter(extraParts: Iterable<string> = []): Splitter {
  return createSplitter({
    parts: [...PARTS, ...extraParts],
    heads: HEADS,
    tails: PARTS.filter((p) => !AMBIGUOUS_TAILS.has(p)),
  });
}

/**
 * Picks the site's own words that may act as parts: words that stand alone at least
 * `minCount` times and have at least `minLength` letters.
 */
export function siteParts(counts: ReadonlyMap<string, number>, minCount = 2, minLength = 4): string[] {
  const out: string[] = [];
  for (const [word, count] of counts) {
    if (count >= minCount && word.length >= minLength && !NOT_PARTS.has(word) && !/\d/.test(word)) out.push(word);
  }
  return out;
}
