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
import { readForm, textsFor, type Texts } from '../../lib/klantwaarde/form';
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

/** Saves the state (merged with what another tab stored since `base`): what to say, or null when it was kept. */
const save = (s: State, base?: State): StoreNotice | null => noticeFor(saveMerged(browserStorage(), s, base).result);

/** The calculator, as far as the two functions below use it. */
interface Island {
  state: Pick<View, 's' | 'source'>;
  own: State | undefined;
  setState(v: Partial<View>): void;
}

/** Starts fresh: data this version cannot use is kept aside first (see clear); then changes are saved again. */
const fresh = (c: Island) => clear(klantwaardeStore, browserStorage()) && c.setState({ store: null });

/**
 * Another tab saved: when this tab shows the visitor's own calculation (not a shared link) and
 * it differs, show the saved one and say why the figures changed.
 */
function changed(c: Island) {
  const loaded = loadStatus(browserStorage());
  const { s, source } = c.state;
  if (source === 'link' || loaded.status !== 'ok' || encodeQuery(loaded.value) === encodeQuery(s)) return;
  c.own = loaded.value;
  c.setState({ s: loaded.value, texts: textsFor(loaded.value), errors: {}, source: 'saved', note: 'notice.changedElsewhere' });
}

const api = { read, switchMode, save, fresh, changed, present };
export type Interaction = typeof api;

dispatchEvent(new CustomEvent<Interaction>('cx:klantwaarde-interaction', { detail: api }));
