import { describe, expect, it } from 'vitest';
import { DEFAULTS, convertMix, defaultsFor, mixProblem, type State } from '../../../../src/lib/klantwaarde/fields';
import { annuityFactor, compute, lifetimeValue, roundDiv, segmentValues } from '../../../../src/lib/klantwaarde/model';
import { formatMoney, formatMoneyShort, formatNps, formatUnit } from '../../../../src/lib/klantwaarde/format';
import { assumptions, conclusions, scenarioSentence } from '../../../../src/lib/klantwaarde/explain';
import { layoutBars } from '../../../../src/lib/klantwaarde/chart';
import { qrPath } from '../../../../src/lib/qr-path';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const state = (over: Partial<State>): State => ({ ...DEFAULTS, ...over });

describe('the article’s example (defaults)', () => {
  const r = compute(DEFAULTS);

  it('has lifetime values € 200 / € 500 / € 1.000', () => {
    expect([r.segments.detractor.lifetime, r.segments.passive.lifetime, r.segments.promoter.lifetime]).toEqual([20000, 50000, 100000]);
  });

  it('values a referred customer at a passive’s lifetime value', () => {
    expect(r.referredValue).toBe(50000);
    expect(r.segments.detractor.referral).toBe(-100000);
    expect(r.segments.promoter.referral).toBe(100000);
    expect(r.segments.passive.referral).toBe(0);
  });

  it('gives −€ 800 / € 500 / € 2.000 adjusted', () => {
    expect([r.segments.detractor.adjusted, r.segments.passive.adjusted, r.segments.promoter.adjusted]).toEqual([-80000, 50000, 200000]);
    expect(nbsp(formatMoney(r.segments.detractor.adjusted))).toBe('€ −800');
    expect(nbsp(formatMoney(r.segments.promoter.adjusted))).toBe('€ 2.000');
  });

  it('says so in the conclusion', () => {
    const [head, promoter] = conclusions(r);
    expect(head).toEqual({ id: 'cost', vars: { amount: '€\u00a0800' } });
    expect(promoter?.id).toBe('promoter');
    expect(nbsp(promoter!.vars.diff!)).toBe('€ 2.800');
  });
});

describe('customer base → NPS and base value', () => {
  it.each<[string, Partial<State>, number, bigint]>([
    // 1000 customers, 20/50/30 %: NPS 10; 200 × −800 + 500 × 500 + 300 × 2000 = 690.000
    ['defaults', {}, 10, 69000000n],
    ['all promoters', { mixDetractor: 0, mixPassive: 0, mixPromoter: 1000 }, 100, 200000000n],
    ['all detractors', { mixDetractor: 1000, mixPassive: 0, mixPromoter: 0 }, -100, -80000000n],
    // 3 customers at 33,3 / 33,3 / 33,4 %: fractional people, value rounded once at the end
    ['fractions', { customers: 3, mixDetractor: 333, mixPassive: 333, mixPromoter: 334 }, 0.1, 170430n],
    ['counts', { mixMode: 'count', customers: 10, mixDetractor: 5, mixPassive: 3, mixPromoter: 2 }, -30, -400000n + 150000n + 400000n],
  ])('%s', (_name, over, nps, value) => {
    const r = compute(state(over));
    expect(r.nps).toBeCloseTo(nps, 10);
    expect(r.baseValue).toBe(value);
  });

  it('counts customers per segment', () => {
    expect(compute(DEFAULTS).counts).toEqual({ detractor: 200, passive: 500, promoter: 300 });
  });

  it('converts percentages to counts and back', () => {
    const counts = convertMix(DEFAULTS, 'count');
    expect([counts.mixDetractor, counts.mixPassive, counts.mixPromoter, counts.customers]).toEqual([200, 500, 300, 1000]);
    expect(compute(counts).baseValue).toBe(compute(DEFAULTS).baseValue);
    const back = convertMix({ ...counts, mixDetractor: 1, mixPassive: 1, mixPromoter: 1 }, 'pct');
    expect(back.mixDetractor + back.mixPassive + back.mixPromoter).toBe(1000);
    expect(back.customers).toBe(3);
    expect(defaultsFor('count').mixMode).toBe('count');
  });

  it('writes the count-mode defaults out as convertMix makes them', () => {
    expect(defaultsFor('count')).toEqual(convertMix(DEFAULTS, 'count'));
    expect(defaultsFor('pct')).toEqual(DEFAULTS);
  });

  it.each<[Partial<State>, string | null]>([
    [{}, null],
    [{ mixDetractor: 100 }, 'mix-sum'],
    [{ mixMode: 'count', mixDetractor: 0, mixPassive: 0, mixPromoter: 0 }, 'mix-empty'],
    [{ mixMode: 'count', mixDetractor: 1_000_000_000, mixPassive: 1, mixPromoter: 0 }, 'mix-too-large'],
  ])('mix problem of %j is %s', (over, problem) => {
    expect(mixProblem(state(over))).toBe(problem);
  });
});

describe('scenario', () => {
  it('computes the default shift: 25 % of detractors → passive, 20 % of passives → promoter', () => {
    const r = compute(DEFAULTS);
    // 50 detractors gain 1.300 each, 100 passives gain 1.500 each
    expect(r.scenario.movedToPassive).toBe(50);
    expect(r.scenario.movedToPromoter).toBe(100);
    expect(r.scenario.delta).toBe(50n * 130000n + 100n * 150000n);
    expect(r.scenario.value).toBe(r.baseValue + r.scenario.delta);
    // NPS: promoters 40 %, detractors 15 % → 25, so 15 points gained
    expect(r.scenario.nps).toBeCloseTo(25, 10);
    expect(r.scenario.npsDelta).toBeCloseTo(15, 10);
    // € 215.000 / 15 points = € 14.333,33 per point
    expect(r.scenario.perPoint).toBe(1433333n);
  });

  it.each<[string, Partial<State>, bigint, number]>([
    ['only detractors move', { toPassive: 1000, toPromoter: 0 }, 200n * 130000n, 20],
    ['only passives move', { toPassive: 0, toPromoter: 1000 }, 500n * 150000n, 50],
    ['nobody moves', { toPassive: 0, toPromoter: 0 }, 0n, 0],
  ])('%s', (_n, over, delta, npsDelta) => {
    const r = compute(state(over));
    expect(r.scenario.delta).toBe(delta);
    expect(r.scenario.npsDelta).toBeCloseTo(npsDelta, 10);
  });

  it('has no value per point when nobody moves', () => {
    expect(compute(state({ toPassive: 0, toPromoter: 0 })).scenario.perPoint).toBeNull();
  });

  it('values one NPS point from moving detractors at 10 customers × their gain (1000 customers)', () => {
    // One point = 1 % of 1000 customers = 10 customers, each gaining 500 − (−800) = 1.300
    expect(compute(state({ toPassive: 500, toPromoter: 0 })).scenario.perPoint).toBe(10n * 130000n);
  });
});

describe('discounting', () => {
  it('a rate of 0 % is exactly years × profit', () => {
    expect(annuityFactor(0, 250)).toBe(2.5);
    expect(lifetimeValue(12345, 333, 0)).toBe(Math.round((12345 * 333) / 100));
  });

  it.each([
    // € 100 a year for 2 years at 10 %: 100/1,1 + 100/1,21 = 173,55
    [10000, 200, 100, 17355],
    // € 125 for 4 years at 5 %: 443,24
    [12500, 400, 50, 44324],
    // one year at 10 %: 90,91
    [10000, 100, 100, 9091],
  ])('profit %i cents for %i/100 years at %i‰ = %i cents', (profit, years, rate, expected) => {
    expect(lifetimeValue(profit, years, rate)).toBe(expected);
  });

  it('discounts the referred customer’s default value too', () => {
    const { segments, referredValue } = segmentValues(state({ discountRate: 100 }));
    expect(referredValue).toBe(segments.passive.lifetime);
    expect(segments.detractor.adjusted).toBe(segments.detractor.lifetime - 2 * referredValue);
  });

  it('uses an overridden referred-customer value as is', () => {
    const { segments, referredValue } = segmentValues(state({ referredValue: 30000, discountRate: 100 }));
    expect(referredValue).toBe(30000);
    expect(segments.promoter.referral).toBe(60000);
  });
});

describe('roundDiv', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 2n, 2n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [-2n, 3n, -1n],
  ])('%s / %s = %s', (a, b, q) => {
    expect(roundDiv(a, b)).toBe(q);
  });
});

describe('formatting', () => {
  it.each<[number | bigint, string]>([
    [0, '€ 0'],
    [1250, '€ 12,50'],
    [-80000, '€ −800'],
    [100000000, '€ 1.000.000'],
    [123456789012345678901n, '€ 1.234.567.890.123.456.789'],
    [Number.NaN, '€ 0'],
  ])('formatMoney(%s) = %s', (cents, text) => {
    expect(nbsp(formatMoney(cents))).toBe(text);
  });

  it('shortens large chart labels', () => {
    expect(nbsp(formatMoneyShort(123456789012))).toMatch(/^€ 1,2 mld\.?$/);
    expect(nbsp(formatMoneyShort(-80000))).toBe('€ −800');
  });

  it.each([
    [10, '+10'],
    [-5.56, '−5,6'],
    [0, '0'],
    [Number.POSITIVE_INFINITY, '0'],
  ])('formatNps(%s) = %s', (n, text) => {
    expect(formatNps(n)).toBe(text);
  });

  it.each<[number, Parameters<typeof formatUnit>[1], string]>([
    [10000, 'money', '100'],
    [1250, 'money', '12,50'],
    [100000000, 'money', '1.000.000'],
    [250, 'years', '2,5'],
    [200, 'pct', '20'],
    [125, 'pct', '12,5'],
    [1000000, 'count', '1.000.000'],
  ])('formatUnit(%i, %s) = %s', (v, unit, text) => {
    expect(formatUnit(v, unit)).toBe(text);
  });
});

describe('explanations', () => {
  it('lists every assumption with its values', () => {
    const list = assumptions(DEFAULTS, compute(DEFAULTS));
    expect(list.map((a) => a.id)).toEqual([
      'detractor',
      'passive',
      'promoter',
      'noDiscount',
      'keptAway',
      'broughtIn',
      'passiveNeutral',
      'referredAuto',
      'referralTiming',
      'base',
      'scenario',
    ]);
    expect(nbsp(list[0]!.vars.lifetime!)).toBe('€ 200');
    expect(list[9]!.vars).toEqual({ customers: '1.000', d: '200', p: '500', z: '300' });
  });

  it.each<[Partial<State>, string]>([
    [{}, 'cost'],
    [{ keptAway: 0 }, 'gain'],
    [{ keptAway: 40 }, 'zero'],
  ])('headline for %j is %s', (over, id) => {
    expect(conclusions(compute(state(over)))[0]!.id).toBe(id);
  });

  it.each<[Partial<State>, string]>([
    [{}, 'more'],
    [{ toPassive: 0, toPromoter: 0 }, 'none'],
    // A detractor worth more than a passive: moving them loses value
    [{ keptAway: 0, profitDetractor: 100000, toPromoter: 0 }, 'less'],
  ])('scenario sentence for %j is %s', (over, id) => {
    const s = state(over);
    expect(scenarioSentence(s, compute(s)).id).toBe(id);
  });
});

describe('chart geometry', () => {
  it('puts negative bars below the axis and positive above', () => {
    const l = layoutBars([-80000, 50000, 200000]);
    const [d, p, z] = l.bars;
    expect(d!.negative).toBe(true);
    expect(d!.y).toBe(l.zeroY);
    expect(p!.y + p!.height).toBeCloseTo(l.zeroY, 10);
    expect(z!.height).toBeCloseTo(4 * p!.height, 10);
    expect(d!.labelY).toBeGreaterThan(l.zeroY);
    expect(l.bars.every((b) => Object.values(b).every((v) => typeof v === 'boolean' || Number.isFinite(v)))).toBe(true);
  });

  it('survives all zeros and non-finite input', () => {
    const l = layoutBars([0, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(l.bars.every((b) => b.height === 0 && Number.isFinite(b.y))).toBe(true);
  });

  it('draws QR runs as one path', () => {
    expect(
      qrPath([
        [true, true, false],
        [false, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM1 1h2v1h-2z');
  });
});
