import { describe, expect, it } from 'vitest';
import { format, makeT } from '../../../src/i18n/translate';
import { nl } from '../../../src/i18n/nl';

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Hallo {naam}, {x}', { naam: 'Sanne' })).toBe('Hallo Sanne, {x}');
  });
  it('looks keys up in a dictionary', () => {
    const t = makeT({ 'a.b': '{n} boeken' });
    expect(t('a.b', { n: 20 })).toBe('20 boeken');
  });
  it('has no empty strings in the Dutch dictionary', () => {
    for (const [key, value] of Object.entries(nl)) expect(value.trim(), key).not.toBe('');
  });
});
