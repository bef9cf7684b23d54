/**
 * The history as one file, and reading zelfscan files back: a history, one result, or something
 * else (which says what it is); importing never overwrites without being told to.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyImport, historyFile, planImport, readFile } from '../../../../src/lib/zelfscan/history-file';
import { byDate, type Entry, type History } from '../../../../src/lib/zelfscan/history';
import { emptyNotes, emptyTargets, type Answers } from '../../../../src/lib/zelfscan/types';
import { SHAPE } from './arbitraries';

const filled = (n: number): Answers => ({ context: [1, null, null], items: Array(24).fill(n) });
const entry = (id: string, date: string, n = 3, name = ''): Entry => ({
  id,
  date,
  name,
  answers: filled(n),
  targets: [4, null, null, null, null, null],
  notes: emptyNotes(SHAPE).map((x, i) => (i === 0 ? 'bewijs: NPS-rapport' : x)),
});
const h = (...scans: Entry[]): History => ({ scans: [...scans].sort(byDate), kept: [] });
const text = (x: unknown) => JSON.stringify(x);

describe('the history file', () => {
  const a = entry('a1', '2026-03-01', 2, 'nulmeting');
  const b = entry('b2', '2026-12-03', 4, 'na pilot');
  const file = historyFile(SHAPE, [a, b], '2026-12-04');

  it('holds every scan with its code, and score and level for a person reading it', () => {
    expect(file).toMatchObject({ soort: 'zelfscan-geschiedenis', formaat: 1, versie: 1, gemaakt: '2026-12-04' });
    expect(file.scans[1]).toMatchObject({ id: 'b2', datum: '2026-12-03', naam: 'na pilot', score: 4, niveau: 4 });
  });

  it('reads back to the same scans (another computer)', () => {
    expect(readFile(SHAPE, text(file))).toEqual({ ok: true, kind: 'history', scans: [a, b], skipped: { unreadable: 0, newer: 0, old: 0 } });
    expect(readFile(SHAPE, `\uFEFF${text(file)}`).ok).toBe(true);
  });

  it.each<[string, unknown, string, number?]>([
    ['not JSON', 'hallo', 'json'],
    ['empty', '', 'json'],
    ['JSON but not ours', text({ naam: 'iets' }), 'kind'],
    ['a klantwaarde-like file', text([1, 2]), 'kind'],
    ['another model version', text({ ...file, versie: 2 }), 'version', 2],
    ['a newer file format', text({ ...file, formaat: 2 }), 'newer'],
    ['a history without readable scans', text({ ...file, scans: [{ id: 'x' }] }), 'empty'],
    ['not text at all', 12, 'json'],
  ])('says what is wrong: %s', (_name, input, error, version) => {
    const r = readFile(SHAPE, input);
    expect(r).toEqual({ ok: false, error, ...(version === undefined ? {} : { version }) });
  });

  it('skips what it cannot read and counts it', () => {
    const r = readFile(SHAPE, text({ ...file, scans: [...file.scans, { id: 'z9', datum: '2026-01-01', code: 'v2.000.1' }, 'x'] }));
    expect(r.ok && r.kind === 'history' && r.skipped).toEqual({ unreadable: 1, newer: 1, old: 0 });
  });

  it('reads the JSON download of one result, old (link only) and new (code, date, name)', () => {
    const old = { zelfscan: 'Zelfscan', versie: 1, datum: '2026-11-23', link: `https://x.nl/zelfscan/#v1.200.${'3'.repeat(24)}` };
    expect(readFile(SHAPE, text(old))).toMatchObject({ ok: true, kind: 'result', scan: { answers: filled(3), date: '2026-11-23', name: '' } });
    const now = { ...old, soort: 'zelfscan-uitslag', naam: 'Team Noord', code: `v1.200.${'3'.repeat(24)}.2.t4-----` };
    expect(readFile(SHAPE, text(now))).toMatchObject({ ok: true, kind: 'result', scan: { targets: [4, null, null, null, null, null], name: 'Team Noord' } });
  });

  it('fuzz: any text or JSON value is read or refused by name, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.json({ maxDepth: 3 }), fc.record({ soort: fc.constantFrom('zelfscan-geschiedenis', 'zelfscan-uitslag'), versie: fc.anything({ maxDepth: 0 }), formaat: fc.anything({ maxDepth: 0 }), scans: fc.anything({ maxDepth: 2 }), link: fc.anything({ maxDepth: 0 }), code: fc.anything({ maxDepth: 0 }) }).map(text)), (input) => {
        const r = readFile(SHAPE, input);
        if (!r.ok) expect(['json', 'kind', 'version', 'newer', 'empty']).toContain(r.error);
        else if (r.kind === 'history') for (const e of r.scans) expect(e.answers.items).toHaveLength(24);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('importing', () => {
  const mine = h(entry('a1', '2026-03-01'), entry('b2', '2026-06-01'));
  const incoming = [entry('a1', '2026-03-01'), { ...entry('b2', '2026-06-01'), name: 'anders' }, entry('c3', '2026-12-03')];
  const plan = planImport(SHAPE, mine, incoming);

  it('says what is new, what is there already and what differs; changes nothing', () => {
    expect([plan.add.map((e) => e.id), plan.same, plan.differ.map((e) => e.id)]).toEqual([['c3'], 1, ['b2']]);
  });

  it('keeps both versions of a scan that differs unless told to replace', () => {
    const both = applyImport(mine, plan, false, () => 'n1');
    expect(both.scans.map((e) => [e.id, e.name])).toEqual([
      ['a1', ''],
      ['b2', ''],
      ['n1', 'anders'],
      ['c3', ''],
    ]);
    const replaced = applyImport(mine, plan, true, () => 'n1');
    expect(replaced.scans.map((e) => [e.id, e.name])).toEqual([
      ['a1', ''],
      ['b2', 'anders'],
      ['c3', ''],
    ]);
  });

  it('importing the same file twice adds nothing the second time', () => {
    const once = applyImport(mine, plan, true, () => 'n1');
    const again = planImport(SHAPE, once, incoming);
    expect([again.add.length, again.differ.length, again.same]).toEqual([0, 0, 3]);
  });

  it('keeps targets: a target list in the file survives', () => {
    expect(applyImport(h(), planImport(SHAPE, h(), incoming), false, () => 'x').scans[0]?.targets).toEqual([4, null, null, null, null, null]);
    expect(emptyTargets(SHAPE)).toHaveLength(6);
  });
});
