/**
 * The zelfscan model for the zelfscan pages, read once per build: the validated model, the
 * questions for the islands and the advice bundle for advies.json.
 *
 * Why here and not in src/lib: this is the Astro glue (it reads the content layer through
 * `astro:content`), and src/lib stays free of Astro so its logic runs anywhere (vitest, islands).
 * The work itself is pure and lives in src/lib/zelfscan/client-model.ts.
 */
import { getCollection, getEntry } from 'astro:content';
import { toAdviceBundle, toClientModel, type TitleLookup } from '../../lib/zelfscan/client-model';
import type { AdviceBundle, AssessmentModel, ClientModel, LinkCollection } from '../../lib/zelfscan/types';

export interface LoadedModel {
  model: AssessmentModel;
  client: ClientModel;
  advice: AdviceBundle;
}

let loaded: Promise<LoadedModel> | undefined;

async function load(): Promise<LoadedModel> {
  const entry = await getEntry('assessment', 'model');
  if (!entry) throw new Error('Zelfscan-model ontbreekt: zet het model in content/assessment/model.yaml.');
  const model: AssessmentModel = entry.data;
  const [articles, terms, tips, books] = await Promise.all([
    getCollection('articles'),
    getCollection('terms'),
    getCollection('tips'),
    getCollection('books'),
  ]);
  const titles = new Map<string, string>();
  const add = (collection: LinkCollection, id: string, title: string) => titles.set(`${collection}/${id}`, title);
  for (const e of articles) add('articles', e.id, e.data.title);
  for (const e of terms) add('terms', e.id, e.data.term);
  for (const e of tips) add('tips', e.id, e.data.title);
  for (const e of books) add('books', e.id, e.data.title);
  const titleOf: TitleLookup = (l) => {
    const title = titles.get(`${l.collection}/${l.id}`);
    // The build's reference check reports a missing page first, with file and field; this only
    // makes sure a link without a page can never reach the site.
    if (title === undefined) throw new Error(`Zelfscan-model: ${l.collection}/${l.id} bestaat niet.`);
    return title;
  };
  return { model, client: toClientModel(model, titleOf), advice: toAdviceBundle(model, titleOf) };
}

/** The model, loaded once per build. */
export function loadModel(): Promise<LoadedModel> {
  loaded ??= load();
  return loaded;
}
