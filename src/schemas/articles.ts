/** Schema of a gids: the kennisbank guides, one MDX file each in `content/articles/`. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TOOLS } from '../lib/tools';
import { text } from './text';

/** Gidsen: a guide on one topic, with a short summary at the top and links to read on. */
export const articleSchema = z.object({
  /** Page title. */
  title: text(),
  /** Meta description and teaser on the overview (max 160 characters). */
  description: text().max(160, 'houd de beschrijving onder 160 tekens'),
  /** "Kort gezegd": three to five bullets at the top of the guide. */
  summary: z.array(text()).min(2, 'geef minstens twee punten').max(6, 'geef hoogstens zes punten'),
  /** Position on the kennisbank overview. */
  order: z.number().int().positive(),
  /** Source articles this guide draws on. */
  sources: z.array(reference('sources')).min(1, 'noem minstens één bron'),
  /** Begrippen to link under "Lees ook". */
  terms: z.array(reference('terms')).default([]),
  /** Books to link under "Lees ook". */
  books: z.array(reference('books')).default([]),
  /** Tools that help with this topic (ids from src/lib/tools.ts). */
  tools: z.array(z.enum(TOOLS)).default([]),
});
