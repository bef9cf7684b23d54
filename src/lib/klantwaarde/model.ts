/**
 * The customer-value model of the business-case article, as pure functions.
 *
 * Per segment: lifetime value = profit per year × years as customer (present value when a
 * discount rate is set). Referrals: a detractor keeps prospects away, a promoter brings new
 * customers; each such customer is worth a passive's lifetime value unless overridden.
 * Adjusted value = lifetime value ∓ referrals × referred-customer value.
 *
 * Per-customer values are integer cents as `number` (the field ranges keep them below 2^53).
 * Totals over the customer base are `bigint` cents and are computed as exact fractions,
 * rounded once, half away from zero.
 */
import { fieldsOf, totalCustomers, type Segment, type State } from './fields';

export interface SegmentValue {
  /** Profit per year × years (discounted when a rate is set), cents. */
  lifetime: number;
  /** Referral effect, cents: negative for a detractor, positive for a promoter, 0 for a passive. */
  referral: number;
  /** Lifetime value plus referral effect, cents. */
  adjusted: number;
}

export interface Scenario {
  /** NPS after the shift. */
  nps: number;
  /** NPS points gained (never negative: customers only move up). */
  npsDelta: number;
  /** Value of the base after the shift, cents. */
  value: bigint;
  /** Change in value of the base, cents (= value − base value, as displayed). */
  delta: bigint;
  /** Change in value per NPS point gained, cents; null when nobody moves. */
  perPoint: bigint | null;
  /** Customers moving from detractor to passive, and from passive to promoter (may be fractional). */
  movedToPassive: number;
  movedToPromoter: number;
}

export interface Result {
  segments: Record<Segment, SegmentValue>;
  /** Value used for one referred (or kept-away) customer, cents. */
  referredValue: number;
  /** Number of customers in the base. */
  customers: number;
  /** Customers per segment (fractional when derived from percentages). */
  counts: Record<Segment, number>;
  /** Net Promoter Score: promoters % − detractors %. */
  nps: number;
  /** Total adjusted value of the base, cents. */
  baseValue: bigint;
  scenario: Scenario;
}

/** Integer division rounded half away from zero; `b` must be positive. */
export function roundDiv(a: bigint, b: bigint): bigint {
  const neg = a < 0n;
  const abs = neg ? -a : a;
  const q = (abs * 2n + b) / (b * 2n);
  return neg ? -q : q;
}

/**
 * Sum of profits over `yearsHundredths` years as a multiple of one year's profit: the years
 * themselves without discounting, else an annuity paid at the end of each year, pro rata for a part year.
 */
export function annuityFactor(rateTenths: number, yearsHundredths: number): number {
  const n = yearsHundredths / 100;
  if (rateTenths <= 0) return n;
  const r = rateTenths / 1000;
  return (1 - (1 + r) ** -n) / r;
}

/** Lifetime value in cents of one customer: exact integer arithmetic when there is no discount rate. */
export function lifetimeValue(profitCents: number, yearsHundredths: number, rateTenths: number): number {
  if (rateTenths <= 0) return Number(roundDiv(BigInt(profitCents) * BigInt(yearsHundredths), 100n));
  return Math.round(profitCents * annuityFactor(rateTenths, yearsHundredths));
}

/** Value per customer of each segment, with the referral effect. */
export function segmentValues(s: State): { segments: Record<Segment, SegmentValue>; referredValue: number } {
  const life = (seg: Segment) => lifetimeValue(s[fieldsOf(seg).profit], s[fieldsOf(seg).years], s.discountRate);
  const passiveLife = life('passive');
  const referredValue = s.referredValue ?? passiveLife;
  const times = (hundredths: number) => Number(roundDiv(BigInt(hundredths) * BigInt(referredValue), 100n));
  const d = life('detractor');
  const z = life('promoter');
  const lost = -times(s.keptAway);
  const won = times(s.broughtIn);
  return {
    referredValue,
    segments: {
      detractor: { lifetime: d, referral: lost, adjusted: d + lost },
      passive: { lifetime: passiveLife, referral: 0, adjusted: passiveLife },
      promoter: { lifetime: z, referral: won, adjusted: z + won },
    },
  };
}

/** Computes everything the calculator shows from a valid state. */
export function compute(s: State): Result {
  const { segments, referredValue } = segmentValues(s);
  // Segment sizes as fractions num/den: percent mode counts tenths of a percent of the base.
  const den = s.mixMode === 'count' ? 1n : 1000n;
  const num = (seg: Segment) => (s.mixMode === 'count' ? BigInt(s[fieldsOf(seg).mix]) : BigInt(s.customers) * BigInt(s[fieldsOf(seg).mix]));
  const nd = num('detractor');
  const np = num('passive');
  const nz = num('promoter');
  const total = nd + np + nz;
  const adj = (seg: Segment) => BigInt(segments[seg].adjusted);
  const ad = adj('detractor');
  const ap = adj('passive');
  const az = adj('promoter');

  const exactBase = nd * ad + np * ap + nz * az; // over den
  const baseValue = roundDiv(exactBase, den);
  const npsOf = (promoters: bigint, detractors: bigint, over: bigint) =>
    over === 0n ? 0 : (Number(promoters - detractors) * 100) / Number(over);
  const nps = npsOf(nz, nd, total);

  // Scenario: x‰ of detractors become passive, y‰ of the current passives become promoter.
  const x = BigInt(s.toPassive);
  const y = BigInt(s.toPromoter);
  const movedD = nd * x; // over den × 1000
  const movedP = np * y;
  const gainExact = movedD * (ap - ad) + movedP * (az - ap); // over den × 1000
  const value = roundDiv(exactBase * 1000n + gainExact, den * 1000n);
  const newNps = npsOf(nz * 1000n + movedP, nd * 1000n - movedD, total * 1000n);
  const moved = movedD + movedP;
  const perPoint = moved === 0n || total === 0n ? null : roundDiv(total * gainExact, 100n * den * moved);
  const toCount = (n: bigint, over: bigint) => Number(n) / Number(over);

  return {
    segments,
    referredValue,
    customers: totalCustomers(s),
    counts: { detractor: toCount(nd, den), passive: toCount(np, den), promoter: toCount(nz, den) },
    nps,
    baseValue,
    scenario: {
      nps: newNps,
      npsDelta: Math.max(0, newNps - nps),
      value,
      delta: value - baseValue,
      perPoint,
      movedToPassive: toCount(movedD, den * 1000n),
      movedToPromoter: toCount(movedP, den * 1000n),
    },
  };
}

