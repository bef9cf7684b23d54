/**
 * The zelfscan model in content/assessment: the real file passes the schema, a broken copy fails
 * with a message a content editor understands, and every link points at an existing page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentSchema, type AssessmentModel } from '../../../../src/lib/zelfscan/model-schema';
import { assertLinks, modelLinks, toAdviceBundle, toClientModel } from '../../../../src/lib/zelfscan/client-model';
import { radarGeometry, polar } from '../../../../src/lib/zelfscan/radar';
import { contextIds, matches, notesFor, pickAdvice } from '../../../../src/lib/zelfscan/advice';
import { shapeOf } from '../../../../src/lib/zelfscan/types';

const raw = parse(readFileSync('content/assessment/model.yaml', 'utf8'));
const model = assessmentSchema.parse(raw) as AssessmentModel;
const DIRS = { articles: 'articles', terms: 'terms', tips: 'tips', books: 'books' } as const;
const exists = (c: keyof typeof DIRS, id: string) =>
  ['mdx', 'md', 'yaml', 'yml'].some((ext) => existsSync(`content/${DIRS[c]}/${id}.${ext}`));
const clone = () => structuredClone(raw);
const messages = (data: unknown) => {
  const r = assessmentSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the model file', () => {
  it('has 6 dimensions × 4 items, 5 levels and 3 context questions', () => {
    expect(model.dimensions).toHaveLength(6);
    for (const d of model.dimensions) expect(d.items).toHaveLength(4);
    expect(model.levels.map((l) => l.name)).toEqual(['Verkennen', 'Starten', 'Mobiliseren', 'Opschalen', 'Verankeren']);
    expect(model.context.map((c) => c.id)).toEqual(['sector', 'size', 'role']);
  });

  it('links only to pages that exist', () => {
    const missing = modelLinks(model).filter(({ link }) => !exists(link.collection, link.id));
    expect(missing).toEqual([]);
  });

  it('has a variant for managers and for e-commerce', () => {
    const all = model.dimensions.flatMap((d) => d.items.flatMap((i) => i.advice.flatMap((a) => a.variants)));
    expect(all.some((v) => v.when['role']?.includes('manager'))).toBe(true);
    expect(all.some((v) => v.when['sector']?.includes('ecommerce'))).toBe(true);
  });
});

describe('schema messages for editors', () => {
  it.each([
    [
      'an item with four options',
      (m: any) => m.dimensions[0].items[0].options.pop(),
      'dimensions.0.items.0.options: geef precies 5 antwoorden, van niveau 1 tot en met 5',
    ],
    [
      'an item with six advice entries',
      (m: any) => m.dimensions[0].items[0].advice.push({ text: 'x' }),
      'dimensions.0.items.0.advice: geef precies 5 adviezen, één per antwoordniveau',
    ],
    [
      'a duplicate item id',
      (m: any) => (m.dimensions[1].items[0].id = 'doelen'),
      'dimensions.1.items.0.id: id "doelen" komt twee keer voor (ook bij vraag 1 van Strategie & leiderschap)',
    ],
    [
      'a dimension with one item',
      (m: any) => m.dimensions[2].items.splice(1),
      'dimensions.2.items: geef elk onderdeel minstens 2 vragen',
    ],
    [
      'levels out of order',
      (m: any) => ([m.levels[0].level, m.levels[1].level] = [2, 1]),
      'levels.0.level: zet de niveaus op volgorde: hier hoort niveau 1',
    ],
    [
      'a variant for a context question that does not exist',
      (m: any) => (m.dimensions[0].items[1].advice[0].variants[0].when = { functie: ['manager'] }),
      'dimensions.0.items.1.advice.0.variants.0.when.functie: contextvraag "functie" bestaat niet; kies uit: sector, size, role',
    ],
    [
      'a note for an answer that does not exist',
      (m: any) => (m.notes[0].when = { sector: ['bakker'] }),
      'notes.0.when.sector: contextvraag "sector" heeft geen antwoord "bakker"; kies uit: bank, telecom, retail, energie, overheid, zakelijk, ecommerce, anders',
    ],
    [
      'a link to an unknown collection',
      (m: any) => (m.dimensions[0].items[0].link = { collection: 'podcasts', id: 'x' }),
      'dimensions.0.items.0.link.collection: kies een van deze collecties: articles, terms, tips, books',
    ],
    [
      'an empty statement',
      (m: any) => (m.dimensions[0].items[0].statement = '  '),
      'dimensions.0.items.0.statement: mag niet leeg zijn',
    ],
  ])('%s', (_name, breakIt, message) => {
    const m = clone();
    breakIt(m);
    expect(messages(m)).toContain(message);
  });
});

describe('client model and advice bundle', () => {
  const client = toClientModel(model);
  const titles = (link: { collection: string; id: string }) => `${link.collection}:${link.id}`;
  const bundle = toAdviceBundle(model, titles);

  it('keeps the questions and drops the advice', () => {
    expect(shapeOf(client)).toEqual({ version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] });
    expect(JSON.stringify(client)).not.toContain('advice');
  });

  it('links the begrippen of each dimension', () => {
    const withTitles = toClientModel(model, titles);
    expect(withTitles.dimensions[3]?.terms[0]).toEqual({ path: '/begrippen/nps/', title: 'terms:nps' });
    expect(() => assertLinks({ ...model, dimensions: [{ ...model.dimensions[0]!, terms: ['bestaat-niet'] }] }, (l) => (l.id === 'bestaat-niet' ? undefined : 'ok'))).toThrow(
      /onderdeel "strategie" \(terms\) verwijst naar terms\/bestaat-niet/,
    );
  });

  it('resolves links to paths and titles', () => {
    expect(bundle.advice).toHaveLength(24);
    expect(bundle.advice[0]?.[0]?.link).toEqual({ path: '/tips/levend-krijgen-1/', title: 'tips:levend-krijgen-1', kind: 'tips' });
    expect(bundle.advice[0]?.[1]?.link.path).toBe('/kennisbank/business-case/');
  });

  it('fails with every broken link named', () => {
    expect(() => assertLinks(model, (l) => (l.id === 'groeimodel' ? undefined : 'ok'))).toThrow(
      /vraag "data" \(Klantinzicht & data\), advies bij niveau 2 verwijst naar articles\/groeimodel, maar die pagina bestaat niet/,
    );
    expect(() => assertLinks(model, () => 'ok')).not.toThrow();
  });

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

describe('radar geometry', () => {
  it('puts the first axis on top and goes clockwise', () => {
    expect(polar(100, 100, 50, 0, 4)).toEqual({ x: 100, y: 50 });
    expect(polar(100, 100, 50, 1, 4)).toEqual({ x: 150, y: 100 });
  });
  it('draws rings, axes, labels and the value shape', () => {
    const g = radarGeometry([5, 0, null, 2.5, 99, Number.NaN], { cx: 100, cy: 100, radius: 50, max: 5, labelGap: 10 });
    expect(g.rings).toHaveLength(5);
    expect(g.axes).toHaveLength(6);
    expect(g.labels[0]).toEqual({ x: 100, y: 40, anchor: 'middle' });
    expect(g.labels[1]?.anchor).toBe('start');
    expect(g.labels[4]?.anchor).toBe('end');
    expect(g.dots[0]).toEqual({ x: 100, y: 50 });
    expect(g.dots[2]).toEqual({ x: 100, y: 100 });
    expect(g.shape).not.toMatch(/NaN/);
  });
});
