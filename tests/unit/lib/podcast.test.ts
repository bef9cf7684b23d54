import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PODCAST_SEARCH_ENGINE, podcastLabel, podcastSearchUrl } from '../../../src/lib/podcast';

describe('podcastLabel', () => {
  it.each([
    [{ name: 'Experience This!', title: undefined }, 'Experience This!'],
    [{ name: undefined, title: 'De CX-podcast van Forrester' }, 'De CX-podcast van Forrester'],
    [{ name: 'The Intuitive Customer', title: 'iets anders' }, 'The Intuitive Customer'],
  ])('%j → %s', (p, label) => expect(podcastLabel(p)).toBe(label));
});

describe('podcastSearchUrl', () => {
  it('encodes the words as one query', () => {
    expect(podcastSearchUrl('  Experience This!  podcast ')).toBe('https://duckduckgo.com/?q=Experience%20This!%20podcast');
  });
  it('always stays on the search engine and round-trips the words', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (words) => {
        const url = new URL(podcastSearchUrl(words));
        expect(url.origin + url.pathname).toBe(PODCAST_SEARCH_ENGINE);
        expect(url.searchParams.get('q')).toBe(words.trim().replace(/\s+/g, ' '));
      }),
      { numRuns: 10_000 },
    );
  });
});
