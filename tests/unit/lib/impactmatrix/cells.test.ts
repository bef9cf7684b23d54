import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { editCell, formatCell, parseCell } from '../../../../src/lib/impactmatrix/cells';
import { parsePlain, plainValue } from '../../../../src/lib/impactmatrix/plain';
import { MEASURES, NUM_COLUMNS, scaleOf, type Measure, type NumColumn } from '../../../../src/lib/impactmatrix/fields';
import { RUNS, anyText } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describe('parseCell', () => {
  it.each<[NumColumn, Measure, string, number | null]>([
    ['sat', 'csat', '4,2', 420],
    ['sat', 'csat', '4.2', 420],
    ['sat', 'csat', ' 4 ', 400],
    ['sat', 'csat', '4,2371', 424],
    // An English average with three decimals is still a decimal when thousands make no sense.
    ['sat', 'csat', '4.125', 413],
    ['sat', 'nps', '-35', -3500],
    ['sat', 'nps', '−12,5', -1250],
    ['sat', 'nps', '45%', 4500],
    ['sat', 'nps', '-0', 0],
    ['sat', 'ces', '2,5', 250],
    ['impact', 'csat', '7,5', 75],
    ['impact', 'csat', '10', 100],
    ['impact', 'csat', '7,25', 73],
    ['volume', 'csat', '12.000', 12000],
    ['volume', 'csat', '1.250.000', 1250000],
    ['volume', 'csat', '12000', 12000],
    ['volume', 'csat', '0', 0],
    ['volume', 'csat', '', null],
    ['volume', 'csat', '   ', null],
  ])('%s (%s) %j → %j', (column, measure, text, value) => {
    expect(parseCell(column, text, measure)).toEqual({ ok: true, value });
  });

  it.each<[NumColumn, Measure, string, 'nan' | 'range']>([
    ['sat', 'csat', 'veel', 'nan'],
    ['sat', 'csat', '0,5', 'range'],
    ['sat', 'csat', '5,1', 'range'],
    ['sat', 'csat', '-1', 'range'],
    ['sat', 'nps', '101', 'range'],
    ['sat', 'nps', '--5', 'nan'],
    ['sat', 'ces', '8', 'range'],
    ['impact', 'csat', '11', 'range'],
    ['impact', 'csat', '7,5,1', 'nan'],
    ['volume', 'csat', '-1', 'range'],
    ['volume', 'csat', '2.000.000.000', 'range'],
    ['volume', 'csat', '1e5', 'nan'],
  ])('%s (%s) %j is an error: %s', (column, measure, text, error) => {
    expect(parseCell(column, text, measure)).toEqual({ ok: false, error });
  });

  it('never throws and only returns values in range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUM_COLUMNS), fc.constantFrom(...MEASURES), anyText(30), (column, measure, text) => {
        const r = parseCell(column, text, measure);
        if (r.ok && r.value !== null) {
          const s = scaleOf(column, measure);
          expect(Number.isSafeInteger(r.value) && r.value >= s.min && r.value <= s.max).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('reads back what it writes, for every value in range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUM_COLUMNS), fc.constantFrom(...MEASURES), fc.double({ min: 0, max: 1, noNaN: true }), (column, measure, f) => {
        const s = scaleOf(column, measure);
        const v = Math.round(s.min + f * (s.max - s.min));
        expect(parseCell(column, editCell(column, v, measure), measure)).toEqual({ ok: true, value: v });
        expect(parseCell(column, formatCell(column, v, measure), measure)).toEqual({ ok: true, value: v });
        expect(parsePlain(plainValue(v, s.decimals), s.decimals)).toBe(v);
      }),
      RUNS,
    );
  });
});

describe('formatting', () => {
  it.each<[NumColumn, Measure, number, string, string]>([
    ['sat', 'csat', 420, '4,2', '4,2'],
    ['sat', 'csat', 425, '4,25', '4,25'],
    ['sat', 'nps', -1250, '−12,5', '-12,5'],
    ['impact', 'csat', 100, '10', '10'],
    ['volume', 'csat', 1250000, '1.250.000', '1250000'],
  ])('%s %i → %j (edit %j)', (column, measure, v, shown, edit) => {
    expect(formatCell(column, v, measure)).toBe(shown);
    expect(editCell(column, v, measure)).toBe(edit);
  });

  it.each([
    ['4.2', 2, 420],
    ['-35', 2, -3500],
    ['12000', 0, 12000],
    ['4.20', 2, 420],
    ['4.201', 2, null],
    ['4,2', 2, null],
    ['', 2, null],
    ['+4', 2, null],
  ])('parsePlain(%j) → %j', (text, decimals, value) => {
    expect(parsePlain(text, decimals)).toBe(value);
  });
});
