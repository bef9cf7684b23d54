/**
 * Share links: the answers travel in the URL fragment (`#v1.<context>.<items>`), so they never
 * reach a server. One character per context question and per item, in model order:
 *
 *   v1 . 301 . 34520-1x…
 *   │    │     └ items: 1–5 = level, 0 = "Weet ik niet", - = not answered
 *   │    └ context: 0 = not given, 1–9 = option number
 *   └ model version
 *
 * Fallback order on the zelfscan page: link → saved → empty. A link never overwrites the
 * visitor's own saved answers. A link made with another model version is refused with a
 * clear error naming that version, because the characters would mean other questions.
 *
 * `decodeShare` is the only parser of this outside input: it never throws and returns either
 * answers or a named error.
 *
 * Link formats. The `v<n>` at the start is the *model* version; what follows is split at dots,
 * and the number of parts says which link format it is (the switch in `decodeShare`). Format 1
 * has two parts (context, items). A later format adds parts after the items (targets, notes),
 * so every format-1 link keeps decoding exactly as it does now; its decoder gets the parts and
 * returns the answers plus what it adds.
 */
import { totalItems } from './items';
import type { Answer, Answers, ModelShape } from './types';

/** Why a share code could not be read. */
export type ShareError =
  /** No code at all (empty input). */
  | 'empty'
  /** Not a zelfscan code (no `v<number>.` at the start). */
  | 'format'
  /** Made with another model version (see `version`). */
  | 'version'
  /** Wrong number of characters for this model. */
  | 'length'
  /** Characters that are not allowed. */
  | 'chars';

export type ShareResult =
  | { ok: true; answers: Answers }
  | { ok: false; error: ShareError; version?: number };

/** Longest input we look at; real codes are a few dozen characters. */
const MAX_INPUT = 500;

const ITEM_CHARS = '012345';

/** Encodes answers as a share code (without `#`). */
export function encodeShare(shape: ModelShape, answers: Answers): string {
  const ctx = shape.contextSizes
    .map((size, i) => {
      const p = answers.context[i];
      return typeof p === 'number' && p >= 0 && p < size && p < 9 ? String(p + 1) : '0';
    })
    .join('');
  const total = totalItems(shape.itemCounts);
  let items = '';
  for (let i = 0; i < total; i++) {
    const a = answers.items[i];
    items += typeof a === 'number' && a >= 0 && a <= 5 ? String(a) : '-';
  }
  return `v${shape.version}.${ctx}.${items}`;
}

/** Decodes a share code or fragment (`#v1.…`, `v1.…`). Never throws. */
export function decodeShare(shape: ModelShape, input: unknown): ShareResult {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  let s = input.trim();
  if (s.startsWith('#')) s = s.slice(1);
  if (s === '') return { ok: false, error: 'empty' };
  if (s.length > MAX_INPUT) return { ok: false, error: 'length' };
  const head = /^v(\d{1,4})\./.exec(s);
  if (!head) return { ok: false, error: 'format' };
  const version = Number(head[1]);
  if (version !== shape.version) return { ok: false, error: 'version', version };
  const parts = s.slice(head[0].length).split('.');
  // The format switch (see the top of this file).
  switch (parts.length) {
    case 2:
      return decodeFormat1(shape, parts[0] ?? '', parts[1] ?? '');
    default:
      return { ok: false, error: 'format' };
  }
}

/** Format 1: `<context>.<items>`, one character each. */
function decodeFormat1(shape: ModelShape, ctx: string, items: string): ShareResult {
  const total = totalItems(shape.itemCounts);
  if (ctx.length !== shape.contextSizes.length || items.length !== total) return { ok: false, error: 'length' };
  const context: (number | null)[] = [];
  for (let i = 0; i < ctx.length; i++) {
    const c = ctx.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || c > (shape.contextSizes[i] ?? 0)) return { ok: false, error: 'chars' };
    context.push(c === 0 ? null : c - 1);
  }
  const list: Answer[] = [];
  for (const ch of items) {
    if (ch === '-') list.push(null);
    else if (ITEM_CHARS.includes(ch)) list.push(Number(ch) as Answer);
    else return { ok: false, error: 'chars' };
  }
  return { ok: true, answers: { context, items: list } };
}

/** True when at least one item has an answer (a level or "Weet ik niet"). */
export function hasAnswers(answers: Answers): boolean {
  return answers.items.some((a) => a !== null);
}
