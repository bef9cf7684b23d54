/** How a podcast is named on the site and how a reader finds it. Pure, no DOM. */

/** The search engine a "find this podcast" link opens (a plain link: the site itself requests nothing). */
export const PODCAST_SEARCH_ENGINE = 'https://duckduckgo.com/';

/** The podcast's name when the source gives one, otherwise our title built from the source. */
export function podcastLabel(p: { name?: string | undefined; title?: string | undefined }): string {
  return (p.name ?? p.title ?? '').trim();
}

/** Address of a web search for the given words, e.g. "Forrester podcast" → "https://duckduckgo.com/?q=Forrester%20podcast". */
export function podcastSearchUrl(words: string): string {
  const q = words.trim().replace(/\s+/g, ' ');
  return `${PODCAST_SEARCH_ENGINE}?q=${encodeURIComponent(q)}`;
}
