import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareTeam, parseTeam, TEAM_MAX } from '../../../../src/lib/zelfscan/team';
import { encodeLink, encodeShare } from '../../../../src/lib/zelfscan/share';
import { emptyNotes, type Answer, type Answers, type ModelShape } from '../../../../src/lib/zelfscan/types';

const SHAPE: ModelShape = { version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] };
const RUNS = { numRuns: 10_000 };
const person = (items: string): Answers => ({
  context: [null, null, null],
  items: [...items.replace(/\s/g, '')].map((c) => (c === '-' ? null : c === 'x' ? 0 : (Number(c) as Answer))),
});
const url = (a: Answers) => `https://example.nl/zelfscan/#${encodeShare(SHAPE, a)}`;

const anna = person('1111 2222 3333 4444 5555 3333');
const bas = person('3333 2222 3333 4444 5555 3333');
const cem = person('5555 3333 3333 4444 5555 3x--');

describe('parseTeam', () => {
  it('reads links, bare codes and labels; lists every skipped line with a reason', () => {
    const text = [
      `Anna: ${url(anna)}`,
      '',
      `  ${url(bas)}  `,
      `Cem – ${encodeShare(SHAPE, cem)}`,
      'dit is geen link',
      'https://example.nl/klantwaarde/?w=1',
      `https://example.nl/zelfscan/#v9.000.${'3'.repeat(24)}`,
      'https://example.nl/zelfscan/#v1.000.333',
      `https://example.nl/zelfscan/#v1.000.${'-'.repeat(24)}`,
    ].join('\n');
    const r = parseTeam(SHAPE, text);
    expect(r.entries.map((e) => [e.line, e.label])).toEqual([
      [1, 'Anna'],
      [3, ''],
      [4, 'Cem'],
    ]);
    expect(r.entries[0]?.answers).toEqual(anna);
    expect(r.invalid.map((x) => [x.line, x.reason, x.version])).toEqual([
      [5, 'no-code', undefined],
      [6, 'no-code', undefined],
      [7, 'version', 9],
      [8, 'damaged', undefined],
      [9, 'no-answers', undefined],
    ]);
  });

  it('reads the targets a link carries (and none from a format-1 link); a newer link format is named', () => {
    const withTargets = encodeLink(SHAPE, { answers: bas, targets: [4, 3, null, null, 5, 5], notes: emptyNotes(SHAPE) });
    const r = parseTeam(SHAPE, [`Anna ${url(anna)}`, `Bas https://example.nl/zelfscan/#${withTargets}`, `#${encodeShare(SHAPE, cem)}.7.q1`].join('\n'));
    expect(r.entries.map((e) => e.targets)).toEqual([
      [null, null, null, null, null, null],
      [4, 3, null, null, 5, 5],
    ]);
    expect(r.invalid.map((x) => x.reason)).toEqual(['newer']);
  });

  it('takes at most 50 links and lists the rest', () => {
    const lines = Array.from({ length: TEAM_MAX + 3 }, () => url(anna)).join('\r\n');
    const r = parseTeam(SHAPE, lines);
    expect(r.entries).toHaveLength(TEAM_MAX);
    expect(r.invalid.map((x) => x.reason)).toEqual(['too-many', 'too-many', 'too-many']);
  });

  it('shortens long lines for display', () => {
    const r = parseTeam(SHAPE, 'x'.repeat(500));
    expect(r.invalid[0]?.text.length).toBeLessThanOrEqual(80);
  });

  it('handles non-strings', () => {
    expect(parseTeam(SHAPE, undefined)).toEqual({ entries: [], invalid: [] });
  });

  it('fuzz: random text never throws; every non-empty line is either an entry or listed', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(url(anna), url(bas), encodeShare(SHAPE, cem), '#v1.', 'v2.1.1', ''),
      fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 })).map(([a, b]) => `${a} #v1.${b}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const r = parseTeam(SHAPE, text);
        const nonEmpty = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
        expect(r.entries.length + r.invalid.length).toBe(nonEmpty);
        for (const e of r.entries) {
          expect(e.answers.items).toHaveLength(24);
          expect(e.label.length).toBeLessThanOrEqual(40);
        }
        for (const x of r.invalid) expect(['no-code', 'version', 'damaged', 'no-answers', 'too-many', 'newer']).toContain(x.reason);
      }),
      RUNS,
    );
  });
});

describe('compareTeam', () => {
  const r = compareTeam(SHAPE, [anna, bas, cem]);

  it('puts the targets the team set next to its spread: mean, lowest, highest and how many', () => {
    const t = compareTeam(SHAPE, [anna, bas, cem], [
      [4, null, null, null, null, null],
      [5, 3, null, null, null, null],
      [4, null, null, null, null, null],
    ]);
    expect(t.dimensions[0]?.targets).toEqual({ n: 3, min: 4, max: 5, meanTenths: 43, disagree: false });
    expect(t.dimensions[1]?.targets).toMatchObject({ n: 1, min: 3, max: 3 });
    expect(t.dimensions[2]?.targets).toMatchObject({ n: 0, meanTenths: null });
    // Without targets (links from before targets existed): none.
    expect(r.dimensions.every((d) => d.targets.n === 0)).toBe(true);
  });

  it('gives mean, min and max per dimension in tenths', () => {
    expect(r.dimensions[0]?.scores).toEqual([10, 30, 50]);
    expect(r.dimensions[0]?.spread).toEqual({ n: 3, min: 10, max: 50, meanTenths: 30, disagree: true });
    expect(r.dimensions[1]?.spread).toMatchObject({ min: 20, max: 30, meanTenths: 23, disagree: false });
  });

  it('leaves insufficient dimensions out of the spread', () => {
    expect(r.dimensions[5]?.scores).toEqual([30, 30, null]);
    expect(r.dimensions[5]?.spread.n).toBe(2);
  });

  it('flags items where answers differ by two levels or more', () => {
    expect(r.items[0]?.answers).toEqual([1, 3, 5]);
    expect(r.items[0]?.spread).toMatchObject({ min: 1, max: 5, meanTenths: 30, disagree: true });
    expect(r.items[4]?.spread.disagree).toBe(false);
    expect(r.items[21]?.answers).toEqual([3, 3, 0]);
    expect(r.items[21]?.spread).toMatchObject({ n: 2, disagree: false });
    expect(r.items[23]?.spread).toMatchObject({ n: 2, meanTenths: 30 });
  });

  it('fuzz: spreads are finite and consistent', () => {
    const answerArb = fc.constantFrom<Answer>(null, 0, 1, 2, 3, 4, 5);
    const p = fc.array(answerArb, { minLength: 24, maxLength: 24 }).map((items) => ({ context: [null, null, null], items }));
    fc.assert(
      fc.property(fc.array(p, { minLength: 0, maxLength: 6 }), (people) => {
        const t = compareTeam(SHAPE, people);
        for (const row of [...t.dimensions, ...t.items]) {
          const s = row.spread;
          if (s.n === 0) expect(s.meanTenths).toBeNull();
          else {
            expect(Number.isFinite(s.meanTenths)).toBe(true);
            expect(s.min!).toBeLessThanOrEqual(s.max!);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
