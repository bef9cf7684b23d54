import { describe, expect, it } from 'vitest';
import { TOC_MIN_WORDS, tocItems, wordCount } from '../../../src/lib/toc';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase().replace(/\s+/g, '-'), text });
const sections = [h(2, 'Een'), h(3, 'Een a'), h(2, 'Twee'), h(2, 'Drie')];

describe('wordCount', () => {
  it.each([
    ['Twee woorden', 2],
    ["import X from './x.astro';\nEen zin met [een link](/begrippen/cx/).", 5],
    ['<DiagramHub items={["a"]} />\n\n## Kop\n\n| a | b |\n| --- | --- |', 3],
    ['', 0],
  ])('%j has %i words', (body, n) => expect(wordCount(body)).toBe(n));
});

describe('tocItems', () => {
  it('lists only the ## headings of a long guide', () => {
    expect(tocItems(sections, TOC_MIN_WORDS).map((x) => x.text)).toEqual(['Een', 'Twee', 'Drie']);
  });
  it('shows nothing on a short guide or with too few sections', () => {
    expect(tocItems(sections, TOC_MIN_WORDS - 1)).toEqual([]);
    expect(tocItems([h(2, 'Een'), h(2, 'Twee')], 5000)).toEqual([]);
  });
});
