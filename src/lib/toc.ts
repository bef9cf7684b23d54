/**
 * The short table of contents of a guide: built at build time from the guide's `##` headings,
 * shown only when the guide is long (about four screens or more). Pure, no DOM.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** About four screens of reading on a laptop (roughly 225 words a screen). */
export const TOC_MIN_WORDS = 900;
/** A contents list of one or two lines helps nobody. */
export const TOC_MIN_ITEMS = 3;

/** Words a reader sees in an MDX body: imports, tags, addresses and markup left out. */
export function wordCount(body: string): number {
  const text = body
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_|>`[\]-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The `##` headings to list, or none when the guide is short or has too few sections. */
export function tocItems(headings: Heading[], words: number, minWords = TOC_MIN_WORDS): Heading[] {
  const items = headings.filter((h) => h.depth === 2);
  return words >= minWords && items.length >= TOC_MIN_ITEMS ? items : [];
}
