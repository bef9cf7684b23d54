/**
 * The advice: `parseAdviceBundle` checks the fetched advies.json; context answers (sector, size,
 * role) pick advice variants and notes. Context never touches the score; see scoring.ts.
 */
import {
  LINK_COLLECTIONS,
  type AdviceBundle,
  type ClientAdvice,
  type ClientContextQuestion,
  type ClientNote,
  type ContextAnswers,
  type PageLink,
  type When,
} from './types';

/** Context answers as ids (question id → option id), from option indexes. Unknown indexes are dropped. */
export function contextIds(questions: readonly ClientContextQuestion[], picked: readonly (number | null)[]): ContextAnswers {
  const out: Record<string, string> = {};
  questions.forEach((q, i) => {
    const p = picked[i];
    const option = p === null || p === undefined ? undefined : q.options[p];
    if (option) out[q.id] = option.id;
  });
  return out;
}

/** Does a `when` condition hold for these context answers? Every listed question must match. */
export function matches(when: When, context: ContextAnswers): boolean {
  return Object.entries(when).every(([q, options]) => {
    const answer = context[q];
    return answer !== undefined && options.includes(answer);
  });
}

/** The advice text and link for this context: the first matching variant, else the base advice. */
export function pickAdvice(advice: ClientAdvice, context: ContextAnswers): { text: string; link: PageLink } {
  const v = advice.variants.find((x) => matches(x.when, context));
  return v ? { text: v.text, link: v.link } : { text: advice.text, link: advice.link };
}

/** The notes that apply to this context, in model order. */
export function notesFor(notes: readonly ClientNote[], context: ContextAnswers): ClientNote[] {
  return notes.filter((n) => matches(n.when, context));
}

/** Why fetched advice could not be used. */
export type BundleError =
  /** Not an object (not JSON of ours, an error page, …). */
  | 'format'
  /** Made for another model version (the page and advies.json are from different builds). */
  | 'version'
  /** The level descriptions are missing or of the wrong number. */
  | 'levels'
  /** The advice per item is missing, of the wrong number or damaged. */
  | 'advice'
  /** The context notes are damaged. */
  | 'notes';

export type BundleResult = { ok: true; bundle: AdviceBundle } | { ok: false; error: BundleError };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isWhen = (v: unknown): boolean =>
  isObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every(isString));
/** A link to a page of this site: a root-relative path (never `//host` or `javascript:`). */
const isPageLink = (v: unknown): boolean =>
  isObject(v) &&
  isString(v['path']) &&
  v['path'].startsWith('/') &&
  !v['path'].startsWith('//') &&
  isString(v['title']) &&
  (LINK_COLLECTIONS as readonly unknown[]).includes(v['kind']);
const isAdvice = (v: unknown): boolean =>
  isObject(v) &&
  isString(v['text']) &&
  isPageLink(v['link']) &&
  Array.isArray(v['variants']) &&
  v['variants'].every((x) => isObject(x) && isWhen(x['when']) && isString(x['text']) && isPageLink(x['link']));
const isNote = (v: unknown): boolean =>
  isObject(v) && isWhen(v['when']) && isString(v['text']) && (v['link'] === undefined || isPageLink(v['link']));

/**
 * Checks fetched advice (advies.json) against the model it must belong to: its version, one
 * description per level, `levels` advice entries for each of the `items` items, and notes. The
 * only parser of that outside input: never throws, returns the bundle or a named error.
 */
export function parseAdviceBundle(data: unknown, model: { version: number; items: number; levels: number }): BundleResult {
  if (!isObject(data)) return { ok: false, error: 'format' };
  if (data['version'] !== model.version) return { ok: false, error: 'version' };
  const { levels, advice, notes } = data;
  if (!Array.isArray(levels) || levels.length !== model.levels || !levels.every(isString)) return { ok: false, error: 'levels' };
  if (
    !Array.isArray(advice) ||
    advice.length !== model.items ||
    !advice.every((a) => Array.isArray(a) && a.length === model.levels && a.every(isAdvice))
  )
    return { ok: false, error: 'advice' };
  if (!Array.isArray(notes) || !notes.every(isNote)) return { ok: false, error: 'notes' };
  return { ok: true, bundle: data as unknown as AdviceBundle };
}
