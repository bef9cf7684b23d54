/**
 * Property tests over every parser of outside input in the calculator (URL query, stored
 * state, Dutch number input) and over the model: 10,000 runs each.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DECIMALS,
  DEFAULTS,
  MIX_FIELDS,
  NUM_FIELDS,
  TEXT_FIELDS,
  mixProblem,
  specFor,
  type MixMode,
  type State,
  type TextField,
} from '../../../../src/lib/klantwaarde/fields';
import { compute } from '../../../../src/lib/klantwaarde/model';
import { decodeQuery, encodeQuery } from '../../../../src/lib/klantwaarde/query';
import { parseDutchNumber, parsePlainNumber } from '../../../../src/lib/klantwaarde/parse';
import { parseSaved } from '../../../../src/lib/klantwaarde/storage';
import { readForm, textsFor, typedOver } from '../../../../src/lib/klantwaarde/form';
import { formatMoney, formatNps } from '../../../../src/lib/klantwaarde/format';
import { assumptions, conclusions, scenarioSentence } from '../../../../src/lib/klantwaarde/explain';

const RUNS = { numRuns: 10_000 };

/** A state is valid when every field is an integer in range and the mix is usable. */
function expectValid(s: State) {
  expect(s.mixMode === 'pct' || s.mixMode === 'count').toBe(true);
  for (const f of NUM_FIELDS) {
    if (s.mixMode === 'count' && f === 'customers') continue;
    const spec = specFor(f, s.mixMode);
    expect(Number.isSafeInteger(s[f]), f).toBe(true);
    expect(s[f] >= spec.min && s[f] <= spec.max, `${f}=${s[f]}`).toBe(true);
  }
  expect(mixProblem(s)).toBeNull();
  expect(s.referredValue === null || (Number.isSafeInteger(s.referredValue) && s.referredValue >= 0)).toBe(true);
}

/** Any valid state. */
const arbState: fc.Arbitrary<State> = fc
  .record({
    mode: fc.constantFrom<MixMode>('pct', 'count'),
    values: fc.tuple(...NUM_FIELDS.map((f) => fc.integer({ min: specFor(f, 'pct').min, max: specFor(f, 'pct').max }))),
    split: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })),
    counts: fc.tuple(fc.integer({ min: 0, max: 300_000_000 }), fc.integer({ min: 0, max: 300_000_000 }), fc.integer({ min: 1, max: 300_000_000 })),
    referredValue: fc.option(fc.integer({ min: 0, max: specFor('referredValue', 'pct').max })),
  })
  .map(({ mode, values, split, counts, referredValue }) => {
    const s = Object.fromEntries(NUM_FIELDS.map((f, i) => [f, values[i]])) as unknown as State;
    s.mixMode = mode;
    s.referredValue = referredValue;
    if (mode === 'pct') {
      const [a, b] = [Math.min(...split), Math.max(...split)];
      [s.mixDetractor, s.mixPassive, s.mixPromoter] = [a, b - a, 1000 - b];
    } else {
      [s.mixDetractor, s.mixPassive, s.mixPromoter] = counts;
      s.customers = counts[0] + counts[1] + counts[2];
    }
    return s;
  });

/** Strings that look a bit like queries, plus anything at all. */
const queryKeys = ['ow', 'oj', 'tw', 'tj', 'zw', 'zj', 'weg', 'bij', 'klanten', 'o', 't', 'z', 'ot', 'tz', 'rente', 'nieuw', 'mix'];
const arbQuery = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...queryKeys),
        fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String), fc.constantFrom('aantal', '-1', '1e9', 'NaN', '%', '%zz')),
      ),
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

function expectFiniteResult(s: State) {
  const r = compute(s);
  for (const seg of Object.values(r.segments)) {
    for (const v of Object.values(seg)) expect(Number.isFinite(v) && Number.isSafeInteger(v)).toBe(true);
  }
  for (const n of [r.nps, r.scenario.nps, r.scenario.npsDelta, r.scenario.movedToPassive, r.scenario.movedToPromoter, r.referredValue]) {
    expect(Number.isFinite(n)).toBe(true);
  }
  for (const b of [r.baseValue, r.scenario.value, r.scenario.delta]) expect(typeof b).toBe('bigint');
  expect(r.scenario.perPoint === null || typeof r.scenario.perPoint === 'bigint').toBe(true);
  const words = [...conclusions(r), scenarioSentence(s, r), ...assumptions(s, r)].flatMap((x) => Object.values(x.vars));
  words.push(formatMoney(r.baseValue), formatNps(r.nps));
  for (const w of words) expect(w).not.toMatch(/NaN|Infinity|undefined|∞/);
}

describe('properties', () => {
  it('decoding any string never throws and yields a valid state', () => {
    fc.assert(
      fc.property(arbQuery, (q) => {
        const d = decodeQuery(q);
        expectValid(d.state);
        expect(Array.isArray(d.reset)).toBe(true);
      }),
      RUNS,
    );
  });

  it('any valid state survives a URL round trip', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        expect(decodeQuery(encodeQuery(s))).toEqual({ state: s, reset: [], present: encodeQuery(s) !== '' });
      }),
      RUNS,
    );
  });

  it('reading any stored string never throws and is null or a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), arbQuery.map((q) => JSON.stringify({ v: 1, q }))), (raw) => {
        const s = parseSaved(raw);
        if (s !== null) expectValid(s);
      }),
      RUNS,
    );
  });

  it('the number parsers never throw and return an integer or a named error', () => {
    const errors = ['empty', 'not-a-number', 'negative', 'too-many-decimals', 'too-large'];
    const input = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[-+€ ]{0,2}[0-9.,]{0,20}[,-]{0,2}( ?%)?$/),
      fc.double().map((n) => String(n).replace('.', ',')),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 2 }), (text, decimals) => {
        for (const r of [parseDutchNumber(text, decimals), parsePlainNumber(text, decimals)]) {
          if (r.ok) expect(Number.isSafeInteger(r.value) && r.value >= 0).toBe(true);
          else expect(errors).toContain(r.error);
        }
      }),
      RUNS,
    );
  });

  it('reading any form texts never throws and keeps a valid state', () => {
    fc.assert(
      fc.property(arbState, fc.dictionary(fc.constantFrom(...TEXT_FIELDS), fc.string()), (prev, typed) => {
        const { state } = readForm({ ...textsFor(prev), ...typed }, prev);
        expectValid(state);
      }),
      RUNS,
    );
  });

  it('every computed money value is finite', () => {
    fc.assert(fc.property(arbState, expectFiniteResult), RUNS);
  });

  it('moving detractors to passives never lowers the total value when a passive is worth at least a detractor', () => {
    fc.assert(
      fc.property(arbState, fc.integer({ min: 0, max: 1000 }), (s, x) => {
        const moved = { ...s, toPassive: x, toPromoter: 0 };
        const r = compute(moved);
        fc.pre(r.segments.passive.adjusted >= r.segments.detractor.adjusted);
        expect(r.scenario.value >= r.baseValue).toBe(true);
        expect(r.scenario.delta >= 0n).toBe(true);
      }),
      RUNS,
    );
  });

  it('the mix fields of a decoded link are always usable together', () => {
    fc.assert(
      fc.property(arbQuery, (q) => {
        const { state } = decodeQuery(q);
        const sum = MIX_FIELDS.reduce((a, f) => a + state[f], 0);
        if (state.mixMode === 'pct') expect(sum).toBe(1000);
        else expect(state.customers).toBe(sum);
        expect(DECIMALS.pct).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('typedOver: text typed before the calculator was live', () => {
  const shown = textsFor(DEFAULTS);
  it('keeps what differs from the shown texts, over the base, and ignores unknown ids', () => {
    const base = { ...shown, profitDetractor: '300' };
    expect(typedOver(base, shown, [['profitDetractor', shown.profitDetractor]])).toBeNull();
    expect(
      typedOver(base, shown, [
        ['link', 'http://x'],
        ['nope', '1'],
      ]),
    ).toBeNull();
    expect(typedOver(base, shown, [['yearsPassive', '7']])).toEqual({ ...base, yearsPassive: '7' });
  });

  it('yields every text field, each from the base or from what was typed in that field', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...TEXT_FIELDS), fc.string()), fc.string())), (values) => {
        const out = typedOver(shown, shown, values);
        const typed = values.filter(([id, v]) => (TEXT_FIELDS as readonly string[]).includes(id) && v !== shown[id as TextField]);
        if (typed.length === 0) {
          expect(out).toBeNull();
          return;
        }
        expect(Object.keys(out!).sort()).toEqual([...TEXT_FIELDS].sort());
        for (const f of TEXT_FIELDS) {
          const options = [shown[f], ...typed.filter(([id]) => id === f).map(([, v]) => v)];
          expect(options).toContain(out![f]);
        }
        for (const [id, v] of typed) if (typed.filter(([x]) => x === id).at(-1)?.[1] === v) expect(out![id as TextField]).toBe(v);
      }),
      RUNS,
    );
  });
});
