/**
 * Link format 2 (targets, notes, date, name, and a comparison's earlier result) beside format 1:
 * every v1 link recorded before format 2 existed decodes exactly as it did (fixtures), format 2
 * round-trips anything a visitor can enter, and any input decodes or fails by name.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixtures from './fixtures/v1-links.json';
import { decodeShare, encodeLink, encodeShare, LINK_FORMAT, sameScan, scanCode } from '../../../../src/lib/zelfscan/share';
import { emptyNotes, emptyTargets, NAME_MAX, NOTE_MAX, type LinkedScan, type Scan } from '../../../../src/lib/zelfscan/types';
import { SHAPE, answersArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };
const ERRORS = ['empty', 'format', 'version', 'length', 'chars', 'newer'];
const A = { context: [2, null, 1], items: [1, 2, 3, 4, 5, 0, null, ...Array(17).fill(3)] };
const scan = (over: Partial<LinkedScan> = {}): LinkedScan => ({ answers: A, targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE), date: null, name: '', ...over });
const notesWith = (pairs: Record<number, string>) => emptyNotes(SHAPE).map((n, i) => pairs[i] ?? n);

/** Any target list, note (any text, the characters that split links included), date and name. */
const targetsArb = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 6, maxLength: 6 });
const textArb = (max: number) => fc.oneof(fc.string({ maxLength: max }), fc.string({ unit: fc.constantFrom(...[...'.~%#!*()\'é😀 a\n<>']), maxLength: max }));
const notesArb = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: textArb(40) }), { minLength: 24, maxLength: 24 });
const dateArb = fc.option(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
const linkedArb: fc.Arbitrary<LinkedScan> = fc.record({ answers: answersArb, targets: targetsArb, notes: notesArb, date: dateArb, name: textArb(NAME_MAX).filter((s) => s.length <= NAME_MAX) });

describe('v1 links (fixtures recorded with the format-1 decoder)', () => {
  it.each(fixtures.fixtures.map((f) => [f.input, f.result] as const))('%j decodes as before', (input, before) => {
    const r = decodeShare(SHAPE, input);
    if (!before.ok) {
      expect(r).toEqual(before);
      return;
    }
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answers).toEqual((before as { answers: unknown }).answers);
    // Nothing else in a v1 link: no targets, notes, date, name or earlier result.
    expect([r.targets, r.notes, r.date, r.name, r.earlier]).toEqual([emptyTargets(SHAPE), emptyNotes(SHAPE), null, '', null]);
  });

  it('and the page still writes them for a result with answers only', () => {
    for (const f of fixtures.fixtures) {
      if (!f.result.ok) continue;
      const answers = (f.result as { answers: Scan['answers'] }).answers;
      expect(encodeLink(SHAPE, { answers, targets: emptyTargets(SHAPE), notes: emptyNotes(SHAPE) })).toBe(encodeShare(SHAPE, answers));
    }
  });
});

describe('format 2', () => {
  it.each<[string, LinkedScan, Parameters<typeof encodeLink>[2], string]>([
    ['targets', scan({ targets: [3, null, 4, null, null, 5] }), {}, 'v1.302.123450-33333333333333333.2.t3-4--5'],
    ['notes left out by default', scan({ notes: notesWith({ 0: 'Anna' }) }), {}, 'v1.302.123450-33333333333333333'],
    ['notes when chosen, escaped, trailing empty ones left off', scan({ notes: notesWith({ 1: 'a.b ~ c!', 3: '(ja)' }) }), { notes: true }, 'v1.302.123450-33333333333333333.2.n~a%2Eb%20%7E%20c%21~~%28ja%29'],
    ['date and name', scan({ date: '2026-12-03', name: 'na pilot' }), {}, 'v1.302.123450-33333333333333333.2.d20261203.lna%20pilot'],
    [
      'a comparison: the earlier result after c, its parts in capitals',
      scan({ name: 'nu' }),
      { earlier: scan({ answers: { context: [null, null, null], items: Array(24).fill(2) }, targets: [4, 4, 4, 4, 4, 4], date: '2026-03-01' }) },
      `v1.302.123450-33333333333333333.2.lnu.c000${'2'.repeat(24)}.T444444.D20260301`,
    ],
  ])('%s', (_name, s, opts, expected) => {
    const code = encodeLink(SHAPE, s, opts);
    expect(code).toBe(expected);
    const r = decodeShare(SHAPE, `#${code}`);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['a newer link format', `v1.302.123450-33333333333333333.${LINK_FORMAT + 1}.t3-4--5`, { ok: false, error: 'newer', format: LINK_FORMAT + 1 }],
    ['format 1 named', 'v1.302.123450-33333333333333333.1.t3-4--5', { ok: false, error: 'format' }],
    ['format 2 without parts', 'v1.302.123450-33333333333333333.2', { ok: false, error: 'format' }],
    ['an unknown part', 'v1.302.123450-33333333333333333.2.x12', { ok: false, error: 'format' }],
    ['a part twice', 'v1.302.123450-33333333333333333.2.t3-4--5.t3-4--5', { ok: false, error: 'format' }],
    ['an earlier part without earlier result', 'v1.302.123450-33333333333333333.2.T3-4--5', { ok: false, error: 'format' }],
    ['targets of the wrong length', 'v1.302.123450-33333333333333333.2.t3-4', { ok: false, error: 'length' }],
    ['a target that is no level', 'v1.302.123450-33333333333333333.2.t3-4--6', { ok: false, error: 'chars' }],
    ['a broken escape in a note', 'v1.302.123450-33333333333333333.2.n%E0%A4%A', { ok: false, error: 'chars' }],
    ['more notes than items', `v1.302.123450-33333333333333333.2.n${'~'.repeat(24)}`, { ok: false, error: 'length' }],
    ['a note that is too long', `v1.302.123450-33333333333333333.2.n${'a'.repeat(NOTE_MAX + 1)}`, { ok: false, error: 'length' }],
    ['a date that does not exist', 'v1.302.123450-33333333333333333.2.d20260231', { ok: false, error: 'chars' }],
    ['a name that is too long', `v1.302.123450-33333333333333333.2.l${'a'.repeat(NAME_MAX + 1)}`, { ok: false, error: 'length' }],
    ['an earlier result of the wrong length', 'v1.302.123450-33333333333333333.2.c000333', { ok: false, error: 'length' }],
    ['damaged answers before the parts', 'v1.302.12345.2.t3-4--5', { ok: false, error: 'length' }],
  ])('refuses %s', (_name, input, expected) => {
    expect(decodeShare(SHAPE, input)).toEqual(expected);
  });

  it('renders nothing: a note with markup comes back as the same text', () => {
    const note = '<img src=x onerror=alert(1)>😀 "quote" & ampersand';
    const r = decodeShare(SHAPE, encodeLink(SHAPE, scan({ notes: notesWith({ 7: note }) }), { notes: true }));
    expect(r.ok && r.notes[7]).toBe(note);
  });

  it('never throws on text with a lone surrogate half (it becomes U+FFFD)', () => {
    const r = decodeShare(SHAPE, encodeLink(SHAPE, scan({ notes: notesWith({ 2: 'a\ud83db' }), name: '\udc00' }), { notes: true }));
    expect(r.ok && [r.notes[2], r.name]).toEqual(['a\ufffdb', '\ufffd']);
  });

  it('a note of 2,000 characters fits; the link says how long it is', () => {
    const code = encodeLink(SHAPE, scan({ notes: notesWith({ 0: 'é'.repeat(NOTE_MAX) }) }), { notes: true });
    expect(code.length).toBeGreaterThan(2000);
    const r = decodeShare(SHAPE, code);
    expect(r.ok && r.notes[0]).toHaveLength(NOTE_MAX);
  });

  it('round-trips any result, and any comparison, with notes', () => {
    fc.assert(
      fc.property(linkedArb, fc.option(linkedArb, { nil: null }), (now, earlier) => {
        const r = decodeShare(SHAPE, `#${encodeLink(SHAPE, now, { notes: true, earlier })}`);
        expect(r).toEqual({ ok: true, ...now, earlier });
      }),
      RUNS,
    );
  });

  it('stores what it is given without date or name (scanCode)', () => {
    fc.assert(
      fc.property(linkedArb, (s) => {
        const r = decodeShare(SHAPE, scanCode(SHAPE, s));
        expect(r).toEqual({ ok: true, answers: s.answers, targets: s.targets, notes: s.notes, date: null, name: '', earlier: null });
      }),
      RUNS,
    );
  });

  it('fuzz: any tagged parts after a valid head decode to a valid result or fail by name, never throw', () => {
    const part = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.constantFrom(...'tndlcTNDLx'.split('')), fc.string({ unit: fc.constantFrom(...'0123456-%~E2aé.'.split('')), maxLength: 30 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), fc.constantFrom('2', '3', '1', 'x'), (parts, format) => {
        const r = decodeShare(SHAPE, `v1.302.123450-33333333333333333.${format}.${parts.join('.')}`);
        if (!r.ok) expect(ERRORS).toContain(r.error);
        else {
          expect(r.targets).toHaveLength(6);
          expect(r.notes).toHaveLength(24);
          for (const x of r.targets) expect([null, 1, 2, 3, 4, 5]).toContain(x);
          expect(r.name.length).toBeLessThanOrEqual(NAME_MAX);
        }
      }),
      RUNS,
    );
  });
});

describe('sameScan', () => {
  const scan = (level: number): Scan => ({
    answers: { context: [null, null, null], items: Array(24).fill(level) },
    targets: emptyTargets(SHAPE),
    notes: emptyNotes(SHAPE),
  });
  it('tells scans apart by answers, targets and notes, as they are stored', () => {
    const a = scan(3);
    expect(sameScan(SHAPE, a, structuredClone(a))).toBe(true);
    expect(sameScan(SHAPE, a, scan(4))).toBe(false);
    expect(sameScan(SHAPE, a, { ...a, targets: [4, ...a.targets.slice(1)] })).toBe(false);
    expect(sameScan(SHAPE, a, { ...a, notes: ['bron: klantpanel', ...a.notes.slice(1)] })).toBe(false);
    // A note longer than a stored note can be is the same scan as the one read back.
    const long = { ...a, notes: ['x'.repeat(NOTE_MAX + 50), ...a.notes.slice(1)] };
    const stored = decodeShare(SHAPE, scanCode(SHAPE, long));
    expect(stored.ok && stored.notes[0]!.length).toBe(NOTE_MAX);
    expect(stored.ok && sameScan(SHAPE, long, stored)).toBe(true);
  });
});
