import { describe, expect, it } from 'vitest';
import { DEFAULTS, convertMix, type State } from '../../../../src/lib/klantwaarde/fields';
import { decodeQuery, encodeQuery } from '../../../../src/lib/klantwaarde/query';
import { STORAGE_KEY, loadSaved, parseSaved, saveState, serializeSaved, type StorageLike } from '../../../../src/lib/klantwaarde/storage';

const state = (over: Partial<State>): State => ({ ...DEFAULTS, ...over });

describe('share query', () => {
  it('is empty for the defaults', () => {
    expect(encodeQuery(DEFAULTS)).toBe('');
    expect(decodeQuery('')).toEqual({ state: DEFAULTS, reset: [], present: false });
  });

  it.each<[string, Partial<State>, string]>([
    ['profit with cents', { profitDetractor: 9950 }, 'ow=99.5'],
    ['years and referrals', { yearsPromoter: 750, broughtIn: 150 }, 'zj=7.5&bij=1.5'],
    ['base and scenario', { customers: 25000, toPassive: 500, toPromoter: 0 }, 'klanten=25000&ot=50&tz=0'],
    ['mix', { mixDetractor: 300, mixPassive: 400, mixPromoter: 300 }, 'o=30&t=40'],
    ['advanced', { discountRate: 55, referredValue: 40000 }, 'rente=5.5&nieuw=400'],
  ])('%s', (_name, over, query) => {
    const s = state(over);
    expect(encodeQuery(s)).toBe(query);
    expect(decodeQuery(`?${query}`)).toEqual({ state: s, reset: [], present: true });
  });

  it('round-trips count mode without a customers key', () => {
    const s = { ...convertMix(DEFAULTS, 'count'), mixDetractor: 120, mixPassive: 400, mixPromoter: 80, customers: 600 };
    const q = encodeQuery(s);
    expect(q).toBe('mix=aantal&o=120&t=400&z=80');
    expect(decodeQuery(q).state).toEqual(s);
  });

  it('resets bad values and names them', () => {
    const d = decodeQuery('?ow=-5&oj=abc&klanten=0&rente=99&nieuw=&weg=2.5&onbekend=1');
    expect(d.reset).toEqual(['profitDetractor', 'yearsDetractor', 'customers', 'discountRate', 'referredValue']);
    expect(d.state).toEqual(state({ keptAway: 250 }));
    expect(d.present).toBe(true);
  });

  it('resets a mix that does not add up as a whole', () => {
    const d = decodeQuery('o=50&t=50&z=50');
    expect(d.reset).toEqual(['mix']);
    expect([d.state.mixDetractor, d.state.mixPassive, d.state.mixPromoter]).toEqual([200, 500, 300]);
  });

  it('resets an unknown mix mode', () => {
    const d = decodeQuery('mix=veel');
    expect(d.reset).toEqual(['mixMode']);
    expect(d.state).toEqual(DEFAULTS);
  });

  it('ignores links without calculator keys', () => {
    expect(decodeQuery('?utm_source=nieuwsbrief').present).toBe(false);
  });
});

function fakeStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

describe('saved inputs', () => {
  it('round-trips through storage', () => {
    const store = fakeStorage();
    const s = state({ profitPromoter: 30000 });
    expect(saveState(store, s)).toBe(true);
    expect(store.data[STORAGE_KEY]).toBe('{"v":1,"q":"zw=300"}');
    expect(loadSaved(store)).toEqual(s);
  });

  it.each([null, '', '{', '[]', 'null', '{"v":2,"q":""}', '{"v":1}', '{"v":1,"q":5}'])('reads %j as nothing saved', (raw) => {
    expect(parseSaved(raw)).toBeNull();
  });

  it('reads a saved query with bad values as a valid state', () => {
    expect(parseSaved('{"v":1,"q":"ow=abc&zw=300"}')).toEqual(state({ profitPromoter: 30000 }));
  });

  it('survives storage that throws or is missing', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSaved(broken)).toBeNull();
    expect(saveState(broken, DEFAULTS)).toBe(false);
    expect(loadSaved(null)).toBeNull();
    expect(saveState(undefined, DEFAULTS)).toBe(false);
    expect(serializeSaved(DEFAULTS)).toBe('{"v":1,"q":""}');
  });
});
