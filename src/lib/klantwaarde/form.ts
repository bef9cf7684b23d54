/**
 * The form as text: what the visitor typed per field, read back into a state plus errors.
 * An invalid field keeps its last valid value, so the result on screen never breaks;
 * the mix is one unit (a mix that does not add up keeps the last valid mix).
 */
import {
  DECIMALS,
  MIX_FIELDS,
  NUM_FIELDS,
  TEXT_FIELDS,
  mixProblem,
  specFor,
  type MixMode,
  type State,
  type TextField,
} from './fields';
import { formatUnit } from './format';
import { parseDutchNumber, type ParseError } from './parse';

export type ErrorCode = ParseError | 'too-small' | 'mix-sum' | 'mix-empty' | 'mix-too-large';
export type Texts = Record<TextField, string>;
/** Errors per field; `mix` is the mix as a whole (percentages not adding up to 100). */
export type Errors = Partial<Record<TextField | 'mix', ErrorCode>>;

/** The input texts that show a state: "100", "2", "12,50"; empty for an automatic referred value. */
export function textsFor(s: State): Texts {
  const texts = {} as Texts;
  for (const f of NUM_FIELDS) texts[f] = formatUnit(s[f], specFor(f, s.mixMode).unit);
  texts.referredValue = s.referredValue === null ? '' : formatUnit(s.referredValue, 'money');
  return texts;
}

/**
 * The texts the visitor typed before the calculator was live: of the values read from the
 * page's inputs (by field id), those that differ from what the page first showed (`shown`),
 * put over `base`. Unknown ids are ignored. Null when nothing was typed.
 */
export function typedOver(base: Texts, shown: Texts, values: Iterable<readonly [string, string]>): Texts | null {
  let texts: Texts | null = null;
  for (const [id, value] of values) {
    const f = id as TextField;
    if (TEXT_FIELDS.includes(f) && value !== shown[f]) texts = { ...(texts ?? base), [f]: value };
  }
  return texts;
}

/** Parses one field's text; the referred value may be left empty (= automatic, `null`). */
export function readField(field: TextField, text: string, mode: MixMode): { ok: true; value: number | null } | { ok: false; error: ErrorCode } {
  if (field === 'referredValue' && text.trim() === '') return { ok: true, value: null };
  const spec = specFor(field, mode);
  const parsed = parseDutchNumber(text, DECIMALS[spec.unit]);
  if (!parsed.ok) return parsed;
  if (parsed.value < spec.min) return { ok: false, error: 'too-small' };
  if (parsed.value > spec.max) return { ok: false, error: 'too-large' };
  return parsed;
}

/** Reads all texts over the previous valid state (same mix mode). */
export function readForm(texts: Texts, prev: State): { state: State; errors: Errors } {
  const state: State = { ...prev };
  const errors: Errors = {};
  for (const f of TEXT_FIELDS) {
    const r = readField(f, texts[f] ?? '', prev.mixMode);
    if (!r.ok) errors[f] = r.error;
    else if (f === 'referredValue') state.referredValue = r.value;
    // The mix is applied below as a whole.
    else if (!(MIX_FIELDS as readonly string[]).includes(f)) state[f] = r.value ?? 0;
  }
  if (!MIX_FIELDS.some((f) => errors[f])) {
    const mix = { mixMode: prev.mixMode } as Pick<State, (typeof MIX_FIELDS)[number] | 'mixMode'>;
    for (const f of MIX_FIELDS) {
      const r = readField(f, texts[f] ?? '', prev.mixMode);
      mix[f] = r.ok ? (r.value ?? 0) : 0;
    }
    const problem = mixProblem(mix);
    if (problem) errors.mix = problem;
    else Object.assign(state, mix);
  }
  if (state.mixMode === 'count') state.customers = state.mixDetractor + state.mixPassive + state.mixPromoter;
  return { state, errors };
}

/** Sum of the mix texts as typed (for the "samen: 90 %" hint); NaN-free, invalid fields count as 0. */
export function mixSum(texts: Texts, mode: MixMode): number {
  return MIX_FIELDS.reduce((sum, f) => {
    const r = readField(f, texts[f] ?? '', mode);
    return sum + (r.ok ? (r.value ?? 0) : 0);
  }, 0);
}
