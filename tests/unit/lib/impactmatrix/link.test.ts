import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyMatrix } from '../../../../src/lib/impactmatrix/fields';
import { LINK_LIMIT, decodeLink, encodeLink, escText, unescText } from '../../../../src/lib/impactmatrix/link';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';
import { RUNS, anyText, expectValidMatrix, matrix } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const NAMES = ['Offerte aanvragen', 'Polis afsluiten', 'Schade melden', 'Status van je schade opvragen', 'Premienota (rekening)', 'Adres wijzigen', 'Opzeggen', 'Vraag over je dekking'];
const example = exampleMatrix('Voorbeeld: verzonnen verzekeraar', NAMES);

describe('encodeLink', () => {
  it('is empty for an empty matrix with the default settings', () => {
    expect(encodeLink(emptyMatrix())).toBe('');
  });

  it('writes the example compactly and readably', () => {
    expect(encodeLink(example)).toBe(
      'im1;t=Voorbeeld%3A_verzonnen_verzekeraar;p=Offerte_aanvragen,4,6.5,6000;p=Polis_afsluiten,4.3,7.5,2500;p=Schade_melden,3.1,9,4000;' +
        'p=Status_van_je_schade_opvragen,2.8,5.5,4200;p=Premienota_(rekening),3,3.5,7000;p=Adres_wijzigen,3.9,2,1500;p=Opzeggen,2.6,8,1200;' +
        'p=Vraag_over_je_dekking,3.6,4.5,3000;e',
    );
  });

  it('escapes separators, underscores and markup in names', () => {
    const m = { ...emptyMatrix(), measure: 'nps' as const, goal: 'eigen' as const, goalText: 'Klachten', unit: 'gesprekken', divX: -1250, divY: 55, touchpoints: [{ name: 'a;b,c_d <script>', sat: -3500, impact: null, volume: 0 }] };
    const link = encodeLink(m);
    expect(link).toBe('im1;m=nps;g=eigen;o=Klachten;u=gesprekken;x=-12.5;y=5.5;p=a%3Bb%2Cc%5Fd_%3Cscript%3E,-35,,0;e');
    expect(decodeLink(`#${link}`)).toEqual({ present: true, matrix: m, dropped: [], newer: null });
  });

  it('fits 20 touchpoints with ordinary names in about 2.000 characters', () => {
    const names = Array.from({ length: 20 }, (_, i) => `${NAMES[i % 8]} ${i + 1}`);
    const m = { ...example, touchpoints: names.map((name, i) => ({ name, sat: 250 + i * 11, impact: 10 + i * 4, volume: 1500 + i * 977 })) };
    const url = `https://cxwegwijzer.nl/impactmatrix/#${encodeLink(m)}`;
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(url.length).toBeLessThanOrEqual(LINK_LIMIT);
  });
});

describe('decodeLink', () => {
  it.each(['', '#', '#main', '#im-chart-title', '#kw-results-title', 'imx', '#impactmatrix'])('ignores %j (not a matrix link)', (hash) => {
    expect(decodeLink(hash)).toEqual({ present: false });
  });

  it('reads a cut-off link as far as it goes and says so', () => {
    const full = encodeLink(example);
    const cut = full.slice(0, full.indexOf('p=Premienota') + 10);
    const d = decodeLink(cut);
    if (!d.present) throw new Error('not read');
    expect(d.matrix.touchpoints).toHaveLength(5);
    expect(d.matrix.touchpoints[4]).toEqual({ name: 'Premieno', sat: null, impact: null, volume: null });
    expect(d.dropped).toEqual([{ kind: 'truncated' }, { kind: 'cells', row: 5, name: 'Premieno', columns: ['sat', 'impact', 'volume'] }]);
  });

  it('reads a hand-edited link and lists what it could not use', () => {
    const d = decodeLink('#im1;m=zzz;g=winst;x=9;zoom=2;p=Goed,4.5,8,100;p=Slecht,9,abc,-5;p=Kapot%E2%82,1,1,1;e');
    if (!d.present) throw new Error('not read');
    expect(d.matrix.measure).toBe('csat');
    expect(d.matrix.goal).toBe('churn');
    expect(d.matrix.divX).toBeNull();
    expect(d.matrix.touchpoints).toEqual([
      { name: 'Goed', sat: 450, impact: 80, volume: 100 },
      { name: 'Slecht', sat: null, impact: null, volume: null },
      { name: 'Kapot%E2%82', sat: 100, impact: 10, volume: 1 },
    ]);
    expect(d.dropped).toEqual([
      { kind: 'part', text: 'zoom=2' },
      { kind: 'setting', key: 'measure', text: 'zzz' },
      { kind: 'setting', key: 'goal', text: 'winst' },
      { kind: 'setting', key: 'divX', text: '9' },
      { kind: 'cells', row: 2, name: 'Slecht', columns: ['sat', 'impact', 'volume'] },
      { kind: 'cells', row: 3, name: 'Kapot%E2%82', columns: ['name'] },
    ]);
    expect(d.newer).toBeNull();
  });

  it('says when a link comes from a later version, and reads what it knows', () => {
    const d = decodeLink('#im2;p=Schade_melden,3.1,9,4000,rood;kleur=blauw;e');
    expect(d).toEqual({
      present: true,
      matrix: { ...emptyMatrix(), touchpoints: [{ name: 'Schade melden', sat: 310, impact: 90, volume: 4000 }] },
      dropped: [{ kind: 'part', text: 'kleur=blauw' }],
      newer: 2,
    });
  });

  it('keeps the first 100 touchpoints and counts the rest', () => {
    const parts = Array.from({ length: 103 }, (_, i) => `p=T${i},3,5,10`);
    const d = decodeLink(`im1;${parts.join(';')};e`);
    if (!d.present) throw new Error('not read');
    expect(d.matrix.touchpoints).toHaveLength(100);
    expect(d.dropped).toEqual([{ kind: 'over', count: 3 }]);
  });

  it('unescapes what escText writes, and keeps broken escapes as text', () => {
    expect(unescText(escText('a_b c%', 50))).toEqual({ text: 'a_b c%', ok: true });
    expect(unescText('50%_korting')).toEqual({ text: '50% korting', ok: false });
  });

  it('never throws on any text, and what it reads is a valid matrix', () => {
    fc.assert(
      fc.property(anyText(300), fc.constantFrom('', '#', 'im1;', '#im1;', 'im2;', 'im1'), (s, prefix) => {
        const d = decodeLink(prefix + s);
        if (d.present) expectValidMatrix(d.matrix);
      }),
      RUNS,
    );
  });

  it('never throws on damaged real links (cut, with a character changed)', () => {
    fc.assert(
      fc.property(matrix({ maxTouchpoints: 8 }), fc.nat(), fc.nat(), fc.string({ maxLength: 3, unit: 'binary' }), (m, cut, at, insert) => {
        const link = encodeLink(m) || 'im1;e';
        const i = at % (link.length + 1);
        const damaged = (link.slice(0, i) + insert + link.slice(i + 1)).slice(0, Math.max(3, cut % (link.length + 2)));
        const d = decodeLink(damaged);
        if (d.present) expectValidMatrix(d.matrix);
      }),
      RUNS,
    );
  });

  it('encode → decode is the identity for every valid matrix', () => {
    fc.assert(
      fc.property(matrix(), (m) => {
        const link = encodeLink(m);
        const d = decodeLink(`#${link}`);
        if (link === '') {
          expect(m).toEqual(emptyMatrix());
          expect(d.present).toBe(false);
          return;
        }
        expect(d).toEqual({ present: true, matrix: m, dropped: [], newer: null });
      }),
      RUNS,
    );
  });
});
