/**
 * Build-time step between Astro and Pagefind: finds the compounds on a built page and adds
 * their parts to what Pagefind indexes, in a `hidden` block at the very start of the page's
 * `data-pagefind-body` (Pagefind indexes hidden text).
 *
 * Shape of the block (the client relies on it, see excerpt.ts):
 *   <div hidden data-cx-parts>⁂ <span data-pagefind-weight="7">title parts</span> body parts ⁂</div>
 * - The ⁂ marks fence the parts, so the client can leave them out of excerpts and highlight
 *   the compound in the visible text instead.
 * - Parts from the page title weigh as much as the title (7), so "vlieg" ranks the
 *   Bromvlieg book first; body parts repeat with the compound's count (at most 3).
 * - Placed before the first heading, a part never turns into a sub-result for a heading.
 */
import { words } from './normalize';
import type { Splitter } from './compounds';

/** Fences the added parts in Pagefind's content. A token no Dutch text contains. */
export const PARTS_MARK = '⁂';
/** Pagefind's weight for an h1; title parts get the same. */
export const TITLE_WEIGHT = 7;
/** A part repeats at most this often, so a page full of one compound does not outrank the real word. */
export const MAX_REPEAT = 3;

const BODY_OPEN = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?[^>]*>/i;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities Astro writes (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Visible-ish text of an HTML fragment: drops scripts, styles, SVG, what Pagefind ignores and
 * tags; decodes entities. (A regex, not a parser: nested same-name ignored elements may leave a
 * little text behind, which at worst adds a part or two.)
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template|svg|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The indexed part of a page: title (first h1) and body text, or null when Pagefind skips the page. */
export function indexedText(html: string): { title: string; text: string; bodyStart: number } | null {
  const open = BODY_OPEN.exec(html);
  if (!open) return null;
  const bodyStart = open.index + open[0].length;
  const rest = html.slice(bodyStart);
  const end = rest.search(/<\/main>|<\/body>/i);
  const body = end === -1 ? rest : rest.slice(0, end);
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
  return { title: h1 ? htmlToText(h1[1]!) : '', text: htmlToText(body), bodyStart };
}

export interface PageParts {
  /** Parts of compounds in the title. */
  title: string[];
  /** Parts of compounds in the body with how often their compounds occur. */
  body: Map<string, number>;
}

/**
 * Parts that Pagefind would not find on its own: parts of the page's compounds that do not
 * already stand on the page as words.
 */
export function pageParts(title: string, text: string, split: Splitter): PageParts {
  const all = words(text);
  const present = new Set(all);
  const titleParts = new Set<string>();
  for (const w of words(title)) for (const p of split(w)) if (!present.has(p)) titleParts.add(p);
  const body = new Map<string, number>();
  for (const w of all) {
    for (const p of split(w)) {
      if (present.has(p) || titleParts.has(p)) continue;
      body.set(p, (body.get(p) ?? 0) + 1);
    }
  }
  return { title: [...titleParts], body };
}

/** The hidden block for a page, or '' when there is nothing to add. Words only, so no escaping issues. */
export function partsBlock(parts: PageParts): string {
  if (!parts.title.length && !parts.body.size) return '';
  const safe = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
  const title = parts.title.filter(safe);
  const body: string[] = [];
  for (const [p, n] of parts.body) if (safe(p)) for (let i = 0; i < Math.min(n, MAX_REPEAT); i++) body.push(p);
  const titleHtml = title.length ? `<span data-pagefind-weight="${TITLE_WEIGHT}">${title.join(' ')}</span> ` : '';
  return `<div hidden data-cx-parts>${PARTS_MARK} ${titleHtml}${body.join(' ')} ${PARTS_MARK}</div>`;
}

// Elements whose text ends where the next one begins: a table cell, a list item, a caption.
// Not headings and paragraphs: Pagefind ends those with a full stop itself, unless we add a space.
const BLOCK_END = /<\/(td|th|li|dt|dd|caption|figcaption|summary|option|tr)\s*>|<br\s*\/?>/gi;

/**
 * Puts a space before the end of every cell, list item and other text block, for the copy of
 * a page that Pagefind indexes. Astro writes `<td>Soort klant</td><td>Winst per jaar</td>` with
 * nothing in between, and Pagefind joins such text into one run ("klantWinst"): in its words
 * and in our excerpts. A space inside the element changes nothing else.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, (tag) => ` ${tag}`);
}

/** Adds the parts block to a built page; returns the HTML unchanged when Pagefind skips it or nothing is added. */
export function augmentHtml(html: string, split: Splitter): { html: string; added: number } {
  const page = indexedText(html);
  if (!page) return { html, added: 0 };
  const parts = pageParts(page.title, page.text, split);
  const block = partsBlock(parts);
  if (!block) return { html, added: 0 };
  const added = parts.title.length + parts.body.size;
  return { html: html.slice(0, page.bodyStart) + block + html.slice(page.bodyStart), added };
}
