import { describe, expect, it } from 'vitest';
import { radarGeometry, polar } from '../../../../src/lib/zelfscan/radar';

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
