import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSplitter, defaultSplitter, siteParts } from '../../../../src/lib/search/compounds';
import { normalizeWord, words } from '../../../../src/lib/search/normalize';

// The built-in vocabulary plus a few words the site uses on their own.
const split = defaultSplitter(['gebied', 'gebieden', 'samen', 'totaal', 'interactie', 'organisatie']);

describe('normalize', () => {
  it.each([
    ['Klantbeleving', 'klantbeleving'],
    ['ideeën', 'ideeen'],
    ['(klantreis),', 'klantreis'],
    ['NPS', 'nps'],
    ['', ''],
  ])('normalizeWord(%j) = %j', (input, expected) => {
    expect(normalizeWord(input)).toBe(expected);
  });

  it('splits text on spaces, hyphens and punctuation', () => {
    expect(words('Het Bromvlieg-effect: klantreis/UX, ideeën!')).toEqual(['het', 'bromvlieg', 'effect', 'klantreis', 'ux', 'ideeen']);
  });
});

describe('defaultSplitter', () => {
  it.each([
    ['klantbeleving', ['klant', 'beleving']],
    ['Klantreis', ['klant', 'reis']],
    ['bromvlieg', ['brom', 'vlieg']],
    ['bromvliegeffect', ['brom', 'vlieg', 'effect']],
    ['klanttevredenheidsonderzoek', ['klant', 'tevredenheid', 'onderzoek']],
    ['klantreizen', ['klant', 'reizen', 'reis', 'klantreis']],
    ['klantbeloften', ['klant', 'beloften', 'belofte']],
    ['contactreductie', ['contact', 'reductie']],
    ['klantenservice', ['klanten', 'service']],
    ['merkmomenten', ['merk', 'momenten', 'moment']],
    ['pijnvlieg', ['pijn', 'vlieg']],
    ['zelfbedrogvlieg', ['vlieg']], // unknown head, known tail
    ['klantpijnen', ['klant', 'pijnen']], // known head, unknown rest
    ['vakgebieden', ['vak', 'gebieden']],
    ['totaalbeleving', ['totaal', 'beleving']],
  ])('%s → contains %j', (word, parts) => {
    const got = split(word);
    for (const p of parts) expect(got).toContain(p);
  });

  it.each([
    'organisatie', // a plain word
    'bijvoorbeeld', // "bij" is no part
    'natuurlijk', // -lijk is a suffix
    'factoren', // site words are no tails (would give "oren")
    'verschillende',
    'beleving', // short words stay whole
    'klanten', // klant + en: the rest is too short
    'nps',
    'onderschat', // onder|schat, not a chat
    'geregeld', // not geld
    'overzicht',
    'begeleider',
  ])('%s is not split', (word) => {
    expect(split(word)).toEqual([]);
  });

  it('never returns the word itself, duplicates or short parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const parts = split(raw);
        const word = normalizeWord(raw);
        expect(parts).not.toContain(word);
        expect(new Set(parts).size).toBe(parts.length);
        for (const p of parts) {
          expect(p.length).toBeGreaterThanOrEqual(3);
          expect(p).toBe(normalizeWord(p));
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on any input, including glued vocabulary words', () => {
    const vocab = fc.constantFrom('klant', 'reis', 'beleving', 'vlieg', 'en', 's', 'e', 'x', 'onderzoek', 'ë');
    fc.assert(
      fc.property(fc.array(vocab, { maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), (pieces, noise) => {
        const parts = split(pieces.join('') + noise);
        expect(Array.isArray(parts)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('splits every compound of two known parts into parts that include the second', () => {
    const known = ['klant', 'merk', 'contact', 'product', 'dienst'];
    const tails = ['beleving', 'reis', 'onderzoek', 'effect', 'belofte', 'waarde', 'ervaring'];
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.constantFrom(...tails), (a, b) => {
        expect(split(a + b)).toContain(b);
      }),
    );
  });
});

describe('createSplitter options', () => {
  it('uses linking letters only between parts', () => {
    const s = createSplitter({ parts: ['boek', 'kast'], minWord: 5 });
    expect(s('boekenkast')).toEqual(['boek', 'kast']);
    expect(s('enboekkast')).toEqual([]);
  });
  it('ignores parts listed as not-parts', () => {
    const s = createSplitter({ parts: ['voor', 'beeld'], notParts: new Set(['voor']) });
    expect(s('voorbeeld')).toEqual([]);
  });
});

describe('siteParts', () => {
  it('keeps frequent words of 4+ letters without digits and without function words', () => {
    const counts = new Map([
      ['klantreis', 5],
      ['reis', 1],
      ['gebied', 2],
      ['voor', 9],
      ['nps', 4],
      ['2024', 3],
    ]);
    expect(siteParts(counts)).toEqual(['klantreis', 'gebied']);
  });
});
