import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { THEME_KEY, THEME_SCRIPT, nextTheme, parseTheme, writeTheme } from '../../../src/lib/color-theme';

describe('colour theme', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'auto'],
    ['', 'auto'],
    ['DARK', 'auto'],
    ['{"x":1}', 'auto'],
  ])('parseTheme(%j) = %s', (input, expected) => expect(parseTheme(input)).toBe(expected));

  it('cycles auto → light → dark → auto', () => {
    expect(nextTheme('auto')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('auto');
  });

  it('never throws on stored garbage', () => {
    fc.assert(fc.property(fc.anything(), (v) => ['auto', 'light', 'dark'].includes(parseTheme(v))), { numRuns: 10_000 });
  });
});

describe('writeTheme', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  it('stores the bare word, removes it for auto', () => {
    const s = memory();
    expect(writeTheme(() => s, 'dark')).toBe(true);
    expect(s.m.get(THEME_KEY)).toBe('dark');
    expect(writeTheme(() => s, 'auto')).toBe(true);
    expect(s.m.has(THEME_KEY)).toBe(false);
  });
  it('never throws: storage that is missing, refuses or forgets', () => {
    expect(writeTheme(() => { throw new DOMException('uit', 'SecurityError'); }, 'dark')).toBe(false);
    expect(writeTheme(() => ({ ...memory(), setItem: () => { throw new DOMException('vol', 'QuotaExceededError'); } }), 'light')).toBe(false);
    expect(writeTheme(() => ({ ...memory(), setItem: () => {} }), 'light')).toBe(false);
  });
  it('the pre-paint script reads what the toggle writes', () => {
    expect(THEME_SCRIPT).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });
});
