import { describe, expect, it } from 'vitest';
import { brokenReferences, referencesIn } from '../../../src/lib/content-references';

const names = new Set(['terms', 'sources', 'articles', 'books', 'tips']);
const ref = (collection: string, id: string) => ({ collection, id });

describe('referencesIn', () => {
  it.each([
    ['a single reference', { source: ref('sources', 'a') }, [{ field: 'source', collection: 'sources', id: 'a' }]],
    [
      'a list of references is named by its field',
      { terms: [ref('terms', 'nps'), ref('terms', 'ces')] },
      [
        { field: 'terms', collection: 'terms', id: 'nps' },
        { field: 'terms', collection: 'terms', id: 'ces' },
      ],
    ],
    [
      'a link deep in the zelfscan model, by position',
      { dimensions: [{ items: [{ link: ref('articles', 'x') }, { advice: [{ link: ref('tips', 'y') }] }] }] },
      [
        { field: 'dimensions.0.items.0.link', collection: 'articles', id: 'x' },
        { field: 'dimensions.0.items.1.advice.0.link', collection: 'tips', id: 'y' },
      ],
    ],
    ['an unknown collection is no reference', { x: ref('elsewhere', 'a') }, []],
    ['plain values and strings are no references', { title: 'terms', n: 3, list: ['nps'], none: null }, []],
  ])('%s', (_, data, expected) => {
    expect(referencesIn(data, names)).toEqual(expected);
  });
});

describe('brokenReferences', () => {
  const ids = new Map([
    ['terms', new Set(['nps'])],
    ['sources', new Set(['a'])],
  ]);
  const exists = (c: string, id: string) => ids.get(c)?.has(id) ?? false;

  it('is empty when every reference resolves', () => {
    const entries = [{ collection: 'books', id: 'b', data: { terms: [ref('terms', 'nps')], source: ref('sources', 'a') } }];
    expect(brokenReferences(entries, exists, names)).toEqual([]);
  });

  it('names the file, the field, the id and the collection of each broken reference', () => {
    const entries = [
      { collection: 'books', id: 'b', filePath: 'content/books/b.yaml', data: { terms: [ref('terms', 'nps'), ref('terms', 'weg')] } },
      { collection: 'assessment', id: 'model', data: { dimensions: [{ items: [{ link: ref('articles', 'nergens') }] }] } },
    ];
    expect(brokenReferences(entries, exists, names)).toEqual([
      'content/books/b.yaml: veld "terms" verwijst naar "weg", maar dat staat niet in de collectie "terms".',
      'assessment/model: veld "dimensions.0.items.0.link" verwijst naar "nergens", maar dat staat niet in de collectie "articles".',
    ]);
  });
});
