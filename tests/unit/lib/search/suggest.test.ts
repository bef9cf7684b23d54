import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_WORDS,
  WORDS_HEADER,
  correctQuery,
  editDistance,
  formatWordList,
  hasPrefix,
  isKnown,
  maxEdits,
  parseWordList,
  suggestWord,
  withParts,
  wordList,
} from '../../../../src/lib/search/suggest';

/** A slice of the site's vocabulary with realistic counts. */
const COUNTS = new Map<string, number>([
  ['klant', 400],
  ['klanten', 380],
  ['klantreis', 60],
  ['klantreizen', 12],
  ['klantreiskaart', 6],
  ['klantwaarde', 40],
  ['klantbeleving', 90],
  ['klantbelofte', 8],
  ['klantbelevingen', 1],
  ['klantrijk', 1],
  ['omnichannel', 9],
  ['channel', 3],
  ['loyaliteit', 20],
  ['contactreductie', 15],
  ['contactmoment', 7],
  ['contactmomenten', 9],
  ['touchpoint', 5],
  ['touchpoints', 4],
  ['impactmatrix', 6],
  ['prioriteren', 3],
  ['fase', 10],
  ['fases', 3],
  ['reis', 30],
  ['beleving', 12],
  ['organisatie', 80],
  ['organisaties', 40],
  ['tevredenheid', 25],
  ['ontevreden', 18],
  ['tevreden', 30],
  ['waarde', 35],
  ['nps', 50], // too short for the list
  ['design', 20],
  ['sprint', 9],
]);
const list = parseWordList(formatWordList(COUNTS));

describe('word list file', () => {
  it('starts with its header and puts frequent words in earlier bands', () => {
    const text = formatWordList(COUNTS);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(WORDS_HEADER);
    expect(lines[1]!.split(' ')).toContain('klant'); // 400× → band 0
    expect(lines[6]!.split(' ')).toContain('klantrijk'); // 1× → last band
    expect(text).not.toMatch(/\bnps\b/);
  });

  it('round-trips: every listable word comes back with its band', () => {
    for (const [word] of COUNTS) {
      if (word.length >= 4) expect(list.band.has(word), word).toBe(true);
    }
    expect(list.band.get('klant')).toBe(0);
    expect(list.band.get('klantreis')).toBe(0);
    expect(list.band.get('klantrijk')).toBe(5);
    expect(list.sorted).toEqual([...list.sorted].sort());
  });

  it.each([
    ['no header', 'klantreis klant\n'],
    ['another version', 'cx-words 2\nklantreis\n'],
    ['not a string', 42],
    ['null', null],
    ['empty', ''],
  ])('%s gives the empty list', (_, input) => {
    expect(parseWordList(input).sorted).toEqual([]);
  });

  it('ignores junk tokens and keeps the rest', () => {
    const l = parseWordList(`${WORDS_HEADER}\nklantreis 123 ab <script> Ideeën  \n\nomnichannel`);
    expect(l.sorted).toEqual(['ideeen', 'klantreis', 'omnichannel', 'script']);
    expect(l.band.get('omnichannel')).toBe(2);
  });

  it('never throws and holds only a–z words of 4 to 40 letters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `${WORDS_HEADER}\n${s}`), fc.anything()), (input) => {
        const l = parseWordList(input);
        for (const w of l.sorted) expect(w).toMatch(/^[a-z]{4,40}$/);
        expect(l.band.size).toBe(l.sorted.length);
      }),
      { numRuns: 10_000 },
    );
  });

  it('format → parse keeps every listable word', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,12}$/), fc.integer({ min: 1, max: 500 }))), (pairs) => {
        const counts = new Map(pairs);
        const l = parseWordList(formatWordList(counts));
        for (const [w] of counts) expect(l.band.has(w)).toBe(w.length >= 4);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('withParts', () => {
  it('adds the parts of compounds with the compound\'s count', () => {
    const split = (w: string) => (w === 'klantbeleving' ? ['klant', 'beleving'] : []);
    const out = withParts(new Map([['klantbeleving', 3], ['klant', 10]]), split);
    expect(out.get('beleving')).toBe(3);
    expect(out.get('klant')).toBe(13);
    expect(out.get('klantbeleving')).toBe(3);
  });
});

describe('editDistance', () => {
  it.each([
    ['klantreis', 'klantreis', 0],
    ['omnichanel', 'omnichannel', 1], // a letter missing
    ['klantrijs', 'klantreis', 1], // ij for ei: one slip in Dutch
    ['byzonder', 'bijzonder', 1], // y for ij
    ['bijzonder', 'byzonder', 1],
    ['klantreis', 'klantrais', 1],
    ['klantbelevnig', 'klantbeleving', 1], // two letters swapped
    ['loyalitiet', 'loyaliteit', 1],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
  ])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  it('is symmetric with the Dutch slips too', () => {
    const word = fc.stringMatching(/^[eijy]{0,8}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b, 9)).toBe(editDistance(b, a, 9));
      }),
      { numRuns: 10_000 },
    );
  });

  it('stops early at max + 1', () => {
    expect(editDistance('klantreis', 'organisatie', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  /** Textbook optimal-string-alignment distance, for comparison. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it('agrees with the textbook algorithm up to max (without the Dutch slips), and is symmetric', () => {
    const word = fc.stringMatching(/^[a-h]{0,10}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
        expect(editDistance(b, a, max)).toBe(editDistance(a, b, max));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('maxEdits', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('%i letters → %i', (n, e) => expect(maxEdits(n)).toBe(e));
});

describe('known words', () => {
  it.each([
    ['klantreis', true], // on the site
    ['klantr', true], // still typing
    ['nps', true], // too short to judge
    ['klant2025', true], // has digits
    ['klantrijs', false],
    ['omnichanel', false],
  ])('%s known: %s', (w, known) => expect(isKnown(w, list)).toBe(known));

  it('hasPrefix finds the start of a word', () => {
    expect(hasPrefix(list, 'omnich')).toBe(true);
    expect(hasPrefix(list, 'omnichx')).toBe(false);
    expect(hasPrefix(EMPTY_WORDS, 'a')).toBe(false);
  });
});

describe('suggestWord', () => {
  it.each([
    ['klantrijs', 'klantreis'],
    ['Klantrijs', 'klantreis'],
    ['omnichanel', 'omnichannel'],
    ['omnichanell', 'omnichannel'],
    ['klantbelevnig', 'klantbeleving'],
    ['loyalitiet', 'loyaliteit'],
    ['contactreductei', 'contactreductie'],
    ['touchpionts', 'touchpoints'],
    ['impactmatirx', 'impactmatrix'],
    ['klantreisfaze', 'klantreisfase'], // compound: known first part + corrected last part
  ])('%s → %s', (typo, fix) => {
    expect(suggestWord(typo, list)).toBe(fix);
  });

  it.each([
    ['klantreis', 'on the site'],
    ['klantrei', 'start of a site word'],
    ['nsp', 'too short'],
    ['qqqqqqqq', 'nothing near'],
    ['tevredenheid', 'on the site'],
    ['', 'empty'],
  ])('%s: no suggestion (%s)', (w) => {
    expect(suggestWord(w, list)).toBeNull();
  });

  it('prefers the more frequent word at the same distance', () => {
    const l = wordList([
      ['kaartje', 3],
      ['kaarten', 0],
    ]);
    expect(suggestWord('kaartem', l)).toBe('kaarten');
  });
});

describe('correctQuery', () => {
  it('corrects only the unknown words and keeps the rest as typed', () => {
    expect(correctQuery('Klantrijs NPS', list)).toEqual({ query: 'klantreis NPS', fixes: [{ from: 'Klantrijs', to: 'klantreis' }] });
    expect(correctQuery('omnichanel  klantrijs', list)?.query).toBe('omnichannel  klantreis');
  });

  it.each([['klantreis'], ['nps'], [''], ['   '], ['qqqqqqqq']])('%j: nothing to correct', (q) => {
    expect(correctQuery(q, list)).toBeNull();
  });

  it('does nothing without a word list', () => {
    expect(correctQuery('klantrijs', EMPTY_WORDS)).toBeNull();
  });

  it('never throws; a correction only swaps words for site words', () => {
    const typo = fc.constantFrom(...list.sorted).chain((w) =>
      fc.tuple(fc.nat(w.length), fc.constantFrom('', 'x', 'e', 'ij')).map(([i, s]) => w.slice(0, i) + s + w.slice(i + 1)),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), typo, fc.anything()), (q) => {
        const c = correctQuery(q, list);
        if (!c) return;
        expect(typeof c.query).toBe('string');
        expect(c.fixes.length).toBeGreaterThan(0);
        for (const { to } of c.fixes) {
          expect(list.band.has(to) || list.sorted.some((w) => to.startsWith(w) && list.band.has(to.slice(w.length)))).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
