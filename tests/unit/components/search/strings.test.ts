import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStrings } from '../../../../src/components/search/strings';
import { searchStrings } from '../../../../src/components/search/strings-data';

describe('search strings', () => {
  it('travel without the page-only keys and build a working t', () => {
    const strings = searchStrings();
    expect(strings['placeholder']).toBeTruthy();
    expect(strings['suggest.applied']).toContain('{fix}');
    expect(Object.keys(strings).some((k) => /^(page\.|nojs\.|open$|shortcut$)/.test(k))).toBe(false);
    const t = parseStrings(JSON.stringify(strings));
    expect(t('count.other', { n: 3, q: 'nps' })).toBe('3 resultaten voor “nps”');
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '["a"]'],
    ['null', 'null'],
    ['not a string', 42],
    ['a number value', '{"placeholder": 3}'],
  ])('%s: keys show instead of text', (_, input) => {
    expect(parseStrings(input)('placeholder')).toBe('placeholder');
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        expect(typeof parseStrings(input)('label')).toBe('string');
      }),
      { numRuns: 10_000 },
    );
  });
});
