/**
 * The zelfscan model in content/assessment: the real file passes the schema, a broken copy fails
 * with a message a content editor understands, and every link is a reference to an existing page.
 * (That a reference to a missing page fails the build is the build's reference check.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentSchema } from '../../../src/schemas/assessment';
import type { AssessmentModel } from '../../../src/lib/zelfscan/types';

const raw = parse(readFileSync('content/assessment/model.yaml', 'utf8'));
const model: AssessmentModel = assessmentSchema.parse(raw);
const exists = ({ collection, id }: { collection: string; id: string }) =>
  ['mdx', 'md', 'yaml', 'yml'].some((ext) => existsSync(`content/${collection}/${id}.${ext}`));
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

  it('links only to pages that exist, every link a reference', () => {
    const links: { collection: string; id: string }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object' && v !== null) {
        if ('collection' in v && 'id' in v) links.push(v as { collection: string; id: string });
        else Object.values(v).forEach(walk);
      }
    };
    walk(model);
    // Every item has a link; the begrippen, notes, advice and sources add more.
    expect(links.length).toBeGreaterThan(24 + model.sources.length);
    expect(links.filter((l) => !exists(l))).toEqual([]);
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
