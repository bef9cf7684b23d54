/**
 * Plain data types of the zelfscan, shared by the build (pages), the pure logic and the islands.
 * No zod here: islands import this file, and zod would blow the JavaScript budget.
 */
import { totalItems } from './items';

/** Number of maturity levels and of answer options per item. */
export const LEVEL_COUNT = 5;

/** Collections an advice link may point at. */
export const LINK_COLLECTIONS = ['articles', 'terms', 'tips', 'books'] as const;
export type LinkCollection = (typeof LINK_COLLECTIONS)[number];

/** A link in the model as `reference()` leaves it: which collection, which entry. */
export interface ModelLink {
  collection: LinkCollection;
  id: string;
}

/** Advice for one answer level as written in the model (see src/schemas/assessment.ts). */
export interface ModelAdvice {
  text: string;
  link?: ModelLink | undefined;
  variants: readonly { when: When; text: string; link?: ModelLink | undefined }[];
}

/**
 * The validated zelfscan model (content/assessment/model.yaml) as plain data: what the schema in
 * src/schemas/assessment.ts produces, so src/lib never needs zod or Astro.
 */
export interface AssessmentModel {
  version: number;
  title: string;
  levels: readonly { level: number; name: string; description: string }[];
  context: readonly ClientContextQuestion[];
  notes: readonly { when: When; text: string; link?: ModelLink | undefined }[];
  dimensions: readonly {
    id: string;
    name: string;
    intro: string;
    terms: readonly { collection: 'terms'; id: string }[];
    items: readonly (ClientItem & { link: ModelLink; advice: readonly ModelAdvice[] })[];
  }[];
  sources: readonly { collection: 'sources'; id: string }[];
}

/**
 * One answer: 1–5 is the chosen level, 0 is "Weet ik niet", null is not answered (yet).
 * "Weet ik niet" counts as answered for progress, never for the score.
 */
export type Answer = 0 | 1 | 2 | 3 | 4 | 5 | null;
/** The value of "Weet ik niet". */
export const DONT_KNOW = 0;

/** A resolved link to a knowledge page: where it goes and what it is called. */
export interface PageLink {
  /** Root-relative path without base, e.g. `/kennisbank/groeimodel/`. */
  path: string;
  /** Title of the page, e.g. "Het groeimodel: vijf stappen naar volwassen CX". */
  title: string;
  /** Which collection, for the label ("Gids", "Begrip", "Tip", "Boek"). */
  kind: LinkCollection;
}

/** Context answers by question id; the value is an option id. Missing = not given. */
export type ContextAnswers = Readonly<Record<string, string>>;
/** When a variant or note applies: question id → option ids. */
export type When = Readonly<Record<string, readonly string[]>>;

/** Advice for one answer level, resolved for the browser. */
export interface ClientAdvice {
  text: string;
  link: PageLink;
  variants: readonly { when: When; text: string; link: PageLink }[];
}

export interface ClientItem {
  id: string;
  statement: string;
  help?: string | undefined;
  /** Five options, index 0 = level 1. */
  options: readonly string[];
}

export interface ClientDimension {
  id: string;
  name: string;
  intro: string;
  items: readonly ClientItem[];
  /** Begrippen used in this dimension: root-relative path and the term as written. */
  terms: readonly { path: string; title: string }[];
}

export interface ClientLevel {
  level: number;
  name: string;
}

export interface ClientContextQuestion {
  id: string;
  question: string;
  options: readonly { id: string; label: string }[];
}

export interface ClientNote {
  when: When;
  text: string;
  link?: PageLink | undefined;
}

/**
 * The questions as the islands get them (a prop, so they travel in the HTML): levels, context
 * questions, dimensions and items. The advice is a separate bundle, see `AdviceBundle`.
 */
export interface ClientModel {
  version: number;
  title: string;
  levels: readonly ClientLevel[];
  context: readonly ClientContextQuestion[];
  dimensions: readonly ClientDimension[];
}

/**
 * Advice and context notes, with links resolved. Only the result needs them, so the page
 * serves them as `zelfscan/advies.json` and the island fetches them after the first interaction:
 * the page itself stays small.
 */
export interface AdviceBundle {
  /** Model version the advice belongs to. */
  version: number;
  /** Description of each level, index 0 = level 1 (shown with the overall level). */
  levels: readonly string[];
  /** Per item in model order: five entries, index 0 = answered level 1. */
  advice: readonly (readonly ClientAdvice[])[];
  /** Notes for some contexts. */
  notes: readonly ClientNote[];
}

/** What the share codec and the scoring need to know about the model: its shape. */
export interface ModelShape {
  version: number;
  /** Number of options per context question, in order. */
  contextSizes: readonly number[];
  /** Number of items per dimension, in order. */
  itemCounts: readonly number[];
}

/** The shape of a client model. */
export function shapeOf(model: Pick<ClientModel, 'version' | 'context' | 'dimensions'>): ModelShape {
  return {
    version: model.version,
    contextSizes: model.context.map((q) => q.options.length),
    itemCounts: model.dimensions.map((d) => d.items.length),
  };
}

/** Highest step for a shape: the result screen (0 = start, 1…n = the dimensions). */
export const lastStep = (shape: Pick<ModelShape, 'itemCounts'>): number => shape.itemCounts.length + 1;

/** Answers of one person: context as option indexes (null = not given) and items in model order. */
export interface Answers {
  /** One entry per context question: index of the chosen option, or null. */
  context: readonly (number | null)[];
  /** One entry per item, in model order (dimension by dimension). */
  items: readonly Answer[];
}

/** Empty answers for a model shape. */
export function emptyAnswers(shape: ModelShape): Answers {
  return { context: shape.contextSizes.map(() => null), items: Array.from({ length: totalItems(shape.itemCounts) }, () => null) };
}
