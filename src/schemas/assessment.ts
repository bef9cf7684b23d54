/**
 * Schema of the zelfscan model in `content/assessment/model.yaml`: levels, dimensions, items
 * with their five answer options, advice per answer level, context questions and notes.
 * A CX consultant edits the YAML; this schema tells them in plain Dutch what is wrong.
 *
 * Links use Astro's `reference()`, so the one reference check of the build (see
 * src/content.config.ts) fails the build on a link to a page that does not exist, naming the file
 * and the field. Build-time only: src/lib and the islands work with the plain `AssessmentModel`
 * type (src/lib/zelfscan/types.ts), never with zod.
 *
 * Versioning: share links store one character per item, in model order. Changing the number
 * or the order of items (or of context options) changes what old links mean, so raise
 * `version` when you do that. Rewording a text does not need a new version.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LINK_COLLECTIONS, LEVEL_COUNT, type ModelLink } from '../lib/zelfscan/types';
import { totalItems } from '../lib/zelfscan/items';
import { text } from './text';

/** A short id in lower case, used in share links, exports and the build checks. */
const id = () =>
  z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'gebruik alleen kleine letters, cijfers en streepjes (begin met een letter)');

/**
 * A link to a page in the kennisbank, e.g. `{ collection: articles, id: groeimodel }`. The object
 * check gives an editor a plain message; `reference()` then marks it as a reference to that
 * collection, so the build's reference check covers it.
 */
const linkSchema = z
  .object({
    /** Which collection: articles (gidsen), terms (begrippen), tips or books (boeken). */
    collection: z.enum(LINK_COLLECTIONS, {
      error: `kies een van deze collecties: ${LINK_COLLECTIONS.join(', ')}`,
    }),
    /** File name of the entry without extension, e.g. `groeimodel`. A wrong id fails the build. */
    id: id(),
  })
  // reference() is typed for an id string; at run time it takes this `{ collection, id }` as is.
  .pipe(z.union(LINK_COLLECTIONS.map((c) => reference(c))) as unknown as z.ZodType<ModelLink, ModelLink>);

/**
 * When a variant or note applies: context question id → the answers it applies to,
 * e.g. `{ role: [manager] }`. All listed questions must match.
 */
const whenSchema = z.record(id(), z.array(id()).min(1, 'noem minstens één antwoord'));

/** Advice for one answer level, with optional variants for a context (sector, size, role). */
const adviceSchema = z.object({
  /** The next step toward the level above, in one to three short sentences (je-vorm). */
  text: text().max(400, 'houd een advies onder 400 tekens'),
  /** The page that helps with this step; leave out to use the item's `link`. */
  link: linkSchema.optional(),
  /** Other wording for some contexts, e.g. for managers or for e-commerce. The first match wins. */
  variants: z
    .array(
      z.object({
        /** The context this variant is for. */
        when: whenSchema,
        /** The advice for that context. */
        text: text().max(400, 'houd een advies onder 400 tekens'),
        /** The page that helps; leave out to use the advice's or item's link. */
        link: linkSchema.optional(),
      }),
    )
    .default([]),
});

/** One statement about observable behaviour, answered on five anchored levels. */
const itemSchema = z.object({
  /** Stable short id, unique in the whole model (shown in exports). */
  id: id(),
  /** The statement or question, e.g. "Hoe hangt klantbeleving samen met de doelen van jullie organisatie?". */
  statement: text().max(200, 'houd de vraag onder 200 tekens'),
  /** Optional one-line explanation under the question. */
  help: text().max(300, 'houd de toelichting onder 300 tekens').optional(),
  /** Five answer options: what level 1 to 5 concretely looks like, from low to high. */
  options: z
    .array(text().max(220, 'houd een antwoord onder 220 tekens'))
    .length(LEVEL_COUNT, `geef precies ${LEVEL_COUNT} antwoorden, van niveau 1 tot en met 5`),
  /** The default page for this item's advice. */
  link: linkSchema,
  /** Advice per answer level 1 to 5: the step toward the level above (at 5: how to keep it). */
  advice: z
    .array(adviceSchema)
    .length(LEVEL_COUNT, `geef precies ${LEVEL_COUNT} adviezen, één per antwoordniveau`),
});

/** One of the six dimensions of the scan. */
const dimensionSchema = z.object({
  /** Stable short id, unique in the whole model. */
  id: id(),
  /** Name as shown, e.g. "Strategie & leiderschap". */
  name: text().max(40, 'houd de naam onder 40 tekens'),
  /** One or two sentences shown above the questions of this dimension. */
  intro: text().max(300, 'houd de inleiding onder 300 tekens'),
  /** The statements; at least two, so one answer never decides a dimension. */
  items: z.array(itemSchema).min(2, 'geef elk onderdeel minstens 2 vragen'),
  /** Begrippen (ids in content/terms) used in this dimension; linked on its screen and in the result. */
  terms: z.array(reference('terms')).max(8, 'noem hoogstens 8 begrippen per onderdeel').default([]),
});

/** One of the five maturity levels. */
const levelSchema = z.object({
  /** Number 1 to 5, in order. */
  level: z.number().int().min(1).max(LEVEL_COUNT),
  /** Dutch name, e.g. "Verkennen". */
  name: text().max(24, 'houd de naam van een niveau onder 24 tekens'),
  /** One paragraph: what an organisation at this level looks like. */
  description: text().max(500, 'houd de beschrijving onder 500 tekens'),
});

/** A context question asked before the items. Changes advice, never the score. */
const contextSchema = z.object({
  /** Stable short id, e.g. `sector`. */
  id: id(),
  /** The question as shown. */
  question: text(),
  /** The possible answers (at most 9, so each fits one character in the share link). */
  options: z
    .array(z.object({ /** Stable id. */ id: id(), /** Label as shown. */ label: text() }))
    .min(2, 'geef minstens twee antwoorden')
    .max(9, 'geef hoogstens negen antwoorden'),
});

/** A note on the result page for visitors in a given context (e.g. sector). */
const noteSchema = z.object({
  /** The context this note is for. */
  when: whenSchema,
  /** The note, one to three sentences, based on the sources. */
  text: text().max(500, 'houd een notitie onder 500 tekens'),
  /** Optional page to read more. */
  link: linkSchema.optional(),
});

type When = z.infer<typeof whenSchema>;

/** The whole model. Cross-checks (unique ids, valid contexts) give editor-friendly messages. */
export const assessmentSchema = z
  .object({
    /** Model version; share links carry it. Raise it when items are added, removed or reordered. */
    version: z.number().int().positive().max(99, 'houd het versienummer onder 100'),
    /** Name of the model, e.g. "CX-volwassenheid". */
    title: text(),
    /** The five maturity levels, from 1 (low) to 5 (high). */
    levels: z.array(levelSchema).length(LEVEL_COUNT, `beschrijf precies ${LEVEL_COUNT} niveaus`),
    /** Context questions (sector, size, role) asked before the items. */
    context: z.array(contextSchema).max(5, 'stel hoogstens vijf contextvragen').default([]),
    /** Notes shown on the result page for some contexts. */
    notes: z.array(noteSchema).default([]),
    /** The dimensions with their items, in the order of the scan. */
    dimensions: z.array(dimensionSchema).min(2, 'geef minstens 2 onderdelen').max(12, 'geef hoogstens 12 onderdelen'),
    /** Source articles (ids in content/sources) the model is based on. */
    sources: z.array(reference('sources')).min(1, 'noem minstens één bron'),
  })
  .superRefine((m, ctx) => {
    m.levels.forEach((l, i) => {
      if (l.level !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'level'],
          message: `zet de niveaus op volgorde: hier hoort niveau ${i + 1}`,
        });
    });

    const seen = new Map<string, string>();
    const unique = (value: string, where: string, path: (string | number)[]) => {
      const first = seen.get(value);
      if (first) ctx.addIssue({ code: 'custom', path, message: `id "${value}" komt twee keer voor (ook bij ${first})` });
      else seen.set(value, where);
    };
    m.dimensions.forEach((d, di) => {
      unique(d.id, `onderdeel ${d.name}`, ['dimensions', di, 'id']);
      d.items.forEach((it, ii) => unique(it.id, `vraag ${ii + 1} van ${d.name}`, ['dimensions', di, 'items', ii, 'id']));
    });
    const itemCount = totalItems(m.dimensions.map((d) => d.items.length));
    if (itemCount > 60)
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `houd de scan onder 60 vragen (nu ${itemCount})` });

    const questions = new Map<string, Set<string>>();
    m.context.forEach((q, qi) => {
      if (questions.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['context', qi, 'id'], message: `contextvraag "${q.id}" komt twee keer voor` });
      const ids = new Set<string>();
      q.options.forEach((o, oi) => {
        if (ids.has(o.id))
          ctx.addIssue({
            code: 'custom',
            path: ['context', qi, 'options', oi, 'id'],
            message: `antwoord "${o.id}" komt twee keer voor bij contextvraag "${q.id}"`,
          });
        ids.add(o.id);
      });
      questions.set(q.id, ids);
    });
    const checkWhen = (when: When, path: (string | number)[]) => {
      for (const [qid, answers] of Object.entries(when)) {
        const options = questions.get(qid);
        if (!options) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, qid],
            message: `contextvraag "${qid}" bestaat niet; kies uit: ${[...questions.keys()].join(', ') || '(geen)'}`,
          });
          continue;
        }
        for (const a of answers)
          if (!options.has(a))
            ctx.addIssue({
              code: 'custom',
              path: [...path, qid],
              message: `contextvraag "${qid}" heeft geen antwoord "${a}"; kies uit: ${[...options].join(', ')}`,
            });
      }
    };
    m.notes.forEach((n, ni) => checkWhen(n.when, ['notes', ni, 'when']));
    m.dimensions.forEach((d, di) =>
      d.items.forEach((it, ii) =>
        it.advice.forEach((a, ai) =>
          a.variants.forEach((v, vi) =>
            checkWhen(v.when, ['dimensions', di, 'items', ii, 'advice', ai, 'variants', vi, 'when']),
          ),
        ),
      ),
    );
  });
