import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyMatrix, type Matrix, type Touchpoint } from '../../../../src/lib/impactmatrix/fields';
import { dividers, pointsOf, rank } from '../../../../src/lib/impactmatrix/model';
import { layout, shorten, textWidth, type Layout } from '../../../../src/lib/impactmatrix/chart';
import { exampleMatrix } from '../../../../src/lib/impactmatrix/example';
import { matrix } from './arbitraries';

// 10,000-run properties take a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const Q = { fix: 'Eerst verbeteren', grow: 'Meer mensen laten meemaken', cost: 'Kosten verlagen', prevent: 'Voorkomen' };

function draw(m: Matrix, w = 800, h = 520, font = 14): Layout {
  const points = pointsOf(m);
  const d = dividers(m, points);
  const { ranked, volumeIgnored } = rank(m, points, d);
  return layout({ m, ranked, dividers: d, volumeIgnored, names: new Map(points.map((p) => [p.row, p.name])), quadrantNames: Q, w, h, font });
}

/** Label boxes as the layout measured them. */
function boxes(l: Layout) {
  const lh = l.font * 1.2;
  return l.labels.map((b) => {
    const w = textWidth(b.text, l.font);
    const x = b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - w : b.x - w / 2;
    return { x, y: b.y - l.font * 0.35 - lh / 2, w, h: lh };
  });
}

function expectClean(l: Layout) {
  const bs = boxes(l);
  for (let i = 0; i < bs.length; i++) {
    const a = bs[i]!;
    expect(a.x >= l.plot.x - 0.01 && a.x + a.w <= l.plot.x + l.plot.w + 0.01).toBe(true);
    for (let j = i + 1; j < bs.length; j++) {
      const b = bs[j]!;
      const overlap = a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;
      expect(overlap, `labels "${l.labels[i]!.text}" and "${l.labels[j]!.text}" overlap`).toBe(false);
    }
  }
  for (const b of l.bubbles) {
    expect(Number.isFinite(b.cx) && Number.isFinite(b.cy) && b.r > 0).toBe(true);
    expect(b.cx - b.r >= l.plot.x - 0.01 && b.cx + b.r <= l.plot.x + l.plot.w + 0.01).toBe(true);
    expect(b.cy - b.r >= l.plot.y - 0.01 && b.cy + b.r <= l.plot.y + l.plot.h + 0.01).toBe(true);
  }
}

const tp = (name: string, sat: number, impact: number, volume: number): Touchpoint => ({ name, sat, impact, volume });

describe('layout', () => {
  const example = exampleMatrix('Voorbeeld', ['Offerte aanvragen', 'Polis afsluiten', 'Schade melden', 'Status van je schade opvragen', 'Premienota (rekening)', 'Adres wijzigen', 'Opzeggen', 'Vraag over je dekking']);

  it('names every touchpoint of the example without a legend and shows all four quadrant names', () => {
    const l = draw(example);
    expectClean(l);
    expect(l.labels).toHaveLength(8);
    expect(l.legend).toBe(false);
    expect(l.quadrantLabels.map((q) => q.quadrant).sort()).toEqual(['cost', 'fix', 'grow', 'prevent']);
  });

  it('makes bubble area proportional to volume', () => {
    const l = draw({ ...emptyMatrix(), touchpoints: [tp('a', 300, 50, 400), tp('b', 400, 60, 100)] });
    const [big, small] = l.bubbles;
    expect((big!.r / small!.r) ** 2).toBeCloseTo(4, 5);
  });

  it('turns the CES axis so better (less effort) is to the right', () => {
    const l = draw({ ...emptyMatrix(), measure: 'ces', touchpoints: [tp('makkelijk', 150, 50, 10), tp('moeilijk', 600, 50, 10)] });
    const x = (row: number) => l.bubbles.find((b) => b.row === row)!.cx;
    expect(x(1)).toBeGreaterThan(x(2));
    const ticks = l.xTicks.map((t) => t.value);
    expect(ticks[0]).toBeGreaterThan(ticks[ticks.length - 1]!);
  });

  it('draws identical values, one touchpoint and all-zero volume', () => {
    const same = Array.from({ length: 12 }, (_, i) => tp(`T${i}`, 350, 50, 100));
    const l = draw({ ...emptyMatrix(), touchpoints: same });
    expectClean(l);
    expect(new Set(l.bubbles.map((b) => b.r)).size).toBe(1);
    expectClean(draw({ ...emptyMatrix(), touchpoints: [tp('alleen', 500, 100, 5)] }));
    const zero = draw({ ...emptyMatrix(), touchpoints: [tp('a', 200, 10, 0), tp('b', 400, 90, 0)] });
    expect(zero.bubbles[0]!.r).toBe(zero.bubbles[1]!.r);
  });

  it('keeps 100 touchpoints on a phone-sized chart clean, numbers where names do not fit', () => {
    const many = Array.from({ length: 100 }, (_, i) => tp(`Contactmoment met een lange naam ${i + 1}`, 100 + ((i * 37) % 400), (i * 53) % 101, (i * 7919) % 50000));
    const l = draw({ ...emptyMatrix(), touchpoints: many }, 330, 300, 13);
    expectClean(l);
    expect(l.legend).toBe(true);
    expect(l.bubbles).toHaveLength(100);
  });

  it('shortens long names by whole characters', () => {
    expect(shorten('x'.repeat(200), 28)).toHaveLength(28);
    expect(shorten('😀'.repeat(40), 5)).toBe('😀😀😀😀…');
    expect(shorten('kort', 28)).toBe('kort');
  });

  it('never lets labels overlap or bubbles leave the plot, for any matrix and size', () => {
    fc.assert(
      fc.property(matrix({ maxTouchpoints: 40 }), fc.integer({ min: 280, max: 2000 }), fc.integer({ min: 240, max: 1200 }), (m, w, h) => {
        expectClean(draw(m, w, h, 14));
      }),
      { numRuns: 1000 },
    );
  });
});
