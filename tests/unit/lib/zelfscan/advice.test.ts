/** Advice: the fetched bundle is checked before use; context picks variants and notes. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentSchema } from '../../../../src/schemas/assessment';
import { toAdviceBundle, toClientModel } from '../../../../src/lib/zelfscan/client-model';
import { contextIds, matches, notesFor, parseAdviceBundle, pickAdvice } from '../../../../src/lib/zelfscan/advice';
import type { AssessmentModel } from '../../../../src/lib/zelfscan/types';

const model: AssessmentModel = assessmentSchema.parse(parse(readFileSync('content/assessment/model.yaml', 'utf8')));
const client = toClientModel(model);
const bundle = toAdviceBundle(model, (l) => `${l.collection}:${l.id}`);
const EXPECT = { version: 1, items: 24, levels: 5 };
const RUNS = { numRuns: 10_000 };

describe('context', () => {
  it('picks advice variants and notes by context, first match wins', () => {
    const ctx = contextIds(client.context, [6, 0, 1]);
    expect(ctx).toEqual({ sector: 'ecommerce', size: 'klein', role: 'manager' });
    expect(matches({ role: ['manager'] }, ctx)).toBe(true);
    expect(matches({ role: ['cx'] }, ctx)).toBe(false);
    expect(matches({ role: ['manager'], sector: ['bank'] }, ctx)).toBe(false);
    const sponsor = bundle.advice[1]![0]!;
    expect(pickAdvice(sponsor, ctx).link.path).toBe('/tips/management-3/');
    expect(pickAdvice(sponsor, {}).text).toBe(sponsor.text);
    expect(notesFor(bundle.notes, ctx).map((n) => n.link?.path)).toEqual([
      '/kennisbank/groeimodel/',
      '/kennisbank/your-coffee/',
      '/kennisbank/cx-levend-houden/',
    ]);
    expect(contextIds(client.context, [null, 99, null])).toEqual({});
  });
});

describe('parseAdviceBundle', () => {
  const copy = () => structuredClone(bundle) as any;

  it('accepts the bundle the build serves', () => {
    const r = parseAdviceBundle(JSON.parse(JSON.stringify(bundle)), EXPECT);
    expect(r).toEqual({ ok: true, bundle });
  });

  it.each([
    ['not an object', () => 'advies', 'format'],
    ['an array', () => [], 'format'],
    ['another model version', (b: any) => ((b.version = 2), b), 'version'],
    ['four level descriptions', (b: any) => (b.levels.pop(), b), 'levels'],
    ['a level description that is no text', (b: any) => ((b.levels[0] = 3), b), 'levels'],
    ['advice for 23 items', (b: any) => (b.advice.pop(), b), 'advice'],
    ['four advice entries for an item', (b: any) => (b.advice[3].pop(), b), 'advice'],
    ['advice without text', (b: any) => (delete b.advice[0][0].text, b), 'advice'],
    ['a link to another site', (b: any) => ((b.advice[0][0].link.path = '//evil.example/'), b), 'advice'],
    ['a javascript: link', (b: any) => ((b.advice[0][0].link.path = 'javascript:alert(1)'), b), 'advice'],
    ['a link of an unknown kind', (b: any) => ((b.advice[0][0].link.kind = 'podcasts'), b), 'advice'],
    ['a variant with a broken condition', (b: any) => ((b.advice[1][0].variants[0].when = { role: 'manager' }), b), 'advice'],
    ['notes that are not a list', (b: any) => ((b.notes = {}), b), 'notes'],
    ['a note with a broken link', (b: any) => ((b.notes[0].link = { path: '/x/' }), b), 'notes'],
  ])('names the problem: %s', (_name, breakIt, error) => {
    expect(parseAdviceBundle(breakIt(copy()), EXPECT)).toEqual({ ok: false, error });
  });

  it('never throws, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const r = parseAdviceBundle(data, EXPECT);
        expect(r.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never throws on a damaged copy of the real bundle', () => {
    const paths = fc.array(fc.oneof(fc.constantFrom('advice', 'notes', 'levels', 'link', 'variants', 'when', 'text', 'path', 'kind'), fc.nat(30)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(paths, fc.jsonValue(), (path, value) => {
        const b = copy();
        let at: any = b;
        for (const key of path.slice(0, -1)) at = at !== null && typeof at === 'object' ? at[key] : undefined;
        if (at !== null && typeof at === 'object') at[path[path.length - 1]!] = value;
        const r = parseAdviceBundle(b, EXPECT);
        expect(typeof r.ok).toBe('boolean');
      }),
      // Each run copies the whole bundle; the 10,000 runs on any JSON above cover the parser's input.
      { numRuns: 2_000 },
    );
  });
});
