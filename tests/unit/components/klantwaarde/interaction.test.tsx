// @vitest-environment happy-dom
/**
 * The part of the calculator that loads on first use (interaction.ts, through lazy.ts): reading
 * typed text into messages, switching the mix mode, saving and opening the meeting view. Loaded
 * the way the island loads it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULTS, type State } from '../../../../src/lib/klantwaarde/fields';
import { textsFor } from '../../../../src/lib/klantwaarde/form';
import { interaction } from '../../../../src/components/klantwaarde/lazy';
import { outcomeOf } from '../../../../src/components/klantwaarde/outcome';
import { MEETING_EVENT } from '../../../../src/components/meeting/open';
import type { MeetingContent } from '../../../../src/components/meeting/MeetingView';
import { makeT, stringsFor } from '../../../../src/i18n';
import type { KwKey } from '../../../../src/components/klantwaarde/strings';

const t = makeT<KwKey>(stringsFor('klantwaarde.'));

/** The calculator as the interaction part sees it: its state, `own`, and what it was given and asked to save. */
function fakeIsland(source: 'defaults' | 'saved' | 'link' = 'defaults', s: State = DEFAULTS, texts = textsFor(s)) {
  const set: object[] = [];
  const saves: [State, State | undefined][] = [];
  return {
    t,
    state: { s, source, texts },
    own: undefined as State | undefined,
    dirty: false,
    set,
    saves,
    setState: (v: object) => void set.push(v),
    save: (x: State, base?: State) => void saves.push([x, base]),
  };
}

beforeEach(() => localStorage.clear());

describe('klantwaarde interaction part', () => {
  it('loads once and hands over its functions', async () => {
    const m = await interaction();
    expect(await interaction()).toBe(m);
    expect(Object.keys(m).sort()).toEqual(['changed', 'fresh', 'present', 'read', 'save', 'switchMode']);
  });

  it('reads texts into the last valid state and writes each error out', async () => {
    const m = await interaction();
    const texts = { ...textsFor(DEFAULTS), profitDetractor: '150', yearsDetractor: '-2', mixDetractor: '30' };
    const r = m.read(t, texts, DEFAULTS);
    expect(r.texts).toBe(texts);
    expect(r.s.profitDetractor).toBe(15_000);
    expect(r.s.yearsDetractor).toBe(DEFAULTS.yearsDetractor);
    expect(r.errors.yearsDetractor).toBe('Jaren klant van een ontevreden klant: mag niet negatief zijn. Toegestaan: 0 jaar tot en met 100 jaar.');
    expect(r.errors.mix).toMatch(/^De verdeling telt op tot 110%\./);
    expect(m.read(t, textsFor(DEFAULTS), DEFAULTS)).toEqual({ texts: textsFor(DEFAULTS), s: DEFAULTS, errors: {} });
  });

  it('switches the mix to head counts and back, keeping the customers', async () => {
    const m = await interaction();
    const counts = m.switchMode(t, DEFAULTS, textsFor(DEFAULTS), 'count');
    expect(counts.s.mixMode).toBe('count');
    expect([counts.texts.mixDetractor, counts.texts.mixPassive, counts.texts.mixPromoter]).toEqual(['200', '500', '300']);
    expect(m.switchMode(t, counts.s, counts.texts, 'pct').s).toEqual(DEFAULTS);
  });

  it('saves, and says why when it cannot', async () => {
    const m = await interaction();
    expect(m.save(fakeIsland(), { ...DEFAULTS, profitDetractor: 15_000 })).toBeNull();
    expect(localStorage.getItem('cx-klantwaarde')).toBe('{"v":1,"q":"ow=150"}');
    localStorage.setItem('cx-klantwaarde', '{"v":9}');
    expect(m.save(fakeIsland(), DEFAULTS)).toBe('newer');
  });

  it('starts fresh over data from a newer version: kept aside, then saving works again', async () => {
    const m = await interaction();
    localStorage.setItem('cx-klantwaarde', '{"v":9}');
    const island = fakeIsland();
    expect(m.fresh(island)).not.toBe(false);
    expect(island.set).toEqual([{ store: null }]);
    expect(localStorage.getItem('cx-klantwaarde:apart')).toBe('{"v":9}');
    expect(m.save(island, DEFAULTS)).toBeNull();
  });

  it('shows what another tab saved, unless a shared link is on screen or nothing changed', async () => {
    const m = await interaction();
    const other = { ...DEFAULTS, profitDetractor: 17_500 };
    m.save(fakeIsland(), other);
    const mine = fakeIsland();
    m.changed(mine);
    expect(mine.own).toEqual(other);
    expect(mine.set).toEqual([
      { s: other, texts: textsFor(other), errors: {}, source: 'saved', note: 'notice.changedElsewhere' },
    ]);
    const link = fakeIsland('link');
    m.changed(link);
    const same = fakeIsland('saved', other);
    m.changed(same);
    localStorage.setItem('cx-klantwaarde', '{"kapot"');
    const broken = fakeIsland();
    m.changed(broken);
    expect([link.set, same.set, broken.set]).toEqual([[], [], []]);
  });

  it("a change that waits to be saved is saved first; the merge shows the other tab's field and keeps what was typed", async () => {
    const m = await interaction();
    const pending = fakeIsland('saved');
    pending.dirty = true;
    m.changed(pending);
    expect(pending.saves).toEqual([[DEFAULTS, undefined]]);
    expect(pending.set).toEqual([]);

    // Base: the defaults. The other tab changed one field, this tab another (typed as "45").
    const theirs = { ...DEFAULTS, yearsPromoter: 1_100 };
    m.save(fakeIsland(), theirs);
    const mine = { ...DEFAULTS, profitDetractor: 4_500 };
    const typed = { ...textsFor(mine), profitDetractor: '45' };
    const island = fakeIsland('saved', mine, typed);
    expect(m.save(island, mine, DEFAULTS)).toBeNull();
    const merged = { ...mine, yearsPromoter: 1_100 };
    expect(island.own).toEqual(merged);
    expect(island.set).toEqual([
      { texts: { ...typed, yearsPromoter: '11' }, s: merged, errors: {}, source: 'saved', note: 'notice.changedElsewhere' },
    ]);
    expect(localStorage.getItem('cx-klantwaarde')).toBe(`{"v":1,"q":"ow=45&zj=11"}`);
  });

  it('opens the meeting view with the summary, the figures and the content it is given', async () => {
    const m = await interaction();
    let sent: MeetingContent | undefined;
    addEventListener(MEETING_EVENT, (e) => (sent = (e as CustomEvent<MeetingContent>).detail), { once: true });
    m.present(t, DEFAULTS, outcomeOf(t, DEFAULTS), 'https://example.org/klantwaarde/', 'inhoud');
    expect(sent?.summary).toBe(
      'Bij 1.000 klanten gaat de NPS van +10 naar +25 als 25% van de ontevreden klanten tevreden wordt en 20% van de tevreden klanten zeer tevreden.',
    );
    expect(sent?.content).toBe('inhoud');
    expect(sent?.figures?.map(([label]) => label)).toEqual(['NPS', 'Verschil in waarde', 'Waarde per NPS-punt']);
    expect(sent?.url).toBe('https://example.org/klantwaarde/');
  });
});
