/** The island's state: one reducer for answers, screen and a shared result. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeShare } from '../../../../src/lib/zelfscan/share';
import { initialState, reduce, sameAnswers, showsResult, viewing, type ScanAction, type ScanState } from '../../../../src/lib/zelfscan/state';
import { emptyAnswers, type Answer, type Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answerArb, answersArb } from './arbitraries';

const RESULT = 7;
const RUNS = { numRuns: 10_000 };
const run = (actions: ScanAction[], from: ScanState = initialState(SHAPE)) => actions.reduce((s, a) => reduce(SHAPE, s, a), from);
const filled = (level: Answer, context: (number | null)[] = [null, null, null]): Answers => ({ context, items: Array(24).fill(level) });

const actionArb: fc.Arbitrary<ScanAction> = fc.oneof(
  fc.record({ type: fc.constant('restore' as const), answers: answersArb, step: fc.integer({ min: -3, max: 12 }) }),
  fc.record({ type: fc.constant('link' as const), answers: answersArb }),
  fc.constant({ type: 'unlink' as const }),
  fc.record({ type: fc.constant('answer' as const), item: fc.integer({ min: -2, max: 26 }), answer: answerArb }),
  fc.record({ type: fc.constant('context' as const), question: fc.integer({ min: -1, max: 4 }), option: fc.option(fc.integer({ min: -1, max: 9 }), { nil: null }) }),
  fc.record({ type: fc.constant('go' as const), step: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()) }),
  fc.constant({ type: 'reset' as const }),
);

describe('scan state', () => {
  it('starts empty on the start screen', () => {
    expect(initialState(SHAPE)).toEqual({ answers: emptyAnswers(SHAPE), step: 0, shared: null, revision: 0 });
  });

  it('shows someone else’s link beside the own answers, which stay untouched', () => {
    const own = filled(2);
    const s = run([{ type: 'restore', answers: own, step: 3 }, { type: 'link', answers: filled(5) }]);
    expect(s.answers).toBe(own);
    expect(s.step).toBe(3);
    expect(viewing(s)).toEqual(filled(5));
    expect(showsResult(SHAPE, s)).toBe(true);
    const back = reduce(SHAPE, s, { type: 'unlink' });
    expect(viewing(back)).toBe(own);
    expect(showsResult(SHAPE, back)).toBe(false);
  });

  it('opens the own result for a link with the own answers (a reload, a bookmark)', () => {
    const s = run([{ type: 'restore', answers: filled(2, [1, null, 0]), step: 2 }, { type: 'link', answers: filled(2, [1, null, 0]) }]);
    expect(s.shared).toBeNull();
    expect(s.step).toBe(RESULT);
    expect(showsResult(SHAPE, s)).toBe(true);
  });

  it.each<[string, ScanAction[], Partial<ScanState>]>([
    ['an answer', [{ type: 'answer', item: 5, answer: 0 }], { revision: 1 }],
    ['a context answer', [{ type: 'context', question: 2, option: 1 }], { revision: 1 }],
    ['a step', [{ type: 'go', step: 3 }], { step: 3, revision: 1 }],
    ['a step past the result', [{ type: 'go', step: 99 }], { step: RESULT, revision: 1 }],
    ['an item that does not exist', [{ type: 'answer', item: 24, answer: 3 }], { revision: 0 }],
    ['an option that does not exist', [{ type: 'context', question: 2, option: 3 }], { revision: 0 }],
    ['a question that does not exist', [{ type: 'context', question: 3, option: 0 }], { revision: 0 }],
    ['a restore', [{ type: 'restore', answers: filled(3), step: 4 }], { step: 4, revision: 0 }],
    ['starting over', [{ type: 'answer', item: 0, answer: 4 }, { type: 'reset' }], { answers: emptyAnswers(SHAPE), step: 0, revision: 1 }],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  it('keeps the state valid for any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 20 }), (actions) => {
        const s = run(actions);
        expect(s.answers.items).toHaveLength(24);
        expect(s.answers.context).toHaveLength(3);
        s.answers.context.forEach((c, i) => c === null || expect(c).toBeLessThan(SHAPE.contextSizes[i]!));
        expect(Number.isInteger(s.step) && s.step >= 0 && s.step <= RESULT).toBe(true);
        expect(s.revision).toBeLessThanOrEqual(actions.length);
      }),
      RUNS,
    );
  });

  it('never changes the own answers while showing a link, except by the visitor', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (own, theirs) => {
        const s = run([{ type: 'restore', answers: own, step: 1 }, { type: 'link', answers: theirs }]);
        expect(s.answers).toBe(own);
        expect(s.revision).toBe(0);
      }),
      RUNS,
    );
  });
});

describe('sameAnswers', () => {
  it('is what comparing share codes used to be, without encoding', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        expect(sameAnswers(a, b)).toBe(encodeShare(SHAPE, a) === encodeShare(SHAPE, b));
        expect(sameAnswers(a, structuredClone(a))).toBe(true);
      }),
      RUNS,
    );
  });

  it('tells answers of another length apart', () => {
    expect(sameAnswers(filled(3), { ...filled(3), items: Array(23).fill(3) })).toBe(false);
  });
});
