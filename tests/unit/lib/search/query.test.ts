import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_QUERY,
  orderTypes,
  parseQuery,
  parseTypes,
  queryTerms,
  readSearchUrl,
  searchQueryString,
  typeFilter,
} from '../../../../src/lib/search/query';
import { isEditable, isSearchShortcut, type KeyLike } from '../../../../src/lib/search/shortcut';

const TYPES = ['Begrip', 'Gids', 'Boek', 'Podcast', 'Tip', 'Tool', 'Pagina'];

describe('parseQuery', () => {
  it.each([
    ['  klant   reis ', 'klant reis'],
    ['nps\u0000\u200b', 'nps'],
    ['a\nb\tc', 'a b c'],
    [42, ''],
    [null, ''],
    [undefined, ''],
    ['x'.repeat(500), 'x'.repeat(MAX_QUERY)],
  ])('parseQuery(%j) = %j', (raw, expected) => {
    expect(parseQuery(raw)).toBe(expected);
  });

  it('always yields a clean, short string for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.anything()), (raw) => {
        const q = parseQuery(raw);
        expect(typeof q).toBe('string');
        expect([...q].length).toBeLessThanOrEqual(MAX_QUERY);
        expect(q).toBe(q.trim());
        expect(q).not.toMatch(/[\p{Cc}\p{Cf}]|\s{2}/u);
        expect(parseQuery(q)).toBe(q); // idempotent
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('queryTerms', () => {
  it('normalises and dedupes', () => {
    expect(queryTerms('Klantreis klantreis, Ideeën-bus')).toEqual(['klantreis', 'ideeen', 'bus']);
  });
});

describe('readSearchUrl / searchQueryString', () => {
  it.each([
    ['?q=klantreis', { query: 'klantreis', types: [] }],
    ['?q=nps&type=Begrip&type=Boek&type=Onzin&type=Begrip', { query: 'nps', types: ['Begrip', 'Boek'] }],
    ['?q=%ZZ%20nps', { query: '%ZZ nps', types: [] }],
    ['', { query: '', types: [] }],
    ['?type=Gids', { query: '', types: ['Gids'] }],
  ])('%s', (search, state) => {
    expect(readSearchUrl(search, TYPES)).toEqual(state);
  });

  it('round-trips any state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 150 }), fc.subarray(TYPES), (raw, types) => {
        const state = { query: parseQuery(raw), types };
        expect(readSearchUrl(searchQueryString(state), TYPES)).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const state = readSearchUrl(search, TYPES);
        expect(state.types.every((t) => TYPES.includes(t))).toBe(true);
        expect([...state.query].length).toBeLessThanOrEqual(MAX_QUERY);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('parseTypes, typeFilter, orderTypes', () => {
  it('keeps known types only', () => {
    expect(parseTypes(['Boek', 3, 'boek', 'Boek', 'Tip'], TYPES)).toEqual(['Boek', 'Tip']);
  });
  it('builds an any-of filter', () => {
    expect(typeFilter([])).toBeUndefined();
    expect(typeFilter(['Boek', 'Gids'])).toEqual({ type: { any: ['Boek', 'Gids'] } });
  });
  it('orders preferred types first, the rest by count', () => {
    expect(orderTypes({ Tip: 21, Onbekend: 2, Begrip: 31, Zeldzaam: 5 }, TYPES)).toEqual(['Begrip', 'Tip', 'Zeldzaam', 'Onbekend']);
  });
});

describe('search shortcut', () => {
  const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });
  it.each([
    [key({ key: 'k', ctrlKey: true }), false, true],
    [key({ key: 'K', metaKey: true }), true, true],
    [key({ key: 'k', ctrlKey: true, shiftKey: true }), false, false],
    [key({ key: 'k' }), false, false],
    [key({ key: '/' }), false, true],
    [key({ key: '/' }), true, false],
    [key({ key: '/', ctrlKey: true }), false, false],
    [key({ key: 'k', ctrlKey: true, handled: true }), false, false],
  ])('%j (editable %s) → %s', (e, editable, expected) => {
    expect(isSearchShortcut(e, editable)).toBe(expected);
  });
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'A' }, false],
    [null, false],
  ])('isEditable(%j) = %s', (el, expected) => {
    expect(isEditable(el)).toBe(expected);
  });
});
