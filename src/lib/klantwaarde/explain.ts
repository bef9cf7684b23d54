/**
 * The words around the numbers: which conclusion sentence fits, and the list of assumptions
 * ("we nemen aan dat…"). Returns i18n key suffixes (`klantwaarde.<kind>.<id>`) with their
 * formatted values, so the island only looks the sentences up.
 */
import { SEGMENTS, fieldsOf, type Segment, type State } from './fields';
import { formatMoney, formatMoneyShort, formatNps, formatNumber, formatUnit } from './format';
import type { Result } from './model';

/** A sentence as a key suffix (`id`) with its formatted values. */
export interface Sentence<Id extends string = string> {
  id: Id;
  vars: Record<string, string>;
}
export type ConclusionId = 'cost' | 'zero' | 'gain' | 'promoter' | 'promoterLess';
export type ScenarioId = 'none' | 'more' | 'less' | 'same';
export type AssumptionId =
  | 'detractor'
  | 'passive'
  | 'promoter'
  | 'discount'
  | 'noDiscount'
  | 'keptAway'
  | 'broughtIn'
  | 'passiveNeutral'
  | 'referredAuto'
  | 'referredOwn'
  | 'referralTiming'
  | 'base'
  | 'scenario';

const pct = (tenths: number) => formatUnit(tenths, 'pct');
const count = (n: number) => formatNumber(n, 1);
const abs = (x: bigint) => (x < 0n ? -x : x);

/** The headline about a detractor, then the one about a promoter. Suffixes of `klantwaarde.conclusion.`. */
export function conclusions(r: Result): [Sentence<ConclusionId>, Sentence<ConclusionId>] {
  const d = r.segments.detractor.adjusted;
  const z = r.segments.promoter.adjusted;
  const head: Sentence<ConclusionId> =
    d < 0
      ? { id: 'cost', vars: { amount: formatMoney(-d) } }
      : d === 0
        ? { id: 'zero', vars: {} }
        : { id: 'gain', vars: { amount: formatMoney(d) } };
  const promoter: Sentence<ConclusionId> =
    z > d
      ? { id: 'promoter', vars: { promoter: formatMoney(z), diff: formatMoney(z - d) } }
      : { id: 'promoterLess', vars: { promoter: formatMoney(z) } };
  return [head, promoter];
}

/** The scenario in one sentence. Suffix of `klantwaarde.scenario.`. */
export function scenarioSentence(s: State, r: Result): Sentence<ScenarioId> {
  const sc = r.scenario;
  if (s.toPassive === 0 && s.toPromoter === 0) return { id: 'none', vars: {} };
  const vars = {
    x: pct(s.toPassive),
    y: pct(s.toPromoter),
    from: formatNps(r.nps),
    to: formatNps(sc.nps),
    // A total over the whole base: compact from € 1 mln. (exact in the tiles' print form).
    delta: formatMoneyShort(abs(sc.delta)),
  };
  return { id: sc.delta > 0n ? 'more' : sc.delta < 0n ? 'less' : 'same', vars };
}

/** Everything the result rests on, in plain words. Suffixes of `klantwaarde.assume.`. */
export function assumptions(s: State, r: Result): Sentence<AssumptionId>[] {
  const seg = (id: Segment): Sentence<AssumptionId> => ({
    id,
    vars: {
      profit: formatMoney(s[fieldsOf(id).profit]),
      years: formatUnit(s[fieldsOf(id).years], 'years'),
      lifetime: formatMoney(r.segments[id].lifetime),
    },
  });
  return [
    ...SEGMENTS.map(seg),
    s.discountRate > 0 ? { id: 'discount', vars: { rate: pct(s.discountRate) } } : { id: 'noDiscount', vars: {} },
    { id: 'keptAway', vars: { n: formatUnit(s.keptAway, 'ratio') } },
    { id: 'broughtIn', vars: { n: formatUnit(s.broughtIn, 'ratio') } },
    { id: 'passiveNeutral', vars: {} },
    s.referredValue === null
      ? { id: 'referredAuto', vars: { value: formatMoney(r.referredValue) } }
      : { id: 'referredOwn', vars: { value: formatMoney(r.referredValue) } },
    { id: 'referralTiming', vars: {} },
    {
      id: 'base',
      vars: {
        customers: formatNumber(r.customers, 0),
        d: count(r.counts.detractor),
        p: count(r.counts.passive),
        z: count(r.counts.promoter),
      },
    },
    { id: 'scenario', vars: { x: pct(s.toPassive), y: pct(s.toPromoter) } },
  ];
}
