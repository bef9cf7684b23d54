/**
 * Content collections of CX Wegwijzer: each collection's folder in `content/` wired to its
 * loader and its schema. Schemas live in `src/schemas/` (one file per concept); the loader
 * (`src/loaders/content.ts`) also checks every `reference()`, once per build. A wrong field or a
 * reference to an entry that does not exist fails `npm run build` naming the file and the field.
 *
 * `CONTENT_DIR` (default `content`) lets the build test point at a broken fixture.
 */
import { defineCollection } from 'astro:content';
import { contentLoaders } from './loaders/content';
import { articleSchema } from './schemas/articles';
import { bookSchema } from './schemas/books';
import { podcastSchema } from './schemas/podcasts';
import { sourceSchema } from './schemas/sources';
import { termSchema } from './schemas/terms';
import { tipSchema } from './schemas/tips';
import { assessmentSchema } from './schemas/assessment';

const load = contentLoaders(process.env.CONTENT_DIR ?? 'content');
const MDX = '*.{md,mdx}';
const YAML = '*.{yaml,yml}';

export const collections = {
  sources: defineCollection({ loader: load('sources', YAML), schema: sourceSchema }),
  terms: defineCollection({ loader: load('terms', MDX), schema: termSchema }),
  articles: defineCollection({ loader: load('articles', MDX), schema: articleSchema }),
  books: defineCollection({ loader: load('books', YAML), schema: bookSchema }),
  podcasts: defineCollection({ loader: load('podcasts', YAML), schema: podcastSchema }),
  tips: defineCollection({ loader: load('tips', YAML), schema: tipSchema }),
  assessment: defineCollection({ loader: load('assessment', '*.{yaml,yml,json}'), schema: assessmentSchema }),
};
