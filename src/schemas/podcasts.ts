/** Schema of a podcast: one YAML file per podcast in `content/podcasts/`. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TOPICS } from '../lib/topics';
import { text } from './text';

/** Podcasts: the listened-to podcasts from the source's list. */
export const podcastSchema = z.object({
  /** Name of the podcast, only when the source gives it. */
  name: text().optional(),
  /** Description; when there is no name this is also how we refer to it ("Podcast van …"). */
  description: text(),
  /** Hosts or makers. */
  hosts: z.array(text()).default([]),
  /** Spoken language. */
  language: z.enum(['nl', 'en']),
  /** Number of episodes, only when the source gives it. */
  episodes: z.number().int().positive().optional(),
  /** Position in the source's list. */
  position: z.number().int().min(1).max(50),
  /** Topics for filtering ("thema" on the site; ids from src/lib/topics.ts). */
  themes: z.array(z.enum(TOPICS)).min(1, 'kies minstens één thema'),
  /** Marked as new in the source list. */
  isNew: z.boolean().default(false),
  /** Where this podcast is mentioned. */
  source: reference('sources'),
});
