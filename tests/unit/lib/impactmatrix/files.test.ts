import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyMatrix, type Matrix } from '../../../../src/lib/impactmatrix/fields';
import { parseJson, toCsv, toJson, type CsvLabels } from '../../../../src/lib/impactmatrix/files';
import { parsePaste } from '../../../../src/lib/impactmatrix/paste';
import { rank } from '../../../../src/lib/impactmatrix/model';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';
import { makeT, stringsFor } from '../../../../src/i18n';
import { RUNS, anyText, expectValidMatrix, matrix, validText } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const strings = stringsFor('impactmatrix.');
const t = (key: string, vars?: Record<string, string>) => makeT(strings)(key.replace(/^impactmatrix\./, ''), vars);
const labels: CsvLabels = {
  name: t('impactmatrix.col.name'),
  sat: t('impactmatrix.col.sat', { range: 'CSAT 1–5' }),
  impact: t('impactmatrix.col.impact'),
  volume: t('impactmatrix.col.volume'),
  quadrant: t('impactmatrix.data.quadrant'),
  priority: t('impactmatrix.data.priority'),
  quadrants: { fix: t('impactmatrix.q.fix'), grow: t('impactmatrix.q.grow'), cost: t('impactmatrix.q.cost'), prevent: t('impactmatrix.q.prevent') },
};
const example = exampleMatrix('Voorbeeld', ['Offerte aanvragen', 'Polis afsluiten', 'Schade melden', 'Status', 'Premienota', 'Adres wijzigen', 'Opzeggen', '=Dekking']);

describe('CSV', () => {
  it('writes semicolons, decimal commas, the quadrant and priority, and makes formulas harmless', () => {
    const csv = toCsv(example, rank(example).ranked, labels);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeffNaam;Tevredenheid (CSAT 1–5);Impact (0–10);Volume per maand;Kwadrant;Prioriteit');
    expect(lines[1]).toBe('Offerte aanvragen;4;6,5;6000;Meer mensen laten meemaken;57');
    expect(lines[8]).toBe("'=Dekking;3,6;4,5;3000;Kosten verlagen;28");
  });

  it('pastes back into the same touchpoints', () => {
    const names = validText(60).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(matrix({ maxTouchpoints: 12, name: names }), (m) => {
        const csv = toCsv(m, rank(m).ranked, labels);
        const back = parsePaste(csv, m.measure, 100);
        expect(back.rows).toEqual(m.touchpoints);
      }),
      RUNS,
    );
  });
});

describe('JSON', () => {
  it('writes numbers in the measure’s own unit', () => {
    const data = JSON.parse(toJson({ ...example, measure: 'nps', divX: -1250, touchpoints: [{ name: 'a', sat: -3550, impact: 75, volume: null }] }));
    expect(data).toMatchObject({ format: 'cx-impactmatrix', version: 1, dividers: { satisfaction: -12.5, impact: null }, touchpoints: [{ name: 'a', satisfaction: -35.5, impact: 7.5, volume: null }] });
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['{', 'json'],
    ['[]', 'format'],
    ['{"format":"iets-anders","touchpoints":[]}', 'format'],
    ['{"format":"cx-impactmatrix"}', 'format'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseJson(text)).toEqual({ ok: false, error });
  });

  it('reads what it can from a damaged or newer file and lists the rest', () => {
    const r = parseJson(
      JSON.stringify({ format: 'cx-impactmatrix', version: 3, measure: 'xyz', unit: 5, dividers: { impact: 'hoog' }, touchpoints: [{ name: 'A', satisfaction: '4,2', impact: 7.25, volume: 10 }, 'rommel', { name: 'B', satisfaction: 9, volume: -1 }] }),
    );
    expect(r).toEqual({
      ok: true,
      newer: 3,
      matrix: { ...emptyMatrix(), touchpoints: [{ name: 'A', sat: 420, impact: 73, volume: 10 }, { name: '', sat: null, impact: null, volume: null }, { name: 'B', sat: null, impact: null, volume: null }] },
      dropped: [
        { kind: 'setting', key: 'measure', text: 'xyz' },
        { kind: 'setting', key: 'unit', text: '' },
        { kind: 'setting', key: 'divY', text: 'hoog' },
        { kind: 'cells', row: 2, name: '', columns: [] },
        { kind: 'cells', row: 3, name: 'B', columns: ['sat', 'volume'] },
      ],
    });
  });

  it('round-trips every valid matrix', () => {
    fc.assert(
      fc.property(matrix(), (m: Matrix) => {
        expect(parseJson(toJson(m))).toEqual({ ok: true, matrix: m, dropped: [], newer: null });
      }),
      RUNS,
    );
  });

  it('never throws on any text or JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(200), fc.json().map((j) => j), fc.jsonValue().map((v) => JSON.stringify({ format: 'cx-impactmatrix', touchpoints: [v, v], dividers: v, title: v }))), (text) => {
        const r = parseJson(text);
        if (r.ok) expectValidMatrix(r.matrix);
      }),
      RUNS,
    );
  });
});
