/**
 * The example: an INVENTED insurer with eight touchpoints (the page says it is invented). The
 * figures are ours, chosen so that each quadrant holds two touchpoints at the median lines:
 * satisfaction CSAT 1–5, impact on churn 0–10, contacts per month. The names are UI text and
 * come from the dictionary, in this order.
 */
import { emptyMatrix, type Matrix } from './fields';

/** [satisfaction × 100, impact × 10, volume] per touchpoint, in the order of the names. */
const ROWS: readonly (readonly [number, number, number])[] = [
  [400, 65, 6000], // offerte aanvragen
  [430, 75, 2500], // polis afsluiten
  [310, 90, 4000], // schade melden
  [280, 55, 4200], // status van je schade opvragen
  [300, 35, 7000], // premienota
  [390, 20, 1500], // adres wijzigen
  [260, 80, 1200], // opzeggen
  [360, 45, 3000], // vraag over je dekking
];

/** How many names the example needs. */
export const EXAMPLE_SIZE = ROWS.length;

/** The example matrix with the given title and touchpoint names. */
export function exampleMatrix(title: string, names: readonly string[]): Matrix {
  return {
    ...emptyMatrix(),
    title,
    touchpoints: ROWS.map(([sat, impact, volume], i) => ({ name: names[i] ?? '', sat, impact, volume })),
  };
}
