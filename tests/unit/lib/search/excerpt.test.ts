import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bestWindow,
  letterSpan,
  markRanges,
  markTitle,
  sameWord,
  viewResult,
  visibleStart,
  type ResultData,
  type Segment,
} from '../../../../src/lib/search/excerpt';

const text = (segs: Segment[]) => segs.map((s) => s.text).join('');
const marked = (segs: Segment[]) => segs.filter((s) => s.mark).map((s) => s.text);

/** A Pagefind-like result: content with the parts block, locations given by word. */
function result(content: string, matchWords: string[], extra: Partial<ResultData> = {}): ResultData {
  const tokens = content.split(/\s+/);
  const locations = tokens.flatMap((t, i) => (matchWords.includes(t.replace(/[^\p{L}]/gu, '').toLowerCase()) ? [i] : []));
  return { url: '/boeken/het-bromvlieg-effect/', content, locations, meta: { title: 'Het Bromvlieg-effect' }, filters: { type: ['Boek'] }, ...extra };
}

describe('letterSpan', () => {
  it.each([
    ['klantreis', [0, 9]],
    ['(klantreis),', [1, 10]],
    ['“NPS”.', [1, 4]],
    ['…', [0, 0]],
    ['ideeën.', [0, 6]],
  ])('%s → %j', (token, range) => {
    expect(letterSpan(token)).toEqual(range);
  });
});

describe('visibleStart', () => {
  it.each([
    [['⁂', 'vlieg', '⁂', 'Het'], 3],
    [['Het', 'boek'], 0],
    [['⁂', 'vlieg'], 0], // unfenced: treat everything as visible
  ])('%j → %i', (tokens, start) => {
    expect(visibleStart(tokens)).toBe(start);
  });
});

describe('markRanges', () => {
  it('marks a hidden-part hit inside the visible compound, and never the block', () => {
    const tokens = '⁂ beleving ⁂ Over klantbeleving en Klantbeleving.'.split(' ');
    const marks = markRanges(tokens, [1]);
    expect([...marks.keys()]).toEqual([4, 6]);
    expect(marks.get(4)).toEqual([5, 13]);
    expect(tokens[6]!.slice(...marks.get(6)!)).toBe('beleving');
  });
  it('marks a visible hit without its punctuation', () => {
    const tokens = 'De organisatie.'.split(' ');
    expect(markRanges(tokens, [1]).get(1)).toEqual([0, 11]);
  });
  it('finds an inflected compound for a base-form part (reis ~ klantreizen)', () => {
    const tokens = '⁂ reis ⁂ Twee klantreizen'.split(' ');
    expect(tokens[4]!.slice(...markRanges(tokens, [1]).get(4)!)).toBe('rei');
  });
  it('ignores locations outside the content', () => {
    expect(markRanges(['a'], [5, -1]).size).toBe(0);
  });
});

describe('bestWindow', () => {
  it.each([
    [[10, 11, 50], 0, 100, 10, [8, 18]],
    [[2], 0, 100, 10, [0, 10]],
    [[98], 0, 100, 10, [90, 100]],
    [[], 0, 100, 10, null],
    [[5, 60, 61, 62], 0, 100, 10, [58, 68]],
  ])('hits %j in [%i,%i) length %i → %j', (hits, lo, hi, len, expected) => {
    expect(bestWindow(hits, lo, hi, len)).toEqual(expected);
  });
});

describe('sameWord and markTitle', () => {
  it.each([
    ['organisatie', 'organisaties', true],
    ['klantreis', 'klantr', true],
    ['klantreizen', 'klantreis', true],
    ['beleving', 'beleid', false],
    ['nps', 'n', true],
  ])('sameWord(%s, %s) = %s', (w, t, same) => {
    expect(sameWord(w, t)).toBe(same);
  });
  it('marks a compound part inside a title word', () => {
    const segs = markTitle('Het Bromvlieg-effect', ['vlieg']);
    expect(text(segs)).toBe('Het Bromvlieg-effect');
    expect(marked(segs)).toEqual(['vlieg']);
  });
  it('marks whole words that start with a term', () => {
    expect(marked(markTitle('Klantreis en klantbeleving', ['klantr']))).toEqual(['Klantreis']);
  });
});

describe('viewResult', () => {
  const content =
    '⁂ vlieg beleving ⁂ Het Bromvlieg-effect. Een boek over klantbeleving en kleine ergernissen. Waarom het ertoe doet. Elke bromvlieg in je klantbeleving kost je klanten.';

  it('shows the visible text with the compound marked, never the parts block', () => {
    const view = viewResult(result(content, ['beleving']), ['beleving']);
    expect(text(view.excerpt)).not.toContain('⁂');
    expect(text(view.excerpt)).toContain('klantbeleving');
    expect(marked(view.excerpt)).toEqual(['beleving', 'beleving']);
    expect(view.type).toBe('Boek');
  });

  it('marks the title for a title part', () => {
    const view = viewResult(result(content, ['vlieg']), ['vlieg']);
    expect(marked(view.title)).toEqual(['vlieg']);
  });

  it('turns headings with hits into deep-linked sub-results', () => {
    const tokens = content.split(' ');
    const at = tokens.indexOf('Waarom');
    const view = viewResult(
      result(content, ['bromvlieg', 'bromvliegeffect'], { anchors: [{ element: 'h2', id: 'waarom-het-ertoe-doet', text: 'Waarom het ertoe doet', location: at }] }),
      ['bromvlieg'],
    );
    expect(view.sub).toHaveLength(1);
    expect(view.sub[0]!.url).toBe('/boeken/het-bromvlieg-effect/#waarom-het-ertoe-doet');
    expect(view.sub[0]!.title).toBe('Waarom het ertoe doet');
    expect(marked(view.sub[0]!.excerpt)).toEqual(['bromvlieg']);
    // The main excerpt shows the hits outside that section.
    expect(marked(view.excerpt)).toEqual(['Bromvlieg-effect']);
  });

  it('falls back to the description when the hits cannot be shown', () => {
    const view = viewResult(
      { url: '/x/', content: '⁂ zzzz ⁂ Tekst', locations: [1], meta: { title: 'X', description: 'Korte uitleg' } },
      ['zzzz'],
    );
    expect(view.excerpt).toEqual([{ text: 'Korte uitleg' }]);
  });

  it('never throws and never leaks the block, for any content and locations', () => {
    const word = fc.constantFrom('klantbeleving', 'reis', '⁂', 'beleving', '', ' ', 'Het', '(NPS),', 'ë', '-');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.array(fc.integer({ min: -2, max: 70 }), { maxLength: 10 }),
        fc.array(fc.record({ element: fc.constantFrom('h1', 'h2', 'h3', 'div'), id: fc.string({ maxLength: 5 }), location: fc.integer({ min: -1, max: 70 }) }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
        (ws, locations, anchors, terms) => {
          const content = ['⁂', 'zzverborgen', '⁂', ...ws].join(' ');
          const view = viewResult({ url: '/p/', content, locations, anchors, meta: {} }, terms, { length: 8 });
          const shown = [view.excerpt, ...view.sub.map((s) => s.excerpt)];
          for (const segs of shown) {
            expect(text(segs)).not.toContain('zzverborgen');
            for (const s of segs) expect(typeof s.text).toBe('string');
          }
          expect(view.sub.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
