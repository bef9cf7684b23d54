/**
 * The history of completed scans: stored values decode without throwing, one bad entry never
 * costs the others (and is written back as it was), and two tabs never lose a scan.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  byDate,
  deleteEntry,
  dropUnreadable,
  emptyHistory,
  HISTORY_KEY,
  historyStore,
  mergeHistory,
  newId,
  putEntry,
  renameEntry,
  skipped,
  updateEntry,
  type Entry,
  type History,
} from '../../../../src/lib/zelfscan/history';
import { scanCode } from '../../../../src/lib/zelfscan/share';
import { decodeStored, encodeStored, load, update } from '../../../../src/lib/store';
import { emptyNotes, emptyTargets, type Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answersArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };
const spec = historyStore(SHAPE);
const filled = (n: 1 | 2 | 3 | 4 | 5): Answers => ({ context: [null, null, null], items: Array(24).fill(n) });
const entry = (id: string, date: string, n: 1 | 2 | 3 | 4 | 5 = 3, name = ''): Entry => ({
  id,
  date,
  name,
  answers: filled(n),
  targets: emptyTargets(SHAPE),
  notes: emptyNotes(SHAPE),
});
const h = (...scans: Entry[]): History => ({ scans: [...scans].sort(byDate), kept: [] });

class MemoryStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

describe('stored history', () => {
  it('round-trips entries, oldest first, with targets and notes', () => {
    const a = { ...entry('b2', '2026-12-03', 4, 'na pilot'), targets: [4, 5, null, null, null, null], notes: emptyNotes(SHAPE).map((n, i) => (i === 1 ? 'Anna. En ~Cem' : n)) };
    const b = entry('a1', '2026-03-01', 2, 'nulmeting');
    const raw = encodeStored(spec, h(a, b));
    expect(JSON.parse(raw).scans.map((s: { id: string }) => s.id)).toEqual(['a1', 'b2']);
    expect(decodeStored(spec, raw)).toEqual({ status: 'ok', value: h(b, a) });
  });

  it('skips a damaged entry with its reason, shows the others, and writes it back untouched', () => {
    const good = { id: 'a1', date: '2026-03-01', name: 'nulmeting', code: scanCode(SHAPE, entry('a1', '2026-03-01')) };
    const raw = JSON.stringify({
      v: 1,
      scans: [good, { id: 'x', date: 'gisteren', code: 12 }, { id: 'n1', date: '2026-01-01', code: 'v2.000.1' }, { id: 'o1', date: '2026-01-01', code: 'v0.1' }, { ...good }, 'tekst', null],
    });
    const r = decodeStored(spec, raw);
    expect(r.status).toBe('ok');
    expect(r.value.scans.map((e) => e.id)).toEqual(['a1']);
    expect(skipped(r.value)).toEqual({ unreadable: 4, newer: 1, old: 1 });
    // Writing it back keeps every entry it could not read, exactly as it was.
    const again = JSON.parse(encodeStored(spec, r.value));
    expect(again.scans).toHaveLength(7);
    expect(again.scans).toContainEqual({ id: 'n1', date: '2026-01-01', code: 'v2.000.1' });
    // The visitor may drop the unreadable ones; those of other versions stay.
    expect(skipped(dropUnreadable(r.value))).toEqual({ unreadable: 0, newer: 1, old: 1 });
  });

  it.each([
    ['{"v":1,"scans":"nee"}', 'unreadable'],
    ['{"v":2,"scans":[]}', 'newer'],
    ['{"kapot', 'unreadable'],
    [null, 'empty'],
  ])('%j → %s', (raw, status) => {
    expect(decodeStored(spec, raw).status).toBe(status);
  });

  it('fuzz: any stored value decodes without throwing, into valid entries', () => {
    const entryish = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ id: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a1', 'b2')), date: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('2026-03-01')), name: fc.anything({ maxDepth: 0 }), code: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(scanCode(SHAPE, entry('a', '2026-01-01')))) }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(entryish, { maxLength: 4 }).map((scans) => JSON.stringify({ v: 1, scans }))), (raw) => {
        const r = decodeStored(spec, raw);
        for (const e of r.value.scans) {
          expect(e.answers.items).toHaveLength(24);
          expect(e.notes).toHaveLength(24);
          expect(e.targets).toHaveLength(6);
          expect(typeof e.name).toBe('string');
        }
        expect(new Set(r.value.scans.map((e) => e.id)).size).toBe(r.value.scans.length);
      }),
      RUNS,
    );
  });

  it('a full or blocked storage: nothing stored, the history lives on in memory', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('vol', 'QuotaExceededError'); } };
    const r = update(spec, full, emptyHistory, (x) => putEntry(x, entry('a1', '2026-03-01')));
    expect(r.result).toBe('full');
    expect(r.value.scans).toHaveLength(1);
    expect(load(spec, null).status).toBe('unavailable');
  });
});

describe('changing the history', () => {
  const a = entry('a1', '2026-03-01', 2);
  const b = entry('b2', '2026-12-03', 4);
  it.each<[string, History, History]>([
    ['adds an entry in date order', putEntry(h(b), a), h(a, b)],
    ['renames, trimmed and cut', renameEntry(h(a), 'a1', `  ${'n'.repeat(80)} `), h({ ...a, name: 'n'.repeat(60) })],
    ['renames nothing that is not there', renameEntry(h(a), 'zz', 'x'), h(a)],
    ['deletes', deleteEntry(h(a, b), 'a1'), h(b)],
    ['updates the content of an entry, keeping id, date and name', updateEntry(h(a), 'a1', { ...b, targets: [5, 5, 5, 5, 5, 5] }), h({ ...a, answers: b.answers, targets: [5, 5, 5, 5, 5, 5] })],
    ['does not bring back an entry that is gone', updateEntry(h(b), 'a1', a), h(b)],
  ])('%s', (_name, got, expected) => {
    expect(got).toEqual(expected);
  });

  it('new ids are short, of the allowed characters, and differ', () => {
    const ids = new Set(Array.from({ length: 200 }, (_, i) => newId(1_764_000_000_000 + i, (i * 7919) % 1000 / 1000)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{1,24}$/);
    expect(newId(-5, -2)).toMatch(/^[a-z0-9]+$/);
  });
});

describe('two tabs (mergeHistory)', () => {
  const a = entry('a1', '2026-03-01', 2);
  const b = entry('b2', '2026-06-01', 3);
  const c = entry('c3', '2026-12-03', 4);

  it.each<[string, History, History, History, History]>([
    ['both add a scan: both stay', h(a), h(a, b), h(a, c), h(a, b, c)],
    ['one renames, the other adds: both happen', h(a), h({ ...a, name: 'nulmeting' }), h(a, c), h({ ...a, name: 'nulmeting' }, c)],
    ['one deletes, the other leaves it: gone', h(a, b), h(a), h(a, b, c), h(a, c)],
    ['one deletes, the other renamed it meanwhile: kept (nothing lost)', h(a, b), h(a), h(a, { ...b, name: 'pilot' }), h(a, { ...b, name: 'pilot' })],
    ['one changes the answers, the other the name: both', h(a), h({ ...a, answers: c.answers }), h({ ...a, name: 'x' }), h({ ...a, answers: c.answers, name: 'x' })],
  ])('%s', (_name, base, mine, theirs, expected) => {
    expect(mergeHistory(SHAPE, base, mine, theirs)).toEqual(expected);
  });

  it('a save in each of two tabs through the store keeps both new scans', () => {
    const s = new MemoryStorage();
    const one = update(spec, s, emptyHistory, (x) => putEntry(x, a));
    // The other tab loaded before the first wrote; it adds its own scan to what is stored now.
    const two = update(spec, s, emptyHistory, (x) => putEntry(x, c));
    expect(one.result).toBe('saved');
    expect(two.value.scans.map((e) => e.id)).toEqual(['a1', 'c3']);
    expect(load(spec, s).value.scans.map((e) => e.id)).toEqual(['a1', 'c3']);
    expect(s.map.has(HISTORY_KEY)).toBe(true);
  });

  const historyArb = fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom('a1', 'b2', 'c3', 'd4'),
        date: fc.constantFrom('2026-01-01', '2026-06-01'),
        name: fc.constantFrom('', 'x', 'y'),
        answers: fc.constantFrom(filled(1), filled(3)),
      }),
      { selector: (e) => e.id, maxLength: 4 },
    )
    .map((list) => h(...list.map((e) => ({ ...e, targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) }))));

  it('is theirs when this tab changed nothing, mine when the other changed nothing', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (base, other) => {
        expect(mergeHistory(SHAPE, base, base, other)).toEqual(other);
        expect(mergeHistory(SHAPE, base, other, base)).toEqual(other);
        expect(mergeHistory(SHAPE, base, other, other)).toEqual(other);
      }),
      RUNS,
    );
  });

  it('never loses a scan one tab added', () => {
    fc.assert(
      fc.property(historyArb, historyArb, historyArb, (base, mine, theirs) => {
        const out = mergeHistory(SHAPE, base, mine, theirs).scans.map((e) => e.id);
        const had = new Set(base.scans.map((e) => e.id));
        for (const e of [...mine.scans, ...theirs.scans]) if (!had.has(e.id)) expect(out).toContain(e.id);
      }),
      RUNS,
    );
  });
});

describe('answers stay answers', () => {
  it('fuzz: any entry content round-trips through the store', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const e = { ...entry('a1', '2026-03-01'), answers };
        expect(decodeStored(spec, encodeStored(spec, h(e))).value).toEqual(h(e));
      }),
      RUNS,
    );
  });
});
