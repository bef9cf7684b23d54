import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apartKey, decodeStored, encodeStored, load, mergeRecord, noticeFor, save, update, type StoreSpec } from '../../../src/lib/store';
// The extras live apart so a tool that does not use them does not load them; same rules, tested here together.
import { clear, discardApart, mergeList, readApart } from '../../../src/lib/store-extras';
import type { StorageLike } from '../../../src/lib/safe-storage';

const RUNS = { numRuns: 10_000 };

/** A small tool: a list of five answers (null = not answered). v1 stored them as `a`, v2 as `answers`. */
type Answers = (number | null)[];
const EMPTY: Answers = [null, null, null, null, null];
const spec: StoreSpec<Answers> = {
  key: 'cx-test',
  version: 2,
  empty: EMPTY,
  decode(fields, version) {
    const list = version === 1 ? fields['a'] : fields['answers'];
    if (!Array.isArray(list) || list.length !== 5) return { ok: false, reason: 'unreadable' };
    if (fields['model'] === 9) return { ok: false, reason: 'newer', version: 9 };
    if (fields['model'] === 0) return { ok: false, reason: 'old', version: 0 };
    return { ok: true, value: list.map((x) => (typeof x === 'number' ? x : null)) };
  },
  encode: (answers) => ({ answers }),
  merge: (base, mine, theirs) => mergeList(base, mine, theirs),
};

class Memory implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
const quota = () => {
  throw new DOMException('vol', 'QuotaExceededError');
};
const blocked = () => {
  throw new DOMException('uit', 'SecurityError');
};
/** Storage that reads, but refuses every write as full. */
class Full extends Memory {
  override setItem = quota;
}
/** Storage that accepts writes and forgets them (some embedded browsers). */
class Forgetful extends Memory {
  override setItem() {}
}
const throwing: StorageLike = { getItem: blocked, setItem: quota, removeItem: blocked };
const set = (a: Answers, i: number, v: number | null) => a.map((x, k) => (k === i ? v : x));

describe('decodeStored', () => {
  it.each([
    [null, 'empty'],
    ['', 'empty'],
    ['{', 'unreadable'],
    ['null', 'unreadable'],
    ['[1,2]', 'unreadable'],
    ['"x"', 'unreadable'],
    ['{"answers":[1,2,3,4,5]}', 'unreadable'],
    ['{"v":0,"answers":[1,2,3,4,5]}', 'unreadable'],
    ['{"v":1.5,"answers":[1,2,3,4,5]}', 'unreadable'],
    ['{"v":"2","answers":[1,2,3,4,5]}', 'unreadable'],
    ['{"v":2,"answers":[1,2]}', 'unreadable'],
    ['{"v":2,"answers":[1,2,3,4,5]}', 'ok'],
    ['{"v":1,"a":[1,2,3,4,5]}', 'ok'],
    ['{"v":3,"whatever":true}', 'newer'],
    ['{"v":2,"answers":[1,2,3,4,5],"model":9}', 'newer'],
    ['{"v":2,"answers":[1,2,3,4,5],"model":0}', 'old'],
  ])('%j → %s', (raw, status) => {
    expect(decodeStored(spec, raw).status).toBe(status);
  });

  it('migrates an older format', () => {
    expect(decodeStored(spec, '{"v":1,"a":[1,null,3,"x",5]}')).toEqual({ status: 'ok', value: [1, null, 3, null, 5] });
  });

  it('names the newer version', () => {
    expect(decodeStored(spec, '{"v":7}')).toEqual({ status: 'newer', value: EMPTY, version: 7 });
  });

  it('writes v first and never lets a field replace it', () => {
    const odd: StoreSpec<Answers> = { ...spec, encode: (answers) => ({ v: 99, answers }) };
    expect(encodeStored(odd, EMPTY)).toBe('{"v":2,"answers":[null,null,null,null,null]}');
  });

  it('a decode that throws counts as unreadable', () => {
    const bad: StoreSpec<Answers> = {
      ...spec,
      decode: () => {
        throw new Error('bug');
      },
    };
    expect(decodeStored(bad, '{"v":1}').status).toBe('unreadable');
  });

  it('fuzz: any stored string decodes to a named status without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ v: 2, answers: v }))), (raw) => {
        const r = decodeStored(spec, raw);
        expect(['empty', 'ok', 'newer', 'old', 'unreadable']).toContain(r.status);
        expect(r.value).toHaveLength(5);
      }),
      RUNS,
    );
  });
});

describe('update and save', () => {
  it('saves verified and reads back', () => {
    const s = new Memory();
    expect(update(spec, s, EMPTY, (a) => set(a, 0, 3))).toEqual({ result: 'saved', value: [3, null, null, null, null] });
    expect(load(spec, s)).toEqual({ status: 'ok', value: [3, null, null, null, null] });
  });

  it.each([
    ['no storage', null, 'unavailable'],
    ['storage that throws', throwing, 'unavailable'],
    ['full storage', new Full(), 'full'],
    ['storage that forgets', new Forgetful(), 'unverified'],
  ] as const)('%s → %s, and the change still shows', (_, storage, result) => {
    expect(update(spec, storage, [1, null, null, null, null], (a) => set(a, 1, 2))).toEqual({
      result,
      value: [1, 2, null, null, null],
    });
  });

  it('never writes over newer data', () => {
    const s = new Memory();
    const newer = '{"v":3,"answers":"another shape"}';
    s.setItem(spec.key, newer);
    expect(load(spec, s).status).toBe('newer');
    expect(save(spec, s, [1, 1, 1, 1, 1]).result).toBe('newer');
    expect(s.getItem(spec.key)).toBe(newer);
  });

  it.each([
    ['unreadable', '{"kapot": [1, 2,'],
    ['old', '{"v":2,"answers":[1,2,3,4,5],"model":0}'],
  ])('keeps %s data aside before writing over it', (_, raw) => {
    const s = new Memory();
    s.setItem(spec.key, raw);
    expect(save(spec, s, [4, null, null, null, null]).result).toBe('saved');
    expect(readApart(spec, s)).toBe(raw);
    expect(load(spec, s).value).toEqual([4, null, null, null, null]);
    // A second unreadable value cannot replace the first one aside: nothing is written.
    s.setItem(spec.key, 'ook kapot');
    expect(save(spec, s, EMPTY).result).toBe('unreadable');
    expect(s.getItem(spec.key)).toBe('ook kapot');
    expect(readApart(spec, s)).toBe(raw);
    // Until the visitor lets the first one go.
    expect(discardApart(spec, s)).toBe(true);
    expect(save(spec, s, EMPTY).result).toBe('saved');
    expect(readApart(spec, s)).toBe('ook kapot');
  });

  it('writes nothing over unreadable data when it cannot be kept aside', () => {
    const s = new Full();
    s.map.set(spec.key, 'kapot');
    expect(save(spec, s, EMPTY).result).toBe('unreadable');
    expect(s.map.get(spec.key)).toBe('kapot');
    expect(s.map.has(apartKey(spec.key))).toBe(false);
  });

  it('clear keeps data this version cannot read aside, and removes it only then', () => {
    const s = new Memory();
    s.setItem(spec.key, '{"v":5}');
    expect(clear(spec, s)).toBe(true);
    expect(s.getItem(spec.key)).toBeNull();
    expect(readApart(spec, s)).toBe('{"v":5}');
    s.setItem(spec.key, '{"v":2,"answers":[1,2,3,4,5]}');
    expect(clear(spec, s)).toBe(true);
    expect(readApart(spec, s)).toBe('{"v":5}');
    expect(clear(spec, throwing)).toBe(false);
    expect(clear(spec, new Memory())).toBe(true);
  });

  it('two tabs answering different items keep both', () => {
    const s = new Memory();
    const a0 = load(spec, s).value;
    const b0 = load(spec, s).value;
    const a1 = set(a0, 0, 1);
    expect(save(spec, s, a1, a0).result).toBe('saved');
    const b1 = set(b0, 1, 2);
    expect(save(spec, s, b1, b0)).toEqual({ result: 'saved', value: [1, 2, null, null, null] });
    // Tab A clears its answer to item 0; tab B's item 1 stays.
    expect(save(spec, s, set(a1, 0, null), a1).value).toEqual([null, 2, null, null, null]);
  });
});

describe('merge helpers', () => {
  const answers = fc.array(fc.option(fc.integer({ min: 0, max: 5 })), { minLength: 5, maxLength: 5 });

  it('keeps theirs when this tab changed nothing, mine when they changed nothing', () => {
    fc.assert(
      fc.property(answers, answers, (base, other) => {
        expect(mergeList(base, base, other)).toEqual(other);
        expect(mergeList(base, other, base)).toEqual(other);
        expect(mergeList(base, other, other)).toEqual(other);
      }),
      RUNS,
    );
  });

  it('is idempotent: merging the result again changes nothing', () => {
    fc.assert(
      fc.property(answers, answers, answers, (base, mine, theirs) => {
        const once = mergeList(base, mine, theirs);
        expect(mergeList(base, mine, once)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('commutes when the two tabs changed different items', () => {
    fc.assert(
      fc.property(answers, answers, answers, (base, x, y) => {
        // Give x the changes on even positions and y on odd ones: disjoint by construction.
        const mine = base.map((b, i) => (i % 2 === 0 ? x[i]! : b));
        const theirs = base.map((b, i) => (i % 2 === 1 ? y[i]! : b));
        expect(mergeList(base, mine, theirs)).toEqual(mergeList(base, theirs, mine));
      }),
      RUNS,
    );
  });

  it('merges records field by field', () => {
    const base = { a: 1, b: 2, c: 3 };
    expect(mergeRecord(base, { a: 9, b: 2, c: 3 }, { a: 1, b: 8, c: 3 })).toEqual({ a: 9, b: 8, c: 3 });
  });

  it('property: any interleaving of changes by three tabs loses none of them', () => {
    // Each step: a tab sets one item through `update` on what is stored now.
    const step = fc.record({ tab: fc.integer({ min: 0, max: 2 }), item: fc.integer({ min: 0, max: 4 }), value: fc.option(fc.integer({ min: 0, max: 5 })) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const s = new Memory();
        const expected = [...EMPTY];
        for (const { item, value } of steps) {
          update(spec, s, EMPTY, (a) => set(a, item, value));
          expected[item] = value;
        }
        expect(load(spec, s).value).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('property: whole-value saves with a base lose no tab’s change', () => {
    // Tabs hold their own view; each step changes one item in one tab's view and saves it.
    const step = fc.record({ tab: fc.integer({ min: 0, max: 2 }), item: fc.integer({ min: 0, max: 4 }), value: fc.option(fc.integer({ min: 0, max: 5 })) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const s = new Memory();
        const views: Answers[] = [EMPTY, EMPTY, EMPTY];
        const expected = [...EMPTY];
        for (const { tab, item, value } of steps) {
          const base = views[tab]!;
          const mine = set(base, item, value);
          // A tab shows what save hands back (it agrees with storage after each change).
          views[tab] = save(spec, s, mine, base).value;
          if (!(base[item] === value)) expected[item] = value;
        }
        expect(load(spec, s).value).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('noticeFor', () => {
  it.each([
    ['saved', null],
    ['ok', null],
    ['empty', null],
    ['full', 'notSaved'],
    ['unavailable', 'notSaved'],
    ['unverified', 'notSaved'],
    ['newer', 'newer'],
    ['old', 'unreadable'],
    ['unreadable', 'unreadable'],
  ] as const)('%s → %s', (r, notice) => {
    expect(noticeFor(r)).toBe(notice);
  });
});
