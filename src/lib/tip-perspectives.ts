/** The three perspectives of the 3×7 tips, in reading order (labels: `tips.perspective.<id>`). */
export const TIP_PERSPECTIVES = ['levend-krijgen', 'levend-houden', 'management'] as const;

/** One tip perspective id. */
export type TipPerspective = (typeof TIP_PERSPECTIVES)[number];
