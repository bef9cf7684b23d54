/**
 * Share links: the complete calculator state in the URL query, with short readable keys and
 * only the values that differ from the defaults (`?ow=150&oj=3&mix=aantal&o=120&t=400&z=80`).
 *
 * Where the calculator's state comes from, in this order: link → saved → defaults.
 * A link with any known key wins; otherwise the visitor's saved inputs; otherwise the
 * article's example. A link is never written over the saved inputs (see storage.ts).
 *
 * Decoding never throws: an invalid value falls back to its default and is listed in `reset`,
 * so the page can say which fields it reset. Unknown keys are ignored.
 * Versioning: keys are only ever added; a removed field's key is ignored by later versions.
 */
import {
  DECIMALS,
  MIX_FIELDS,
  MIX_MODE_COUNT,
  MIX_MODE_KEY,
  NUM_FIELDS,
  REFERRED_SPEC,
  defaultsFor,
  isMixField,
  mixProblem,
  specFor,
  type FieldId,
  type State,
} from './fields';
import { parsePlainNumber, plainNumber } from './parse';

export interface Decoded {
  state: State;
  /** Fields whose link value was unusable and that were reset to their defaults. */
  reset: FieldId[];
  /** True when the query holds at least one calculator key. */
  present: boolean;
}

const ALL_KEYS = new Set<string>([...NUM_FIELDS.map((f) => specFor(f, 'pct').key), REFERRED_SPEC.key, MIX_MODE_KEY]);

/** Encodes the state as a query string without "?"; empty when everything is at its default. */
export function encodeQuery(s: State): string {
  const defaults = defaultsFor(s.mixMode);
  const parts: string[] = [];
  if (s.mixMode === 'count') parts.push(`${MIX_MODE_KEY}=${MIX_MODE_COUNT}`);
  for (const f of NUM_FIELDS) {
    // In count mode the number of customers is the sum of the counts.
    if (s.mixMode === 'count' && f === 'customers') continue;
    if (s[f] === defaults[f]) continue;
    const spec = specFor(f, s.mixMode);
    parts.push(`${spec.key}=${plainNumber(s[f], DECIMALS[spec.unit])}`);
  }
  if (s.referredValue !== null) parts.push(`${REFERRED_SPEC.key}=${plainNumber(s.referredValue, 2)}`);
  return parts.join('&');
}

/** Decodes a query string ("?a=1&b=2" or "a=1&b=2") into a valid state plus the list of reset fields. */
export function decodeQuery(search: string): Decoded {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    params = new URLSearchParams();
  }
  const reset: FieldId[] = [];
  const present = [...params.keys()].some((k) => ALL_KEYS.has(k));

  const modeRaw = params.get(MIX_MODE_KEY);
  let mode: State['mixMode'] = 'pct';
  if (modeRaw === MIX_MODE_COUNT) mode = 'count';
  else if (modeRaw !== null && modeRaw !== 'procent') reset.push('mixMode');

  const defaults = defaultsFor(mode);
  const state: State = { ...defaults };
  for (const f of NUM_FIELDS) {
    if (mode === 'count' && f === 'customers') continue;
    const spec = specFor(f, mode);
    const raw = params.get(spec.key);
    if (raw === null) continue;
    const parsed = parsePlainNumber(raw, DECIMALS[spec.unit]);
    if (parsed.ok && parsed.value >= spec.min && parsed.value <= spec.max) state[f] = parsed.value;
    else reset.push(f);
  }
  if (mixProblem(state)) {
    for (const f of MIX_FIELDS) state[f] = defaults[f];
    reset.push('mix');
  }
  if (mode === 'count') state.customers = state.mixDetractor + state.mixPassive + state.mixPromoter;

  const refRaw = params.get(REFERRED_SPEC.key);
  if (refRaw !== null) {
    const parsed = parsePlainNumber(refRaw, 2);
    if (parsed.ok && parsed.value >= REFERRED_SPEC.min && parsed.value <= REFERRED_SPEC.max) state.referredValue = parsed.value;
    else reset.push('referredValue');
  }
  // When the mix as a whole was reset, naming its three fields as well would only repeat it.
  const listed = reset.includes('mix') ? reset.filter((f) => !isMixField(f)) : reset;
  return { state, reset: listed, present };
}
