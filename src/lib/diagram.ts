/**
 * Geometry for the small SVG diagrams in the guides (src/components/Diagram*.astro).
 * Pure and rounded to one decimal, so the built SVG is stable and easy to read.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  w: number;
  h: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A label's lines: "Pilot|project" → ["Pilot", "project"]. Empty parts are dropped. */
export function labelLines(label: string): string[] {
  return label
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `n` points evenly on a circle around (cx, cy), the first at `startDeg` (−90 = top), clockwise.
 */
export function ringPositions(n: number, cx: number, cy: number, r: number, startDeg = -90): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ((startDeg + (360 / n) * i) * Math.PI) / 180;
    return { x: r1(cx + r * Math.cos(a)), y: r1(cy + r * Math.sin(a)) };
  });
}

/**
 * A staircase of `n` bars that all end at the right edge: step 1 at the bottom is the widest,
 * every step above starts `indent` further right. Returned in step order (1 first).
 */
export function stairs(n: number, width: number, rowHeight: number, gap: number, indent: number, top = 0): Box[] {
  return Array.from({ length: n }, (_, i) => {
    const x = indent * i;
    return { x, y: top + (n - 1 - i) * (rowHeight + gap), w: width - x, h: rowHeight };
  });
}

/** A smooth vertical path through the points (top to bottom), as SVG path data. */
export function wavePath(points: Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${r1(first!.x)} ${r1(first!.y)}`;
  let prev = first!;
  for (const p of rest) {
    const my = r1((prev.y + p.y) / 2);
    d += ` C${r1(prev.x)} ${my} ${r1(p.x)} ${my} ${r1(p.x)} ${r1(p.y)}`;
    prev = p;
  }
  return d;
}
