/**
 * Share links: a result travels in the URL fragment, so it never reaches a server. The fragment
 * starts with the *model* version; what follows is split at dots.
 *
 * Format 1 (every link made before targets existed; it keeps decoding exactly as it always did):
 *
 *   v1 . 301 . 34520-1x…
 *   │    │     └ items: 1–5 = level, 0 = "Weet ik niet", - = not answered
 *   │    └ context: 0 = not given, 1–9 = option number
 *   └ model version
 *
 * Format 2 adds the link format's number and tagged parts after the items:
 *
 *   v1 . 301 . 34520-1x… . 2 . t34-445 . nWie~~Waarom . d20261203 . lNa%20pilot . c301345… . T23-334
 *                          │   └ tagged parts, each at most once (written in this order):
 *                          │     t targets: one character per dimension, 1–5 or - (no target)
 *                          │     n notes: per item, ~ between items, each percent-encoded (also . ! ~ * ' ( ));
 *                          │       empty notes at the end are left off
 *                          │     d date: YYYYMMDD            l name: percent-encoded
 *                          │     c the earlier result of a comparison: its context and items in one run
 *                          │     T N D L: the targets, notes, date and name of that earlier result
 *                          └ link format (format 1 has none)
 *
 * `encodeLink` writes format 1 whenever there is nothing but answers, so a plain result keeps
 * its short link. A link with a higher format number than this page knows is refused as `newer`
 * (made by a newer version of the site); one with another model version as `version`, because
 * its characters would mean other questions. Notes go in a link only when the visitor chooses
 * so (names and remarks can be sensitive); links over `LONG_LINK` characters may be cut off by
 * chat apps and mail, so the page says so and offers the file instead.
 *
 * Fallback order on the zelfscan page: link → saved → empty. A link never overwrites the
 * visitor's own saved answers.
 *
 * `decodeShare` is the only parser of this outside input (links, stored answers, history files):
 * it never throws and returns a result or a named error.
 */
import { isIsoDate } from './date';
import { totalItems } from './items';
import {
  emptyNotes,
  emptyTargets,
  NAME_MAX,
  NOTE_MAX,
  type Answer,
  type Answers,
  type LinkedScan,
  type ModelShape,
  type Notes,
  type Scan,
  type Targets,
} from './types';

/** Why a share code could not be read. */
export type ShareError =
  /** No code at all (empty input). */
  | 'empty'
  /** Not a zelfscan code (no `v<number>.` at the start), or damaged parts. */
  | 'format'
  /** Made with another model version (see `version`). */
  | 'version'
  /** Wrong number of characters for this model, or a note or name too long. */
  | 'length'
  /** Characters that are not allowed. */
  | 'chars'
  /** A link format newer than this page knows (see `format`): made by a newer version of the site. */
  | 'newer';

export type ShareResult =
  | ({ ok: true; earlier: LinkedScan | null } & LinkedScan)
  | { ok: false; error: ShareError; version?: number; format?: number };

/** The newest link format this page writes and reads. */
export const LINK_FORMAT = 2;
/** Links longer than this may be cut off by chat apps and mail (about 2,000 characters). */
export const LONG_LINK = 2000;
/** Longest input we look at: every note at its longest, twice (a comparison). */
const MAX_INPUT = 1_000_000;

const ITEM_CHARS = '012345';

/**
 * Percent-encodes text for a link part: also . ! ~ * ' ( ), which split parts or end links in
 * chat apps. A lone surrogate half (which `encodeURIComponent` refuses) becomes U+FFFD.
 */
const enc = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')).replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function encodeContext(shape: ModelShape, answers: Answers): string {
  return shape.contextSizes
    .map((size, i) => {
      const p = answers.context[i];
      return typeof p === 'number' && p >= 0 && p < size && p < 9 ? String(p + 1) : '0';
    })
    .join('');
}

function encodeItems(shape: ModelShape, answers: Answers): string {
  let items = '';
  for (let i = 0; i < totalItems(shape.itemCounts); i++) {
    const a = answers.items[i];
    items += typeof a === 'number' && a >= 0 && a <= 5 ? String(a) : '-';
  }
  return items;
}

/** Encodes answers as a format-1 share code (without `#`). */
export function encodeShare(shape: ModelShape, answers: Answers): string {
  return `v${shape.version}.${encodeContext(shape, answers)}.${encodeItems(shape, answers)}`;
}

/** The tagged parts of one result (tags in upper case for the earlier result of a comparison). */
function tagged(shape: ModelShape, scan: Scan & Partial<LinkedScan>, notes: boolean, upper: boolean): string[] {
  const tag = (t: string) => (upper ? t.toUpperCase() : t);
  const out: string[] = [];
  const targets = shape.itemCounts.map((_, d) => scan.targets[d] ?? null);
  if (targets.some((x) => x !== null)) out.push(tag('t') + targets.map((x) => (x === null ? '-' : String(x))).join(''));
  if (notes) {
    const list = Array.from({ length: totalItems(shape.itemCounts) }, (_, i) => (scan.notes[i] ?? '').slice(0, NOTE_MAX));
    while (list.length > 0 && list[list.length - 1] === '') list.pop();
    if (list.length > 0) out.push(tag('n') + list.map(enc).join('~'));
  }
  if (scan.date && isIsoDate(scan.date)) out.push(tag('d') + scan.date.replace(/-/g, ''));
  if (scan.name) out.push(tag('l') + enc(scan.name.slice(0, NAME_MAX)));
  return out;
}

export interface LinkOptions {
  /** Put the notes in the link (default off: they can hold names and remarks). */
  notes?: boolean;
  /** The earlier result, for a comparison link. */
  earlier?: (Scan & Partial<LinkedScan>) | null;
}

/**
 * Encodes a result (and for a comparison the earlier one) as a share code (without `#`):
 * format 1 when there is nothing but answers, else format 2.
 */
export function encodeLink(shape: ModelShape, scan: Scan & Partial<LinkedScan>, opts: LinkOptions = {}): string {
  const parts = tagged(shape, scan, opts.notes === true, false);
  const earlier = opts.earlier;
  if (earlier) {
    parts.push(`c${encodeContext(shape, earlier.answers)}${encodeItems(shape, earlier.answers)}`);
    parts.push(...tagged(shape, earlier, opts.notes === true, true));
  }
  const head = encodeShare(shape, scan.answers);
  return parts.length > 0 ? `${head}.${LINK_FORMAT}.${parts.join('.')}` : head;
}

/** The code of a scan's content alone (answers, targets, notes; no date or name): how it is stored. */
export const scanCode = (shape: ModelShape, s: Scan): string =>
  encodeLink(shape, { answers: s.answers, targets: s.targets, notes: s.notes }, { notes: true });

/**
 * Do two scans hold the same answers, targets and notes, as they would be stored? Compared by
 * code on purpose: a scan read back from storage is normalised by its code (a note cut to its
 * length), so comparing fields could call it changed for ever.
 */
export const sameScan = (shape: ModelShape, a: Scan, b: Scan): boolean => scanCode(shape, a) === scanCode(shape, b);

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
  if (parts.length === 2) {
    const r = decodeFormat1(shape, parts[0] ?? '', parts[1] ?? '');
    return 'error' in r ? { ok: false, error: r.error } : { ok: true, ...plain(shape, r), earlier: null };
  }
  const format = parts[2] ?? '';
  if (parts.length < 3 || !/^\d{1,3}$/.test(format)) return { ok: false, error: 'format' };
  if (Number(format) > LINK_FORMAT) return { ok: false, error: 'newer', format: Number(format) };
  if (Number(format) !== 2) return { ok: false, error: 'format' };
  try {
    return decodeFormat2(shape, parts[0] ?? '', parts[1] ?? '', parts.slice(3));
  } catch (e) {
    return { ok: false, error: e instanceof Refused ? e.error : 'format' };
  }
}

/** A result with answers only: no targets, notes, date or name. */
const plain = (shape: ModelShape, answers: Answers): LinkedScan => ({
  answers,
  targets: emptyTargets(shape),
  notes: emptyNotes(shape),
  date: null,
  name: '',
});

/** Format 1: `<context>.<items>`, one character each. */
function decodeFormat1(shape: ModelShape, ctx: string, items: string): Answers | { error: ShareError } {
  const total = totalItems(shape.itemCounts);
  if (ctx.length !== shape.contextSizes.length || items.length !== total) return { error: 'length' };
  const context: (number | null)[] = [];
  for (let i = 0; i < ctx.length; i++) {
    const c = ctx.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || c > (shape.contextSizes[i] ?? 0)) return { error: 'chars' };
    context.push(c === 0 ? null : c - 1);
  }
  const list: Answer[] = [];
  for (const ch of items) {
    if (ch === '-') list.push(null);
    else if (ITEM_CHARS.includes(ch)) list.push(Number(ch) as Answer);
    else return { error: 'chars' };
  }
  return { context, items: list };
}

/** Thrown inside format 2's parsers, caught in `decodeShare`. */
class Refused {
  constructor(readonly error: ShareError) {}
}
const refuse = (error: ShareError): never => {
  throw new Refused(error);
};

/** Percent-decodes a part; malformed escapes are refused. */
function dec(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return refuse('chars');
  }
}

function readAnswers(shape: ModelShape, ctx: string, items: string): Answers {
  const r = decodeFormat1(shape, ctx, items);
  return 'error' in r ? refuse(r.error) : r;
}

function readTargets(shape: ModelShape, body: string): Targets {
  if (body.length !== shape.itemCounts.length) refuse('length');
  return [...body].map((c) => (c === '-' ? null : /^[1-5]$/.test(c) ? Number(c) : refuse('chars')));
}

function readNotes(shape: ModelShape, body: string): Notes {
  const total = totalItems(shape.itemCounts);
  const list = body.split('~');
  if (list.length > total) refuse('length');
  const notes = list.map(dec);
  if (notes.some((n) => n.length > NOTE_MAX)) refuse('length');
  return Array.from({ length: total }, (_, i) => notes[i] ?? '');
}

function readDate(body: string): string {
  const iso = `${body.slice(0, 4)}-${body.slice(4, 6)}-${body.slice(6)}`;
  return /^\d{8}$/.test(body) && isIsoDate(iso) ? iso : refuse('chars');
}

function readName(body: string): string {
  const name = dec(body);
  return name.length > NAME_MAX ? refuse('length') : name;
}

/** Format 2: `<context>.<items>.2.<tagged parts>` (see the top of this file). */
function decodeFormat2(shape: ModelShape, ctx: string, items: string, parts: readonly string[]): ShareResult {
  // Format 2 without a single tagged part is never written: not a canonical link.
  if (parts.length === 0) refuse('format');
  const now = plain(shape, readAnswers(shape, ctx, items));
  const then = plain(shape, now.answers);
  let earlier = false;
  const seen = new Set<string>();
  for (const part of parts) {
    const tag = part.charAt(0);
    const body = part.slice(1);
    if (seen.has(tag)) refuse('format');
    seen.add(tag);
    const into = tag === 'T' || tag === 'N' || tag === 'D' || tag === 'L' ? then : now;
    switch (tag) {
      case 't':
      case 'T':
        into.targets = readTargets(shape, body);
        break;
      case 'n':
      case 'N':
        into.notes = readNotes(shape, body);
        break;
      case 'd':
      case 'D':
        into.date = readDate(body);
        break;
      case 'l':
      case 'L':
        into.name = readName(body);
        break;
      case 'c': {
        const n = shape.contextSizes.length;
        then.answers = readAnswers(shape, body.slice(0, n), body.slice(n));
        earlier = true;
        break;
      }
      default:
        refuse('format');
    }
  }
  // Parts of an earlier result without the earlier result itself: damaged.
  if (!earlier && [...seen].some((t) => t !== t.toLowerCase())) refuse('format');
  return { ok: true, ...now, earlier: earlier ? then : null };
}

/** True when at least one item has an answer (a level or "Weet ik niet"). */
export function hasAnswers(answers: Answers): boolean {
  return answers.items.some((a) => a !== null);
}
