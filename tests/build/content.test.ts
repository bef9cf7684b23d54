/**
 * The knowledge content is complete and its cross-references resolve. Counts and references
 * are read from the content files themselves, so this runs without a build.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const root = 'content';
type Data = Record<string, unknown>;

function entries(collection: string): Map<string, Data> {
  const dir = join(root, collection);
  const map = new Map<string, Data>();
  for (const name of readdirSync(dir)) {
    const id = name.replace(/\.(mdx?|ya?ml)$/, '');
    const text = readFileSync(join(dir, name), 'utf8');
    const yaml = /\.mdx?$/.test(name) ? (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') : text;
    map.set(id, (parseYaml(yaml) ?? {}) as Data);
  }
  return map;
}

const all = {
  terms: entries('terms'),
  articles: entries('articles'),
  books: entries('books'),
  podcasts: entries('podcasts'),
  tips: entries('tips'),
  sources: entries('sources'),
};

describe('content collections', () => {
  it.each([
    ['terms', 25],
    ['articles', 13],
    ['books', 20],
    ['podcasts', 10],
    ['tips', 21],
    ['sources', 5],
  ] as const)('%s has at least %i entries', (name, min) => {
    expect(all[name].size).toBeGreaterThanOrEqual(min);
  });

  it('has exactly 13 guides, 20 books, 21 tips and 5 sources', () => {
    expect([all.articles.size, all.books.size, all.tips.size, all.sources.size]).toEqual([13, 20, 21, 5]);
  });

  it('has 7 tips per perspective, numbered 1–7', () => {
    for (const p of ['levend-krijgen', 'levend-houden', 'management']) {
      const numbers = [...all.tips.values()].filter((t) => t.perspective === p).map((t) => t.number);
      expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('marks five books as new', () => {
    expect([...all.books.values()].filter((b) => b.isNew === true)).toHaveLength(5);
  });

  it('every reference points at an existing entry', () => {
    const refs: [string, string, keyof typeof all, unknown][] = [];
    for (const [id, d] of all.terms) refs.push([`terms/${id}`, 'related', 'terms', d.related], [`terms/${id}`, 'sources', 'sources', d.sources]);
    for (const [id, d] of all.articles) {
      refs.push([`articles/${id}`, 'sources', 'sources', d.sources], [`articles/${id}`, 'terms', 'terms', d.terms]);
      refs.push([`articles/${id}`, 'books', 'books', d.books]);
    }
    for (const [id, d] of all.books) refs.push([`books/${id}`, 'terms', 'terms', d.terms], [`books/${id}`, 'source', 'sources', d.source]);
    for (const [id, d] of all.podcasts) refs.push([`podcasts/${id}`, 'source', 'sources', d.source]);
    for (const [id, d] of all.tips) refs.push([`tips/${id}`, 'source', 'sources', d.source]);
    const missing: string[] = [];
    for (const [where, field, target, value] of refs) {
      const ids = value === undefined ? [] : Array.isArray(value) ? value : [value];
      for (const ref of ids) if (!all[target].has(String(ref))) missing.push(`${where}.${field}: "${ref}" is not in ${target}`);
    }
    expect(missing).toEqual([]);
  });

  it('every internal link in MDX bodies points at an existing entry or page', () => {
    const pages = new Set(['/', '/zelfscan/', '/zelfscan/team/', '/klantwaarde/', '/impactmatrix/', '/kennisbank/', '/begrippen/', '/boeken/', '/podcasts/', '/tips/', '/bronnen/', '/over/', '/zoeken/']);
    const routes: Record<string, keyof typeof all> = { kennisbank: 'articles', begrippen: 'terms', boeken: 'books', podcasts: 'podcasts', tips: 'tips', bronnen: 'sources' };
    const broken: string[] = [];
    for (const dir of ['terms', 'articles']) {
      for (const name of readdirSync(join(root, dir))) {
        const text = readFileSync(join(root, dir, name), 'utf8');
        for (const m of text.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)|href="(\/[^"#]*)/g)) {
          const path = m[1] ?? m[3]!;
          const seg = path.split('/').filter(Boolean);
          const ok = pages.has(path) || (seg.length === 2 && routes[seg[0]!] && all[routes[seg[0]!]!].has(seg[1]!) && path.endsWith('/'));
          if (!ok) broken.push(`${dir}/${name}: ${path}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
