/**
 * Turns the validated YAML model into what the browser gets: the questions (`ClientModel`, a
 * prop of the islands) and the advice (`AdviceBundle`, served as JSON), with every link resolved
 * to a path and a title. Runs at build time; a link to a page that does not exist stops the build
 * with one message naming every broken link and where it is.
 */
import type { AssessmentModel, ModelLink } from './model-schema';
import type { AdviceBundle, ClientModel, LinkCollection, PageLink } from './types';

/** Root-relative path of a knowledge page per collection. */
export const COLLECTION_PATHS: Record<LinkCollection, string> = {
  articles: '/kennisbank/',
  terms: '/begrippen/',
  tips: '/tips/',
  books: '/boeken/',
};

/** Looks up the title of an entry; undefined when it does not exist. */
export type TitleLookup = (link: ModelLink) => string | undefined;

/** The questions only: what the islands need before any answer is given. */
export function toClientModel(model: AssessmentModel, titleOf: TitleLookup = () => undefined): ClientModel {
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
      terms: d.terms.map((id) => ({
        path: `${COLLECTION_PATHS.terms}${id}/`,
        title: titleOf({ collection: 'terms', id }) ?? id,
      })),
    })),
  };
}

/** Every link in the model with a sentence saying where it is (for error messages). */
export function modelLinks(model: AssessmentModel): { link: ModelLink; where: string }[] {
  const out: { link: ModelLink; where: string }[] = [];
  for (const d of model.dimensions) {
    for (const id of d.terms) out.push({ link: { collection: 'terms', id }, where: `onderdeel "${d.id}" (terms)` });
  }
  model.notes.forEach((n, i) => {
    if (n.link) out.push({ link: n.link, where: `notitie ${i + 1} (notes)` });
  });
  for (const d of model.dimensions) {
    for (const it of d.items) {
      it.advice.forEach((a, i) => {
        const where = `vraag "${it.id}" (${d.name}), advies bij niveau ${i + 1}`;
        const base = a.link ?? it.link;
        out.push({ link: base, where });
        a.variants.forEach((v) =>
          out.push({ link: v.link ?? base, where: `${where}, variant voor ${JSON.stringify(v.when)}` }),
        );
      });
    }
  }
  return out;
}

/** Throws one Error listing every link that points at a page that does not exist. */
export function assertLinks(model: AssessmentModel, titleOf: TitleLookup): void {
  const problems = modelLinks(model)
    .filter(({ link }) => titleOf(link) === undefined)
    .map(({ link, where }) => `${where} verwijst naar ${link.collection}/${link.id}, maar die pagina bestaat niet.`);
  if (problems.length) {
    throw new Error(`Zelfscan-model (content/assessment): kapotte links.\n- ${problems.join('\n- ')}`);
  }
}

/** The advice and notes with resolved links. Call `assertLinks` first. */
export function toAdviceBundle(model: AssessmentModel, titleOf: TitleLookup): AdviceBundle {
  const resolve = (link: ModelLink): PageLink => ({
    path: `${COLLECTION_PATHS[link.collection]}${link.id}/`,
    title: titleOf(link) ?? link.id,
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
