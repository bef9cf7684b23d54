import { describe, expect, it } from 'vitest';
import { linkWithBase, tableLabel } from '../../../src/integrations/content-html';

describe('content HTML', () => {
  it.each([
    ['/', '/begrippen/nps/', '/begrippen/nps/'],
    ['/cx/', '/begrippen/nps/', '/cx/begrippen/nps/'],
    ['/cx/', '/kennisbank/x/#kop', '/cx/kennisbank/x/#kop'],
    ['/cx/', 'https://example.org/', 'https://example.org/'],
    ['/cx/', '//example.org/', '//example.org/'],
    ['/cx/', '#kop', '#kop'],
    ['/cx/', 'mailto:a@b.nl', 'mailto:a@b.nl'],
  ])('base %s: %s → %s', (base, href, expected) => expect(linkWithBase(base, href)).toBe(expected));

  it('names a table region after its column headings', () => {
    expect(tableLabel(['Klant', ' Winst per jaar ', ''])).toContain('Klant, Winst per jaar');
    expect(tableLabel([])).not.toBe('');
    expect(tableLabel([' '])).toBe(tableLabel([]));
  });
});
