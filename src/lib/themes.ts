/**
 * Themes shared by books and podcasts. The id list is the single source of truth:
 * the content schema, the filters on the listing pages and the Pagefind filters all use it.
 * Labels live in the i18n dictionary under `theme.<id>`.
 */
export const THEMES = [
  'gedrag-en-psychologie',
  'strategie-en-leiderschap',
  'klantreis-en-ontwerp',
  'service-design',
  'verandering-en-cultuur',
  'meten-en-data',
  'klantenservice',
] as const;

export type Theme = (typeof THEMES)[number];

/** Type guard for a theme id coming from outside (URL, content). */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The three perspectives of the 3×7 tips, in reading order. */
export const TIP_PERSPECTIVES = ['levend-krijgen', 'levend-houden', 'management'] as const;
export type TipPerspective = (typeof TIP_PERSPECTIVES)[number];
