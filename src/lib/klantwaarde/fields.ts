/**
 * The calculator's inputs: ids, units, allowed ranges, defaults and short URL keys.
 *
 * Every number is stored as an integer in its smallest step, so money never shows
 * float noise: money in cents, years and referrals in hundredths, percentages in tenths.
 *
 * The defaults reproduce the example in the business-case article exactly. The article
 * only gives the lifetime values (€ 200, € 500, € 1.000) and two referrals each way;
 * profit per year and years as customer are OUR choice that multiplies out to those values:
 * € 100 × 2 jaar, € 125 × 4 jaar, € 200 × 5 jaar.
 */

/** NPS segments: detractor = ontevreden, passive = tevreden, promoter = zeer tevreden. */
export const SEGMENTS = ['detractor', 'passive', 'promoter'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** How the customer mix is entered: shares in percent, or head counts. */
export const MIX_MODES = ['pct', 'count'] as const;
export type MixMode = (typeof MIX_MODES)[number];

/** Units decide the stored scale, the decimals accepted and how a value is written. */
export type Unit = 'money' | 'years' | 'ratio' | 'count' | 'pct';

/** Decimals accepted per unit; the stored integer is value × 10^decimals. */
export const DECIMALS: Record<Unit, number> = { money: 2, years: 2, ratio: 2, count: 0, pct: 1 };

/** The text fields of the form: the numeric ones plus the optional referred-customer value. */
export type TextField = NumField | 'referredValue';

/** Anything a reset notice or an error can point at. `mix` is the customer mix as a whole. */
export type FieldId = TextField | 'mixMode' | 'mix';

export const MIX_FIELDS = ['mixDetractor', 'mixPassive', 'mixPromoter'] as const;
export type MixField = (typeof MIX_FIELDS)[number];
export const isMixField = (f: string): f is MixField => (MIX_FIELDS as readonly string[]).includes(f);

/** The fields of one segment: profit per year, years as customer, and its part of the customer mix. */
const SEGMENT_FIELDS = {
  detractor: { profit: 'profitDetractor', years: 'yearsDetractor', mix: 'mixDetractor' },
  passive: { profit: 'profitPassive', years: 'yearsPassive', mix: 'mixPassive' },
  promoter: { profit: 'profitPromoter', years: 'yearsPromoter', mix: 'mixPromoter' },
} as const satisfies Record<Segment, { profit: NumField; years: NumField; mix: MixField }>;

/** The fields of a segment: `fieldsOf('passive').profit` is `'profitPassive'`. */
export const fieldsOf = <S extends Segment>(segment: S): (typeof SEGMENT_FIELDS)[S] => SEGMENT_FIELDS[segment];

/** The complete calculator state. `referredValue: null` means "same as a passive's lifetime value". */
export type State = { [K in NumField]: number } & { referredValue: number | null; mixMode: MixMode };

export interface FieldSpec {
  /** Short readable URL key. */
  key: string;
  unit: Unit;
  /** Allowed range in stored units (inclusive). */
  min: number;
  max: number;
}

const EURO = 100;
const MONEY_MAX = 1_000_000 * EURO;
const YEARS_MAX = 100 * 100;
const RATIO_MAX = 100 * 100;
const PCT_MAX = 1000;
/** Head counts, also the cap on the number of customers. */
export const COUNT_MAX = 1_000_000_000;

/**
 * Every numeric input, in the order they appear in the form and in the URL: profit/year, years,
 * referrals, base and scenario. Mix fields depend on the mix mode, see `specFor`.
 */
const SPECS = {
  profitDetractor: { key: 'ow', unit: 'money', min: 0, max: MONEY_MAX },
  yearsDetractor: { key: 'oj', unit: 'years', min: 0, max: YEARS_MAX },
  profitPassive: { key: 'tw', unit: 'money', min: 0, max: MONEY_MAX },
  yearsPassive: { key: 'tj', unit: 'years', min: 0, max: YEARS_MAX },
  profitPromoter: { key: 'zw', unit: 'money', min: 0, max: MONEY_MAX },
  yearsPromoter: { key: 'zj', unit: 'years', min: 0, max: YEARS_MAX },
  keptAway: { key: 'weg', unit: 'ratio', min: 0, max: RATIO_MAX },
  broughtIn: { key: 'bij', unit: 'ratio', min: 0, max: RATIO_MAX },
  customers: { key: 'klanten', unit: 'count', min: 1, max: COUNT_MAX },
  mixDetractor: { key: 'o', unit: 'pct', min: 0, max: PCT_MAX },
  mixPassive: { key: 't', unit: 'pct', min: 0, max: PCT_MAX },
  mixPromoter: { key: 'z', unit: 'pct', min: 0, max: PCT_MAX },
  toPassive: { key: 'ot', unit: 'pct', min: 0, max: PCT_MAX },
  toPromoter: { key: 'tz', unit: 'pct', min: 0, max: PCT_MAX },
  // A yearly discount rate above 50 % is not a business case any more.
  discountRate: { key: 'rente', unit: 'pct', min: 0, max: 500 },
} as const satisfies Record<string, FieldSpec>;
export type NumField = keyof typeof SPECS;
/** The numeric fields in form and URL order (the order of SPECS). */
export const NUM_FIELDS = Object.keys(SPECS) as NumField[];
export const TEXT_FIELDS: readonly TextField[] = [...NUM_FIELDS, 'referredValue'];

/** The referred-customer value override: money, at most what a customer can be worth at all. */
export const REFERRED_SPEC: FieldSpec = { key: 'nieuw', unit: 'money', min: 0, max: MONEY_MAX * 100 };
/** URL key of the mix mode; its value is `aantal` for counts, absent for percentages. */
export const MIX_MODE_KEY = 'mix';
export const MIX_MODE_COUNT = 'aantal';

/** Spec of a text field in a given mix mode (mix fields are percentages or head counts). */
export function specFor(field: TextField, mode: MixMode): FieldSpec {
  if (field === 'referredValue') return REFERRED_SPEC;
  const spec = SPECS[field];
  return mode === 'count' && isMixField(field) ? { ...spec, unit: 'count', min: 0, max: COUNT_MAX } : spec;
}

/** The defaults: the article's example, plus an example customer base of our own. */
export const DEFAULTS: Readonly<State> = Object.freeze({
  profitDetractor: 100 * EURO,
  yearsDetractor: 2 * 100,
  profitPassive: 125 * EURO,
  yearsPassive: 4 * 100,
  profitPromoter: 200 * EURO,
  yearsPromoter: 5 * 100,
  keptAway: 2 * 100,
  broughtIn: 2 * 100,
  customers: 1000,
  mixDetractor: 200,
  mixPassive: 500,
  mixPromoter: 300,
  toPassive: 250,
  toPromoter: 200,
  discountRate: 0,
  referredValue: null,
  mixMode: 'pct',
});

/**
 * The example mix as head counts: 20 %, 50 % and 30 % of the 1.000 example customers. This is
 * `convertMix(DEFAULTS, 'count')` written out (tests/unit/lib/klantwaarde/model.test.ts checks
 * that), so that reading a link does not need `convertMix`, which the calculator loads only when
 * the visitor switches modes.
 */
const COUNT_MIX = { mixMode: 'count', mixDetractor: 200, mixPassive: 500, mixPromoter: 300, customers: 1000 } as const;

/** Defaults in a given mix mode: in count mode the example mix becomes head counts. */
export function defaultsFor(mode: MixMode): State {
  return mode === 'pct' ? { ...DEFAULTS } : { ...DEFAULTS, ...COUNT_MIX };
}

/** Number of customers in the base: the field in percent mode, the sum of the counts in count mode. */
export function totalCustomers(s: State): number {
  return s.mixMode === 'count' ? s.mixDetractor + s.mixPassive + s.mixPromoter : s.customers;
}

/**
 * Switches the mix between percentages and counts, keeping the same customers.
 * Counts are rounded to whole customers; percentages use largest remainders so they sum to exactly 100.
 */
export function convertMix(s: State, mode: MixMode): State {
  if (s.mixMode === mode) return { ...s };
  if (mode === 'count') {
    const [d, p, z] = MIX_FIELDS.map((f) => Math.round((s.customers * s[f]) / PCT_MAX)) as [number, number, number];
    // A tiny base can round to zero customers; keep at least one so the mix stays valid.
    const safeP = d + p + z === 0 ? 1 : p;
    return { ...s, mixMode: mode, mixDetractor: d, mixPassive: safeP, mixPromoter: z, customers: d + safeP + z };
  }
  const counts = MIX_FIELDS.map((f) => s[f]);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return { ...s, mixMode: mode, mixDetractor: DEFAULTS.mixDetractor, mixPassive: DEFAULTS.mixPassive, mixPromoter: DEFAULTS.mixPromoter };
  const exact = counts.map((c) => (c * PCT_MAX) / total);
  const floors = exact.map(Math.floor);
  let left = PCT_MAX - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left -= 1;
  }
  const [d, p, z] = floors as [number, number, number];
  return { ...s, mixMode: mode, customers: Math.min(COUNT_MAX, Math.max(1, total)), mixDetractor: d, mixPassive: p, mixPromoter: z };
}

/** Why a mix is not usable, or null when it is. Percentages must sum to 100 %, counts to at least one customer. */
export function mixProblem(s: Pick<State, MixField | 'mixMode'>): 'mix-sum' | 'mix-empty' | 'mix-too-large' | null {
  const sum = s.mixDetractor + s.mixPassive + s.mixPromoter;
  if (s.mixMode === 'pct') return sum === PCT_MAX ? null : 'mix-sum';
  if (sum < 1) return 'mix-empty';
  return sum > COUNT_MAX ? 'mix-too-large' : null;
}
