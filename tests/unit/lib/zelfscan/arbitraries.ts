/** fast-check generators shared by the zelfscan tests: the real model's shape and any answers for it. */
import fc from 'fast-check';
import type { Answer, Answers, ModelShape } from '../../../../src/lib/zelfscan/types';

/** The shape of content/assessment/model.yaml: 3 context questions, 6 × 4 items. */
export const SHAPE: ModelShape = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };

export const answerArb = fc.constantFrom<Answer>(null, 0, 1, 2, 3, 4, 5);

/** Any valid answers for `SHAPE`. */
export const answersArb: fc.Arbitrary<Answers> = fc.record({
  context: fc.tuple(
    fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  ),
  items: fc.array(answerArb, { minLength: 24, maxLength: 24 }),
});
