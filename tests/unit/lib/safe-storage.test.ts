import { describe, expect, it } from 'vitest';
import { isQuotaError, readItem, removeItem, writeItem, writeVerified } from '../../../src/lib/safe-storage';

const throwing = {
  getItem: () => {
    throw new DOMException('uit', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('vol', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('uit', 'SecurityError');
  },
};

function memory() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('safe storage', () => {
  it('reads, writes and removes on working storage', () => {
    const s = memory();
    expect(readItem(s, 'a')).toBeNull();
    expect(writeItem(s, 'a', '1')).toBe(true);
    expect(readItem(s, 'a')).toBe('1');
    expect(removeItem(s, 'a')).toBe(true);
    expect(readItem(s, 'a')).toBeNull();
  });
  it('reports unavailable storage instead of throwing', () => {
    expect(readItem(throwing, 'a')).toBeUndefined();
    expect(writeItem(throwing, 'a', '1')).toBe(false);
    expect(removeItem(throwing, 'a')).toBe(false);
    expect(readItem(null, 'a')).toBeUndefined();
    expect(writeItem(undefined, 'a', '1')).toBe(false);
  });
});

describe('verified writes', () => {
  it.each([
    ['working storage', memory(), 'saved'],
    ['no storage', null, 'unavailable'],
    ['storage that throws', throwing, 'full'],
    [
      'blocked storage',
      { ...throwing, getItem: () => null, setItem: () => { throw new DOMException('uit', 'SecurityError'); } },
      'unavailable',
    ],
    ['storage that forgets', { ...memory(), setItem: () => {} }, 'unverified'],
  ])('%s → %s', (_, storage, result) => {
    expect(writeVerified(storage, 'k', 'waarde')).toBe(result);
  });

  it.each([
    [{ name: 'QuotaExceededError' }, true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [{ code: 22 }, true],
    [{ code: 1014 }, true],
    [{ name: 'SecurityError', code: 18 }, false],
    [null, false],
  ])('%j is a full storage: %s', (e, full) => {
    expect(isQuotaError(e)).toBe(full);
  });
});

describe('writeItem for callers that pass only setItem', () => {
  it('cannot verify, so reports whether setItem threw', () => {
    expect(writeItem({ setItem: () => {} }, 'k', 'v')).toBe(true);
    expect(writeItem({ setItem: () => { throw new DOMException('vol', 'QuotaExceededError'); } }, 'k', 'v')).toBe(false);
  });
});
