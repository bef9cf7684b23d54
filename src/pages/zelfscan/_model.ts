/**
 * Loads the zelfscan model for the zelfscan pages (files starting with _ are not routes).
 * Checks every advice link against the content collections and fails the build with one
 * message naming each broken link, its question and the level.
 */
import { getCollection, getEntry } from 'astro:content';
import { assertLinks, toAdviceBundle, toClientModel } from '../../lib/zelfscan/client-model';
import type { AssessmentModel, ModelLink } from '../../lib/zelfscan/model-schema';
import type { AdviceBundle, ClientModel } from '../../lib/zelfscan/types';

export interface LoadedModel {
  model: AssessmentModel;
  client: ClientModel;
  advice: AdviceBundle;
}

let loaded: Promise<LoadedModel> | undefined;

async function load(): Promise<LoadedModel> {
  const entry = await getEntry('assessment', 'model');
  if (!entry) throw new Error('Zelfscan-model ontbreekt: zet het model in content/assessment/model.yaml.');
  const model = entry.data as AssessmentModel;
  const [articles, terms, tips, books] = await Promise.all([
    getCollection('articles'),
    getCollection('terms'),
    getCollection('tips'),
    getCollection('books'),
  ]);
  const titles = new Map<string, string>();
  for (const e of articles) titles.set(`articles/${e.id}`, e.data.title);
  for (const e of terms) titles.set(`terms/${e.id}`, e.data.term);
  for (const e of tips) titles.set(`tips/${e.id}`, e.data.title);
  for (const e of books) titles.set(`books/${e.id}`, e.data.title);
  const titleOf = (l: ModelLink) => titles.get(`${l.collection}/${l.id}`);
  assertLinks(model, titleOf);
  for (const id of model.sources) {
    if (!(await getEntry('sources', id))) {
      throw new Error(`Zelfscan-model (content/assessment): bron "${id}" bestaat niet in content/sources.`);
    }
  }
  return { model, client: toClientModel(model, titleOf), advice: toAdviceBundle(model, titleOf) };
}

/** The model, loaded and checked once per build. */
export function loadModel(): Promise<LoadedModel> {
  loaded ??= load();
  return loaded;
}
