/**
 * Turns the validated model into what the browser gets: the questions (`ClientModel`, a prop of
 * the islands) and the advice (`AdviceBundle`, served as JSON), with every link resolved to a path
 * and a title. Pure: the titles come in through `titleOf`. Whether every link points at a page
 * that exists is checked once for the whole build (`reference()` in src/schemas/assessment.ts).
 */
import { pathOf } from '../url';
import type { AdviceBundle, AssessmentModel, ClientModel, ModelLink, PageLink } from './types';

/** The title of the page a link points at. */
export type TitleLookup = (link: ModelLink) => string;

/** The questions only: what the islands need before any answer is given. */
export function toClientModel(model: AssessmentModel, titleOf: TitleLookup = (l) => l.id): ClientModel {
  return {
    version: model.version,
    title: model.title,
    levels: model.levels.map(({ level, name }) => ({ level, name })),
    context: model.context.map((q) => ({ id: q.id, question: q.question, options: q.options.map((o) => ({ ...o })) })),
    dimensions: model.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      intro: d.intro,
      items: d.items.map((it) => ({
        id: it.id,
        statement: it.statement,
        ...(it.help ? { help: it.help } : {}),
        options: it.options,
      })),
      terms: d.terms.map((term) => ({ path: pathOf('terms', term.id), title: titleOf(term) })),
    })),
  };
}

/** The questions without what the team view never shows (answer options, intros, begrippen). */
export function slimModel(client: ClientModel): ClientModel {
  return {
    ...client,
    dimensions: client.dimensions.map((d) => ({
      ...d,
      intro: '',
      terms: [],
      items: d.items.map((it) => ({ id: it.id, statement: it.statement, options: [] })),
    })),
  };
}

/** The advice and notes with resolved links. */
export function toAdviceBundle(model: AssessmentModel, titleOf: TitleLookup): AdviceBundle {
  const resolve = (link: ModelLink): PageLink => ({
    path: pathOf(link.collection, link.id),
    title: titleOf(link),
    kind: link.collection,
  });
  return {
    version: model.version,
    levels: model.levels.map((l) => l.description),
    notes: model.notes.map((n) => ({ when: n.when, text: n.text, ...(n.link ? { link: resolve(n.link) } : {}) })),
    advice: model.dimensions.flatMap((d) =>
      d.items.map((it) =>
        it.advice.map((a) => {
          const base = a.link ?? it.link;
          return {
            text: a.text,
            link: resolve(base),
            variants: a.variants.map((v) => ({ when: v.when, text: v.text, link: resolve(v.link ?? base) })),
          };
        }),
      ),
    ),
  };
}
