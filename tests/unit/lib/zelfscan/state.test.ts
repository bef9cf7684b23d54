/** The island's state: one reducer for the current scan (answers, targets, notes), its screen and what shows instead. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeShare } from '../../../../src/lib/zelfscan/share';
import { initialState, reduce, sameAnswers, showsResult, viewing, type ScanAction, type ScanState } from '../../../../src/lib/zelfscan/state';
import { emptyAnswers, emptyNotes, emptyTargets, type Answer, type Answers, type LinkedScan, type Scan } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answerArb, answersArb } from './arbitraries';

const RESULT = 7;
const RUNS = { numRuns: 10_000 };
const run = (actions: ScanAction[], from: ScanState = initialState(SHAPE)) => actions.reduce((s, a) => reduce(SHAPE, s, a), from);
const filled = (level: Answer, context: (number | null)[] = [null, null, null]): Answers => ({ context, items: Array(24).fill(level) });
const scanOf = (answers: Answers): Scan => ({ answers, targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) });
const linked = (answers: Answers): LinkedScan => ({ ...scanOf(answers), date: null, name: '' });
const restore = (answers: Answers, step: number): ScanAction => ({ type: 'restore', scan: scanOf(answers), step, entry: null });
const link = (answers: Answers): ScanAction => ({ type: 'link', scan: linked(answers), earlier: null });

const actionArb: fc.Arbitrary<ScanAction> = fc.oneof(
  fc.tuple(answersArb, fc.integer({ min: -3, max: 12 })).map(([a, step]) => restore(a, step)),
  answersArb.map(link),
  fc.constant({ type: 'unlink' as const }),
  fc.record({ type: fc.constant('note' as const), item: fc.integer({ min: -2, max: 26 }), text: fc.string({ maxLength: 30 }) }),
  fc.record({ type: fc.constant('target' as const), dimension: fc.integer({ min: -1, max: 7 }), level: fc.option(fc.integer({ min: -1, max: 7 }), { nil: null }) }),
  fc.record({ type: fc.constant('entry' as const), id: fc.option(fc.constantFrom('a1', 'b2'), { nil: null }) }),
  fc.constantFrom<ScanAction>({ type: 'open', view: null }, { type: 'open', view: { kind: 'entry', id: 'a1' } }),
  fc.record({ type: fc.constant('answer' as const), item: fc.integer({ min: -2, max: 26 }), answer: answerArb }),
  fc.record({ type: fc.constant('context' as const), question: fc.integer({ min: -1, max: 4 }), option: fc.option(fc.integer({ min: -1, max: 9 }), { nil: null }) }),
  fc.record({ type: fc.constant('go' as const), step: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()) }),
  fc.constant({ type: 'reset' as const }),
);

describe('scan state', () => {
  it('starts empty on the start screen', () => {
    expect(initialState(SHAPE)).toEqual({
      answers: emptyAnswers(SHAPE),
      targets: emptyTargets(SHAPE),
      notes: emptyNotes(SHAPE),
      step: 0,
      entry: null,
      view: null,
      revision: 0,
    });
  });

  it('shows someone else’s link beside the own answers, which stay untouched', () => {
    const own = filled(2);
    const s = run([restore(own, 3), link(filled(5))]);
    expect(s.answers).toBe(own);
    expect(s.step).toBe(3);
    expect(viewing(s)).toEqual(filled(5));
    expect(showsResult(SHAPE, s)).toBe(true);
    const back = reduce(SHAPE, s, { type: 'unlink' });
    expect(viewing(back)).toBe(own);
    expect(showsResult(SHAPE, back)).toBe(false);
  });

  it('opens the own result for a link with the own answers (a reload, a bookmark)', () => {
    const s = run([restore(filled(2, [1, null, 0]), 2), link(filled(2, [1, null, 0]))]);
    expect(s.view).toBeNull();
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
    ['a restore', [restore(filled(3), 4)], { step: 4, revision: 0 }],
    ['a note', [{ type: 'note', item: 3, text: 'Anna' }], { revision: 1 }],
    ['a note on an item that does not exist', [{ type: 'note', item: 24, text: 'Anna' }], { revision: 0 }],
    ['a target', [{ type: 'target', dimension: 5, level: 4 }], { targets: [null, null, null, null, null, 4], revision: 1 }],
    ['a target that is no level', [{ type: 'target', dimension: 0, level: 6 }], { revision: 0 }],
    ['a target for a dimension that does not exist', [{ type: 'target', dimension: 6, level: 3 }], { revision: 0 }],
    ['the history entry', [{ type: 'entry', id: 'abc' }], { entry: 'abc', revision: 1 }],
    ['opening an earlier scan', [{ type: 'open', view: { kind: 'entry', id: 'abc' } }], { view: { kind: 'entry', id: 'abc' }, revision: 0 }],
    ['starting over', [{ type: 'answer', item: 0, answer: 4 }, { type: 'reset' }], { answers: emptyAnswers(SHAPE), step: 0, revision: 1 }],
    [
      'starting over from earlier answers (saved, on the first questions, not yet in the history)',
      [{ type: 'entry', id: 'abc' }, { type: 'reset', from: { ...scanOf(filled(3)), targets: [4, 4, 4, 4, 4, 4] } }],
      { answers: filled(3), targets: [4, 4, 4, 4, 4, 4], step: 1, entry: null, revision: 2 },
    ],
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
        expect(s.targets).toHaveLength(6);
        for (const x of s.targets) expect([null, 1, 2, 3, 4, 5]).toContain(x);
        expect(s.notes).toHaveLength(24);
      }),
      RUNS,
    );
  });

  it('never changes the own answers while showing a link, except by the visitor', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (own, theirs) => {
        const s = run([restore(own, 1), link(theirs)]);
        expect(s.answers).toBe(own);
        expect(s.revision).toBe(0);
      }),
      RUNS,
    );
  });
});

describe('links with more than one result', () => {
  it('a comparison link opens the comparison beside the current scan, which stays untouched', () => {
    const own = filled(2);
    const s = run([restore(own, 7), { type: 'link', scan: linked(filled(4)), earlier: linked(filled(3)) }]);
    expect(s.answers).toBe(own);
    expect(s.view).toEqual({ kind: 'compare', from: { kind: 'scan', scan: linked(filled(3)) }, to: { kind: 'scan', scan: linked(filled(4)) }, shared: true });
    expect(showsResult(SHAPE, s)).toBe(true);
    expect(reduce(SHAPE, s, { type: 'unlink' }).view).toBeNull();
  });

  it('a link with targets keeps them with the shared result', () => {
    const scan = { ...linked(filled(5)), targets: [5, 5, null, null, null, null] };
    const s = run([{ type: 'link', scan, earlier: null }]);
    expect(s.view).toEqual({ kind: 'shared', scan });
    expect(s.targets).toEqual(emptyTargets(SHAPE));
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
