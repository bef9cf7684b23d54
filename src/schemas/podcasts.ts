/**
 * Schema of a podcast: one YAML file per podcast in `content/podcasts/`. Only what the source
 * says: no guessed names, hosts, languages or addresses. A reader finds a podcast through a web
 * search for `search`.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TOPICS } from '../lib/topics';
import { text } from './text';

/** Podcasts: the listened-to podcasts from the source's list. */
export const podcastSchema = z
  .object({
    /** The podcast's own name, only when the source gives it. */
    name: text().optional(),
    /** When the source gives no name: a short title made only from what the source says. */
    title: text().optional(),
    /** What the podcast is about, in our own words. */
    description: text(),
    /** Hosts or makers, as the source names them. */
    hosts: z.array(text()).default([]),
    /** Number of episodes, only when the source gives it. */
    episodes: z.number().int().positive().optional(),
    /** One quiet line on what the source does not tell (name, makers); required without a name. */
    note: text().optional(),
    /** Words to search for, only names and words from the source (the page links to a web search). */
    search: text().max(100, 'houd de zoekwoorden onder 100 tekens'),
    /** Sort key for a stable order. Not a ranking: the source puts its favourite first, the rest in no order. */
    position: z.number().int().min(1).max(50),
    /** Topics for filtering ("thema" on the site; ids from src/lib/topics.ts). */
    themes: z.array(z.enum(TOPICS)).min(1, 'kies minstens één thema'),
    /** Marked as new in the source list. */
    isNew: z.boolean().default(false),
    /** Where this podcast is mentioned. */
    source: reference('sources'),
  })
  .superRefine((p, ctx) => {
    if (!p.name && !p.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'geef een naam (uit de bron) of anders een titel' });
    if (!p.name && !p.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'zonder naam: zeg in `note` dat de bron geen naam noemt' });
  });
