import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkPage, type Terminology, type TextUnit } from '../../../src/lib/terminology';

const rules: Terminology = {
  spellings: [
    { use: "CX'er", not: ['CX-er', 'CX-ers'] },
    { use: "kpi's", not: ["KPI's", 'KPI'], caseSensitive: true },
    { use: 'realtime', not: ['real time', 'real-time'] },
  ],
  pairs: [
    { dutch: ['klantreis', 'klantreizen'], english: ['customer journey', 'customer journeys'], names: ['customer journey map'] },
  ],
};
const run = (text: string, kind: TextUnit['kind'] = 'running') => checkPage([{ text, kind, line: 1 }], rules).map((p) => p.message);

describe('checkPage', () => {
  it.each([
    ['Elke CX-er leest dit.', '"CX-er": schrijf CX\'er'],
    ['Twee CX-ers praten.', '"CX-ers": schrijf CX\'er'],
    ["We sturen op KPI's.", '"KPI\'s": schrijf kpi\'s'],
    ['Een KPI-dashboard.', '"KPI": schrijf kpi\'s'],
    ['Dat zie je in real time.', '"real time": schrijf realtime'],
    ['Soms real-time.', '"real-time": schrijf realtime'],
  ])('rules out %j', (text, message) => {
    expect(run(text)).toEqual([message]);
  });

  it.each([
    ["Elke CX'er leest dit."],
    ['De CX-ervaring van je klant.'],
    ["We sturen op kpi's en een kpi."],
    ['Een realtime dashboard.'],
    ['De klantreis (customer journey) is lang. Een klantreis kent pieken.'],
    ['Teken een customer journey map.'],
    ['Er is geen reis.'],
  ])('accepts %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('asks for the English in brackets the first time the Dutch word is used', () => {
    expect(run('Een klantreis is lang.')).toEqual(['"klantreis" staat hier voor het eerst op de pagina: schrijf "klantreis (customer journey)"']);
    expect(run('Alle klantreizen tellen.')).toEqual(['"klantreizen" staat hier voor het eerst op de pagina: schrijf "klantreizen (customer journeys)"']);
  });

  it('allows the English term only once, in brackets right after the Dutch word', () => {
    expect(run('De customer journey is lang.')[0]).toMatch(/^"customer journey": schrijf klantreis/);
    expect(run('De klantreis (customer journey) en weer de klantreis (customer journey).')).toEqual([
      '"customer journey" staat al eerder tussen haakjes op deze pagina; schrijf hier alleen klantreis',
    ]);
    expect(run('Een reis (customer journey).')[0]).toMatch(/^"customer journey": schrijf klantreis/);
  });

  it('does not ask headings to introduce the term, but holds them to the spelling', () => {
    expect(checkPage([{ text: 'Wat een klantreis níet is', kind: 'heading', line: 1 }], rules)).toEqual([]);
    expect(checkPage([{ text: 'De customer journey', kind: 'heading', line: 1 }], rules)).toHaveLength(1);
  });

  it('can skip the introduction rule (zelfscan model: no pages)', () => {
    expect(checkPage([{ text: 'Een klantreis.', kind: 'running', line: 1 }], rules, { introduce: false })).toEqual([]);
  });

  it('reports the line within a unit', () => {
    expect(checkPage([{ text: 'Eerste regel.\nTweede regel met KPI.', kind: 'running', line: 10 }], rules)[0]?.line).toBe(11);
  });

  it('finds every ruled-out form of the real list, in any surrounding text', () => {
    const real = parseYaml(readFileSync('content/terminology.yaml', 'utf8')) as Terminology;
    const forms = real.spellings.flatMap((r) => r.not);
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.string(), fc.string(), (form, before, after) => {
        const text = `${before} ${form} ${after}`;
        expect(checkPage([{ text, kind: 'heading', line: 1 }], real).length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<TextUnit['kind']>('heading', 'running'), (text, kind) => {
        expect(Array.isArray(checkPage([{ text, kind, line: 1 }], rules))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
