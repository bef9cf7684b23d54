/**
 * Word normalisation shared by the build-time compound splitter and the client-side
 * highlighter, so both agree on what "the same word" is. Pagefind matches without
 * diacritics by default (ideeën = ideeen), so we fold them too.
 */

const COMBINING = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, diacritics folded, everything but letters and digits removed. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(NOT_WORD, '');
}

/**
 * Splits running text into normalised words. Hyphens, slashes and apostrophes split too
 * ("Bromvlieg-effect" → bromvlieg, effect), as in Pagefind's own tokenizer.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.normalize('NFD').replace(COMBINING, '').toLowerCase().split(NOT_WORD)) {
    if (raw) out.push(raw);
  }
  return out;
}
