/**
 * Topics of books and podcasts ("thema" on the site: `/boeken/thema/<topic>/`). Not the colour
 * theme, see `./color-theme.ts`. The id list is the single source of truth: the content schema,
 * the filters on the listing pages and the Pagefind filters all use it. Labels live in the
 * dictionary under `topic.<id>`.
 */
import { COLLECTION_PATHS } from './url';

/** Topic ids, in the order of the filters. */
export const TOPICS = [
  'gedrag-en-psychologie',
  'strategie-en-leiderschap',
  'klantreis-en-ontwerp',
  'service-design',
  'verandering-en-cultuur',
  'meten-en-data',
  'klantenservice',
] as const;

/** One topic id, e.g. `meten-en-data`. */
export type Topic = (typeof TOPICS)[number];

/** The root-relative path of a topic's book list: `topicPath('meten-en-data')` → `/boeken/thema/meten-en-data/`. */
export function topicPath(topic: Topic): string {
  return `${COLLECTION_PATHS.books}thema/${topic}/`;
}
