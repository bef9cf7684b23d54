/**
 * What the calculator needs only once the visitor does something: reading what they typed,
 * switching between percentages and head counts, the error messages, saving, and opening the
 * meeting view. Someone who
 * opens a shared link to read it downloads none of this; the island loads it when the visitor
 * first focuses something in it, or acts (./lazy.ts).
 *
 * Pure functions only, and no Preact (what needs it, such as the chart in the meeting view,
 * comes in from the island): this file is bundled with everything it imports into one
 * file of its own, with its own copy of those modules; nothing is shared at run time but the
 * values passed in and out. Such a file exports nothing, so it hands its functions over with an
 * event (the name is also in ./lazy.ts).
 */
import { MIX_FIELDS, convertMix, type MixMode, type State } from '../../lib/klantwaarde/fields';
import { readForm, textsFor, typedOver, type Texts } from '../../lib/klantwaarde/form';
import { browserStorage, klantwaardeStore, loadStatus, saveMerged } from '../../lib/klantwaarde/storage';
import { encodeQuery } from '../../lib/klantwaarde/query';
import { noticeFor, type StoreNotice } from '../../lib/store';
import { clear } from '../../lib/store-extras';
import { present } from './meeting';
import { messagesFor, type Messages } from './messages';
import type { T } from './strings';
import type { View } from './Calculator';

/** What the calculator shows after a change: the texts as typed, the last valid state, the error messages. */
export interface Read {
  texts: Texts;
  s: State;
  errors: Messages;
}

/** Reads the texts on `prev`, the last valid state (fields with an error keep its value). */
function read(t: T, texts: Texts, prev: State): Read {
  const r = readForm(texts, prev);
  return { texts, s: r.state, errors: messagesFor(t, r.errors, texts, prev.mixMode) };
}

/** Switches the mix between percentages and head counts, keeping the same customers. */
function switchMode(t: T, s: State, texts: Texts, mode: MixMode): Read {
  const converted = convertMix(s, mode);
  const fresh = textsFor(converted);
  const next = { ...texts, customers: fresh.customers };
  for (const f of MIX_FIELDS) next[f] = fresh[f];
  return read(t, next, converted);
}

/** The calculator, as far as the functions below use it. */
interface Island {
  t: T;
  state: Pick<View, 's' | 'source' | 'texts'>;
  own: State | undefined;
  /** A change of this tab waits to be saved. */
  dirty: boolean;
  save(s: State, base?: State): void;
  setState(v: Partial<View>): void;
}

/**
 * Shows `v`, what the store holds now, if it differs from what this tab shows: the fields that
 * differ get its text, the others keep what the visitor typed (and its messages); the notice says
 * why the figures changed. `v` becomes the base of the next merge.
 */
function show(c: Island, v: State) {
  const { s, texts } = c.state;
  c.own = v;
  if (encodeQuery(v) === encodeQuery(s)) return;
  const next = typedOver(texts, textsFor(s), Object.entries(textsFor(v))) ?? texts;
  c.setState({ ...read(c.t, next, v), source: 'saved', note: 'notice.changedElsewhere' });
}

/**
 * Saves the state, merged with what another tab stored since `base` (the other tab's fields come
 * in on screen too): what to say, or null when it was kept.
 */
function save(c: Island, s: State, base?: State): StoreNotice | null {
  const r = saveMerged(browserStorage(), s, base);
  if (r.result === 'saved') show(c, r.value);
  return noticeFor(r.result);
}

/** Starts fresh: data this version cannot use is kept aside first (see clear); then changes are saved again. */
const fresh = (c: Island) => clear(klantwaardeStore, browserStorage()) && c.setState({ store: null });

/**
 * Another tab saved. A shared link on screen stays as it is. A change of this tab that waits to be
 * saved is saved now, merged; otherwise the tab shows what is stored.
 */
function changed(c: Island) {
  if (c.state.source === 'link') return;
  if (c.dirty) return c.save(c.state.s, c.own);
  const loaded = loadStatus(browserStorage());
  if (loaded.status === 'ok') show(c, loaded.value);
}

const api = { read, switchMode, save, fresh, changed, present };
export type Interaction = typeof api;

dispatchEvent(new CustomEvent<Interaction>('cx:klantwaarde-interaction', { detail: api }));
