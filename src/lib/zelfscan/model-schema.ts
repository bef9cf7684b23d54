/**
 * Schema of the zelfscan model in `content/assessment/`. Placeholder until the zelfscan
 * issue defines it; kept in src/lib so the pure scoring code can share its types.
 */
import { z } from 'astro/zod';

export const assessmentSchema = z.object({
  /** Model version; share links carry it. */
  version: z.number().int().positive(),
  /** Name of the model. */
  title: z.string().min(1),
});

export type AssessmentModel = z.infer<typeof assessmentSchema>;
