import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextTheme, parseTheme } from '../../../src/lib/color-theme';

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
