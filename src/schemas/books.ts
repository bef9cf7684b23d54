/** Schema of a book: one YAML file per book in `content/books/`. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TOPICS } from '../lib/topics';
import { text } from './text';

/** Boeken: the reviewed books from the source's list, with the reviewer's key ideas. */
export const bookSchema = z.object({
  /** Title as published. */
  title: text(),
  /** Authors, spelled correctly. */
  authors: z.array(text()).min(1, 'noem minstens één auteur'),
  /** Sort key for a stable order. Not a ranking: the source lists its books in no particular order. */
  position: z.number().int().min(1).max(50),
  /** The reviewer's key ideas, in our own words (2–5 sentences). */
  review: text(),
  /** One quiet line on what the source leaves open or gets wrong (e.g. a spelling we could not check). */
  note: text().optional(),
  /** Topics for filtering ("thema" on the site; ids from src/lib/topics.ts). */
  themes: z.array(z.enum(TOPICS)).min(1, 'kies minstens één thema'),
  /** Marked as new in the source list. */
  isNew: z.boolean().default(false),
  /** Related begrippen. */
  terms: z.array(reference('terms')).default([]),
  /** Where this book is mentioned. */
  source: reference('sources'),
});
