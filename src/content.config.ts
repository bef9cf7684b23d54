/**
 * Content collections of CX Wegwijzer. Everything a CX consultant edits lives in the
 * top-level `content/` folder; these schemas guard it. A wrong field or a reference to an
 * entry that does not exist fails `npm run build` with the file and the field in the message.
 *
 * `CONTENT_DIR` (default `content`) lets the build test point at a broken fixture.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { THEMES, TIP_PERSPECTIVES } from './lib/themes';
import { assessmentSchema } from './lib/zelfscan/model-schema';

const root = process.env.CONTENT_DIR ?? 'content';
const from = (dir: string, pattern: string) => glob({ base: `./${root}/${dir}`, pattern });

/** A non-empty line of text, trimmed. */
const text = () => z.string().trim().min(1, 'mag niet leeg zijn');

/** The five source articles the site is built on. One YAML file each in `content/sources/`. */
const sources = defineCollection({
  loader: from('sources', '*.{yaml,yml}'),
  schema: z.object({
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
  }),
});

/** Begrippen: one MDX file per term in `content/terms/`; the body is the fuller explanation. */
const terms = defineCollection({
  loader: from('terms', '*.{md,mdx}'),
  schema: z.object({
    /** The term as it is usually written, e.g. "Net Promoter Score (NPS)". */
    term: text(),
    /** Other names and abbreviations readers may search for. */
    aliases: z.array(text()).default([]),
    /** Definition in one sentence. */
    short: text().max(300, 'houd de korte definitie onder 300 tekens'),
    /** Related begrippen (ids = file names without extension). */
    related: z.array(reference('terms')).default([]),
    /** Source articles this term comes from. */
    sources: z.array(reference('sources')).min(1, 'noem minstens één bron'),
  }),
});

/** Gidsen: the kennisbank guides, one MDX file each in `content/articles/`. */
const articles = defineCollection({
  loader: from('articles', '*.{md,mdx}'),
  schema: z.object({
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
    /** Tools that help with this topic. */
    tools: z.array(z.enum(['zelfscan', 'klantwaarde', 'impactmatrix'])).default([]),
  }),
});

/** Boeken: one YAML file per book in `content/books/`. */
const books = defineCollection({
  loader: from('books', '*.{yaml,yml}'),
  schema: z.object({
    /** Title as published. */
    title: text(),
    /** Authors, spelled correctly. */
    authors: z.array(text()).min(1, 'noem minstens één auteur'),
    /** Position in the source's list (1–20). */
    position: z.number().int().min(1).max(50),
    /** The reviewer's key ideas, in our own words (2–5 sentences). */
    review: text(),
    /** Themes for filtering (see src/lib/themes.ts). */
    themes: z.array(z.enum(THEMES)).min(1, 'kies minstens één thema'),
    /** Marked as new in the source list. */
    isNew: z.boolean().default(false),
    /** Related begrippen. */
    terms: z.array(reference('terms')).default([]),
    /** Where this book is mentioned. */
    source: reference('sources'),
  }),
});

/** Podcasts: one YAML file per podcast in `content/podcasts/`. */
const podcasts = defineCollection({
  loader: from('podcasts', '*.{yaml,yml}'),
  schema: z.object({
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
    /** Themes for filtering. */
    themes: z.array(z.enum(THEMES)).min(1, 'kies minstens één thema'),
    /** Marked as new in the source list. */
    isNew: z.boolean().default(false),
    /** Where this podcast is mentioned. */
    source: reference('sources'),
  }),
});

/** Tips: the 3×7 tips to keep CX alive, one YAML file each in `content/tips/`. */
const tips = defineCollection({
  loader: from('tips', '*.{yaml,yml}'),
  schema: z.object({
    /** Which of the three perspectives the tip belongs to. */
    perspective: z.enum(TIP_PERSPECTIVES),
    /** Number within its perspective (1–7). */
    number: z.number().int().min(1).max(7),
    /** The tip in a few words. */
    title: text(),
    /** The tip explained in two to four sentences. */
    text: text(),
    /** Source article. */
    source: reference('sources'),
  }),
});

/** The zelfscan model: dimensions, levels, items, options and advice (one YAML file). */
const assessment = defineCollection({
  loader: from('assessment', '*.{yaml,yml,json}'),
  schema: assessmentSchema,
});

export const collections = { sources, terms, articles, books, podcasts, tips, assessment };
