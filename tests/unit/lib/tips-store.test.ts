import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTicks, serializeTicks } from '../../../src/lib/tips-store';

const known = ['levend-krijgen-1', 'levend-krijgen-2', 'management-7'];

describe('tips store', () => {
  it.each([
    [null, []],
    ['', []],
    ['{"v":1,"done":["levend-krijgen-1","onbekend","levend-krijgen-1"]}', ['levend-krijgen-1']],
  ])('parses %j', (raw, done) => {
    expect(parseTicks(raw, known)).toEqual({ ok: true, ticks: { done } });
  });

  it.each([
    ['{', 'invalid-json'],
    ['[]', 'invalid-shape'],
    ['{"v":2,"done":[]}', 'invalid-shape'],
    ['{"v":1,"done":"x"}', 'invalid-shape'],
    ['null', 'invalid-shape'],
  ])('reports %j as %s', (raw, error) => {
    expect(parseTicks(raw, known)).toEqual({ ok: false, ticks: { done: [] }, error });
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.subarray(known), (done) => {
        const back = parseTicks(serializeTicks({ done }), known);
        expect(back.ok && [...back.ticks.done].sort()).toEqual([...done].sort());
      }),
    );
  });

  it('never throws on any stored string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseTicks(raw, known);
        expect(Array.isArray(r.ticks.done)).toBe(true);
        expect(r.ticks.done.every((id) => known.includes(id))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('tips store without a known list', () => {
  it('keeps every well-formed id, so ticks of other pages survive', () => {
    expect(parseTicks('{"v":1,"done":["management-3","x y",5]}', null)).toEqual({ ok: true, ticks: { done: ['management-3'] } });
  });
});
