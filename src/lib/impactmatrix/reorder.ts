/** Renaming, moving and removing rows, as pure functions (see edit.ts for adding rows). */
import { MAX_NAME, cleanText, type Matrix } from './fields';

/** Renames a touchpoint (control characters become spaces, cut at the maximum). */
export function setName(m: Matrix, i: number, name: string): Matrix {
  const clean = cleanText(name, MAX_NAME);
  return { ...m, touchpoints: m.touchpoints.map((t, j) => (j === i ? { ...t, name: clean } : t)) };
}

/** Moves item i of a list by delta places (clamped to the ends). */
export function moved<X>(list: readonly X[], i: number, delta: number): X[] {
  const out = [...list];
  const j = Math.min(out.length - 1, Math.max(0, i + delta));
  if (i < 0 || i >= out.length || i === j) return out;
  const [item] = out.splice(i, 1);
  out.splice(j, 0, item as X);
  return out;
}

/** A list without item i. */
export const without = <X>(list: readonly X[], i: number): X[] => list.filter((_, j) => j !== i);

