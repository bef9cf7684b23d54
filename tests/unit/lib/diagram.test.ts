import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelLines, ringPositions, stairs, wavePath } from '../../../src/lib/diagram';

describe('labelLines', () => {
  it.each([
    ['Data', ['Data']],
    ['Pilot-|project', ['Pilot-', 'project']],
    [' a | | b ', ['a', 'b']],
    ['', []],
  ])('%j → %j', (label, lines) => expect(labelLines(label)).toEqual(lines));
});

describe('ringPositions', () => {
  it('starts at the top and goes clockwise', () => {
    const [top, right] = ringPositions(4, 150, 150, 100);
    expect(top).toEqual({ x: 150, y: 50 });
    expect(right).toEqual({ x: 250, y: 150 });
  });
  it('keeps every point on the circle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 10, max: 200 }), (n, r) => {
        for (const p of ringPositions(n, 150, 150, r)) expect(Math.hypot(p.x - 150, p.y - 150)).toBeCloseTo(r, 0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('stairs', () => {
  it('puts step 1 at the bottom, full width, and indents each step above', () => {
    const boxes = stairs(3, 300, 40, 6, 16);
    expect(boxes).toEqual([
      { x: 0, y: 92, w: 300, h: 40 },
      { x: 16, y: 46, w: 284, h: 40 },
      { x: 32, y: 0, w: 268, h: 40 },
    ]);
  });
  it('ends every step at the right edge and never overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (n) => {
        const boxes = stairs(n, 300, 40, 6, 16);
        for (const b of boxes) expect(b.x + b.w).toBe(300);
        for (let i = 1; i < n; i++) expect(boxes[i]!.y + 40).toBeLessThanOrEqual(boxes[i - 1]!.y);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('wavePath', () => {
  it('draws a curve through the points', () => {
    expect(wavePath([{ x: 10, y: 0 }, { x: 20, y: 10 }])).toBe('M10 0 C10 5 20 5 20 10');
    expect(wavePath([])).toBe('');
  });
});
