import { describe, expect, it } from 'vitest';
import { emptyMatrix } from '../../../../src/lib/impactmatrix/fields';
import { STORAGE_KEY, loadSaved, parseSaved, saveMatrix } from '../../../../src/lib/impactmatrix/storage';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => (k in data ? data[k]! : null),
    setItem: (k: string, v: string) => {
      data[k] = v;
    },
  };
}

describe('saved matrix', () => {
  const m = exampleMatrix('Mijn matrix', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);

  it('round-trips through storage in the link encoding', () => {
    const store = fakeStorage();
    expect(saveMatrix(store, m)).toBe(true);
    expect(JSON.parse(store.data[STORAGE_KEY]!)).toMatchObject({ v: 1, m: expect.stringMatching(/^im1;t=Mijn_matrix;p=a,4,6.5,6000;/) });
    expect(loadSaved(store)).toEqual(m);
  });

  it.each([null, '', '{', '[]', 'null', '{"v":2,"m":"im1;e"}', '{"v":1}', '{"v":1,"m":5}', '{"v":1,"m":""}', '{"v":1,"m":"hallo"}'])('reads %j as nothing saved', (raw) => {
    expect(parseSaved(raw)).toBeNull();
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
