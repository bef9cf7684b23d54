import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { MAX_NAME, MEASURES, inScale, type Touchpoint } from '../../../../src/lib/impactmatrix/fields';
import { parsePaste } from '../../../../src/lib/impactmatrix/paste';
import { RUNS, anyText } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const tp = (name: string, sat: number | null, impact: number | null, volume: number | null): Touchpoint => ({ name, sat, impact, volume });

describe('parsePaste', () => {
  it('reads tab-separated rows with Dutch decimals, as a spreadsheet copies them', () => {
    const r = parsePaste('Offerte aanvragen\t4,2\t6,5\t6.000\r\nSchade melden\t3,1\t9\t4000\r\n', 'csat', 100);
    expect(r.rows).toEqual([tp('Offerte aanvragen', 420, 65, 6000), tp('Schade melden', 310, 90, 4000)]);
    expect(r.issues).toEqual([]);
    expect(r.separator).toBe('tab');
  });

  it('reads semicolons and skips a header row', () => {
    const r = parsePaste('Naam;Tevredenheid;Impact;Volume\nAdres wijzigen;3,9;2;1500\n\n', 'csat', 100);
    expect(r.rows).toEqual([tp('Adres wijzigen', 390, 20, 1500)]);
    expect(r.issues).toEqual([{ kind: 'header', line: 1 }]);
  });

  it('takes the column order from a header that names all four', () => {
    const r = parsePaste('Volume\tCES\tContactmoment\tImpact op NPS\n1200\t2,5\tOpzeggen\t8\n', 'ces', 100);
    expect(r.rows).toEqual([tp('Opzeggen', 250, 80, 1200)]);
  });

  it('keeps a row with a bad cell, leaves that cell empty and says which line and field', () => {
    const r = parsePaste('A;veel;5;10\nB;4;12;10\nC;4;5\nD;-35;5;10', 'csat', 100);
    expect(r.rows).toEqual([tp('A', null, 50, 10), tp('B', 400, null, 10), tp('C', 400, 50, null), tp('D', null, 50, 10)]);
    expect(r.issues).toEqual([
      { kind: 'cell', line: 1, column: 'sat', text: 'veel', error: 'nan' },
      { kind: 'cell', line: 2, column: 'impact', text: '12', error: 'range' },
      { kind: 'missing', line: 3, columns: ['volume'] },
      { kind: 'cell', line: 4, column: 'sat', text: '-35', error: 'range' },
    ]);
  });

  it('reads NPS below zero', () => {
    expect(parsePaste('Bellen\t-35\t7\t900', 'nps', 100).rows).toEqual([tp('Bellen', -3500, 70, 900)]);
  });

  it('handles quotes holding separators, quotes and line breaks', () => {
    const r = parsePaste('"Schade; melden";3;9;4000\n"Zeg ""hoi""\nen dag";4;1;2\nX;4;1;2', 'csat', 100);
    expect(r.rows.map((x) => x.name)).toEqual(['Schade; melden', 'Zeg "hoi" en dag', 'X']);
    expect(r.issues).toEqual([]);
    expect(parsePaste('A;1;1;1\n"B\nC";1;1;1\nD;x;1;1', 'csat', 10).issues).toEqual([{ kind: 'cell', line: 4, column: 'sat', text: 'x', error: 'nan' }]);
  });

  it('takes one name per line when there is no separator', () => {
    const r = parsePaste('Offerte aanvragen\nPolis afsluiten', 'csat', 100);
    expect(r.separator).toBe('none');
    expect(r.rows).toEqual([tp('Offerte aanvragen', null, null, null), tp('Polis afsluiten', null, null, null)]);
    expect(r.issues).toEqual([
      { kind: 'missing', line: 1, columns: ['sat', 'impact', 'volume'] },
      { kind: 'missing', line: 2, columns: ['sat', 'impact', 'volume'] },
    ]);
  });

  it('reports lines without a name, long names, extra columns and a full matrix', () => {
    const long = 'x'.repeat(MAX_NAME + 5);
    const r = parsePaste(`;4;5;6\n${long};4;5;6\nA;4;5;6;rood\nB;4;5;6\nC;4;5;6`, 'csat', 3);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[1]!.name).toHaveLength(MAX_NAME);
    expect(r.issues).toEqual([
      { kind: 'no-name', line: 1 },
      { kind: 'long-name', line: 2 },
      { kind: 'extra', line: 3 },
      { kind: 'full', line: 4, count: 2 },
    ]);
  });

  it('reads back a formula-safe name', () => {
    expect(parsePaste("'=SOM(A1);4;5;6", 'csat', 10).rows[0]!.name).toBe('=SOM(A1)');
  });

  it.each(['', '   ', '\n\n', ';;;', '\t\t\t\n'])('finds no rows in %j', (text) => {
    expect(parsePaste(text, 'csat', 100)).toMatchObject({ rows: [], issues: [] });
  });

  it('never throws on any text and only returns valid rows within the room left', () => {
    fc.assert(
      fc.property(anyText(400), fc.constantFrom(...MEASURES), fc.integer({ min: 0, max: 100 }), (text, measure, room) => {
        const r = parsePaste(text, measure, room);
        expect(r.rows.length).toBeLessThanOrEqual(room);
        for (const t of r.rows) {
          expect(t.name.length).toBeLessThanOrEqual(MAX_NAME);
          expect(inScale(t.sat, 'sat', measure) && inScale(t.impact, 'impact', measure) && inScale(t.volume, 'volume', measure)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
