import { describe, expect, it } from 'vitest';
import { readItem, removeItem, writeItem } from '../../../src/lib/safe-storage';

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
