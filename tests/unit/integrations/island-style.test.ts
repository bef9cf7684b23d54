import { describe, expect, it } from 'vitest';
import { moveIslandStyle } from '../../../src/integrations/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyle', () => {
  it('moves the island rule from body to head', () => {
    const html = `<html><head><title>x</title></head><body><main>${STYLE}<astro-island></astro-island></main></body></html>`;
    expect(moveIslandStyle(html)).toBe(`<html><head><title>x</title>${STYLE}</head><body><main><astro-island></astro-island></main></body></html>`);
  });
  it('leaves pages without islands alone', () => {
    const html = '<html><head></head><body><p>tekst</p></body></html>';
    expect(moveIslandStyle(html)).toBe(html);
  });
});
