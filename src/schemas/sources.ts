/** Schema of a source article: one YAML file each in `content/sources/`. */
import { z } from 'astro/zod';
import { text } from './text';

/** The five source articles the site is built on. */
export const sourceSchema = z.object({
  /** Title as published; when the article has none, a description of it (set `untitled`). */
  title: text(),
  /** Subtitle as published, if any (shown after the title). */
  subtitle: text().optional(),
  /** True when the article has no title of its own and `title` is our description. */
  untitled: z.boolean().default(false),
  /** Publisher or website, only when the article names it (e.g. "Buro Improof"). */
  publisher: text().optional(),
  /** Author, only when the article names one. */
  author: text().optional(),
  /** Publication date, only when the article gives one. */
  date: z.coerce.date().optional(),
  /** Home page of the publisher (no deep links we cannot verify). */
  publisherUrl: z.url().optional(),
  /** File name of the article in the seeds folder, for traceability. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'moet een bestandsnaam uit shared/seeds zijn'),
  /** One or two sentences on what the article is about, in our own words. */
  summary: text(),
});
