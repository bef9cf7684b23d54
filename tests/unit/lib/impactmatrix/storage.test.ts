import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyMatrix, withMeasure, type Matrix } from '../../../../src/lib/impactmatrix/fields';
import { STORAGE_KEY, impactmatrixStore, loadSaved, loadStatus, mergeMatrix, parseSaved, saveMatrix, saveMerged } from '../../../../src/lib/impactmatrix/storage';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';
import { matrix } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

function fakeStorage(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => (k in data ? data[k]! : null),
    setItem: (k: string, v: string) => {
      data[k] = v;
    },
    removeItem: (k: string) => {
      delete data[k];
    },
  };
}

const m = exampleMatrix('Mijn matrix', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);

describe('saved matrix', () => {
  it('round-trips through storage in the link encoding, verified', () => {
    const store = fakeStorage();
    expect(saveMatrix(store, m)).toBe(true);
    expect(JSON.parse(store.data[STORAGE_KEY]!)).toMatchObject({ v: 1, m: expect.stringMatching(/^im1;t=Mijn_matrix;p=a,4,6.5,6000;/) });
    expect(loadSaved(store)).toEqual(m);
  });

  it.each([null, '', '{', '[]', 'null', '{"v":1}', '{"v":1,"m":5}', '{"v":1,"m":""}', '{"v":1,"m":"hallo"}'])('reads %j as nothing saved', (raw) => {
    expect(parseSaved(raw)).toBeNull();
  });

  it('leaves a matrix from a newer version alone', () => {
    for (const raw of ['{"v":2,"m":"im1;e"}', '{"v":1,"m":"im2;p=X,4,5,6;e"}']) {
      const store = fakeStorage({ [STORAGE_KEY]: raw });
      expect(loadStatus(store).status).toBe('newer');
      expect(saveMerged(store, m).result).toBe('newer');
      expect(store.data[STORAGE_KEY]).toBe(raw);
    }
  });

  it('keeps unreadable data aside before writing', () => {
    const store = fakeStorage({ [STORAGE_KEY]: '{kapot' });
    expect(loadStatus(store).status).toBe('unreadable');
    expect(saveMatrix(store, m)).toBe(true);
    expect(store.data[`${STORAGE_KEY}:apart`]).toBe('{kapot');
  });

  it('reports a storage that refuses instead of throwing', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadSaved(broken)).toBeNull();
    expect(saveMatrix(broken, emptyMatrix())).toBe(false);
    expect(loadSaved(null)).toBeNull();
  });
});

describe('two tabs', () => {
  const rename = (x: Matrix, i: number, name: string): Matrix => ({ ...x, touchpoints: x.touchpoints.map((t, j) => (j === i ? { ...t, name } : t)) });

  it('keeps both tabs’ changes to different cells and settings', () => {
    const mine = { ...rename(m, 0, 'hier'), title: 'Nieuwe titel' };
    const theirs = { ...rename(m, 3, 'daar'), unit: 'gesprekken' };
    const merged = mergeMatrix(m, mine, theirs);
    expect(merged.touchpoints.map((t) => t.name).slice(0, 4)).toEqual(['hier', 'b', 'c', 'daar']);
    expect([merged.title, merged.unit]).toEqual(['Nieuwe titel', 'gesprekken']);
  });

  it('converts the other side when one tab changed the measure', () => {
    const theirs = withMeasure(m, 'nps');
    const mine = rename(m, 1, 'hier');
    const merged = mergeMatrix(m, mine, theirs);
    expect(merged.measure).toBe('nps');
    expect(merged.touchpoints[1]).toEqual({ ...theirs.touchpoints[1], name: 'hier' });
  });

  it('goes through the store: another tab’s saved change is kept', () => {
    const store = fakeStorage();
    saveMatrix(store, m);
    const other = rename(m, 2, 'ander tabblad');
    saveMerged(store, other, m);
    const r = saveMerged(store, { ...m, title: 'hier' }, m);
    expect(r.result).toBe('saved');
    expect(r.value.touchpoints[2]!.name).toBe('ander tabblad');
    expect(r.value.title).toBe('hier');
  });

  it('is a proper three-way merge', () => {
    fc.assert(
      fc.property(matrix({ maxTouchpoints: 6 }), matrix({ maxTouchpoints: 6 }), (base, mine) => {
        expect(mergeMatrix(base, base, mine)).toEqual(mine);
        if (mine.measure === base.measure) expect(mergeMatrix(base, mine, base)).toEqual(mine);
        expect(mergeMatrix(base, mine, mine)).toEqual(mine);
      }),
      // Not a parser of outside input: a thousand runs (each builds two matrices) is plenty.
      { numRuns: 1000 },
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(matrix(), (x) => {
        expect(impactmatrixStore.decode(impactmatrixStore.encode(x), 1)).toEqual({ ok: true, value: x });
      }),
      { numRuns: 2000 },
    );
  });
});
