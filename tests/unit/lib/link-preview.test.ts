import { describe, expect, it } from 'vitest';
import { previewImageFor, previewImagePath } from '../../../src/lib/link-preview';

describe('previewImageFor', () => {
  it.each([
    ['/zelfscan/', 'zelfscan'],
    ['/zelfscan/team/', 'zelfscan'],
    ['/klantwaarde/', 'klantwaarde'],
    ['/impactmatrix/', 'impactmatrix'],
    ['/', 'site'],
    ['/kennisbank/business-case/', 'site'],
    ['/site/', 'site'],
    ['/404.html', 'site'],
    ['', 'site'],
  ])('%s → %s', (path, image) => expect(previewImageFor(path)).toBe(image));

  it('names the file in public/og/', () => expect(previewImagePath('zelfscan')).toBe('/og/zelfscan.png'));
});
