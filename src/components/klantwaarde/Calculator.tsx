/**
 * The klantwaarde calculator island. All arithmetic lives in src/lib/klantwaarde; this file
 * keeps the state, wires the form to it, keeps the URL in step (history.replaceState, no
 * history spam) and opens the meeting view, which loads on demand with the QR library.
 * The island hydrates in four parts, one task after the other (see ../Later.tsx). What is needed
 * only once the visitor acts (reading typed text, switching modes, error messages, saving) loads
 * when the visitor first focuses something in the island, or acts (./interaction.ts, ./lazy.ts).
 *
 * Where the state comes from, in this order: link → saved → defaults. A shared link is
 * shown but never written over the visitor's own saved inputs.
 *
 * A page opened from a link (`html.kw-linked`, set by the page before the first paint) shows the
 * results first and the inputs after them, in the DOM as on screen, so reading and keyboard
 * order follow what you see. Until the island has the link's numbers, klantwaarde.css shows the
 * server's inputs-first HTML in that order (its figures hidden); then the island puts the
 * results section first, and nothing on screen moves.
 *
 * A class component, like every stateful klantwaarde part: Preact's hooks module would add
 * 1,157 B gzip to a page that must stay under 15 kB of JavaScript.
 */
import { Component, createRef } from 'preact';
import { DEFAULTS, type FieldId, type MixMode, type State, type TextField } from '../../lib/klantwaarde/fields';
import { textsFor, typedOver, type Texts } from '../../lib/klantwaarde/form';
import { decodeQuery, encodeQuery } from '../../lib/klantwaarde/query';
import { browserStorage, loadStatus, STORAGE_KEY } from '../../lib/klantwaarde/storage';
import { noticeFor, type StoreNotice } from '../../lib/store';
import { formatMoney } from '../../lib/klantwaarde/format';
import { makeT, type Strings } from '../../i18n/translate';
import { copyText } from '../copy-text';
import { onStoreChange } from '../store-events';
import Later, { later } from '../Later';
import { OtherInputs, SegmentInputs, type FormProps } from './Inputs';
import { Conclusion, Details } from './Results';
import { interaction, type Interaction, type Read } from './lazy';
import type { Messages } from './messages';
import { MeetingChart, outcomeOf } from './outcome';
import Share, { Actions, Dock, Label } from './Share';
import type { KwKey, T } from './strings';

type Source = 'defaults' | 'saved' | 'link';

export interface Props {
  /** The klantwaarde strings: `stringsFor('klantwaarde.')` without the page's own keys. */
  strings: Strings;
}

export interface View {
  /** Last valid state: what the results show. */
  s: State;
  /** What the visitor typed, per field. */
  texts: Texts;
  /** Inline error messages (./messages.ts). */
  errors: Messages;
  source: Source;
  /** Fields a bad link had, now reset to their defaults. */
  reset: FieldId[];
  advanced: boolean;
  /** origin + path of this page, known once mounted. */
  page: string;
  copy: '' | 'copied' | 'fallback';
  /** "Bewaard" after "Bewaar als mijn berekening", or: another tab saved what this tab now shows. */
  note?: 'notice.kept' | 'notice.changedElsewhere';
  /** Why the inputs are not (or cannot be) kept in this browser; words shared by every tool. */
  store: StoreNotice | null;
  /** ./interaction.ts could not be loaded (offline): a change cannot be read until it can. */
  failed: boolean;
}

export default class Calculator extends Component<Props, View> {
  t: T;
  /** A change of the visitor's waits to be saved. */
  dirty = false;
  /** This tab's own state as last loaded or saved: the base of the merge with other tabs. */
  own: State | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  linkInput = createRef<HTMLInputElement>();
  /** ./interaction.ts, once loaded. */
  m: Interaction | undefined;

  constructor(props: Props) {
    super(props);
    this.t = makeT<KwKey>(props.strings);
    this.state = {
      s: DEFAULTS,
      texts: textsFor(DEFAULTS),
      errors: {},
      source: 'defaults',
      reset: [],
      advanced: false,
      page: '',
      copy: '',
      store: null,
      failed: false,
    };
  }

  /** The parts hydrate first, from the same state as the server render; then the real state comes in. */
  override componentDidMount() {
    later(() => this.restore());
    // For the page's lifetime (an island is never unmounted).
    onStoreChange(STORAGE_KEY, this.changed);
  }

  /**
   * Another tab saved the visitor's own calculation: a tab that shows it (not a shared link)
   * shows the new one at once and says so, so it never saves old figures over it.
   */
  changed = () => this.use((m) => m.changed(this));

  /** "Opnieuw beginnen" on data from a newer version: it is kept aside (./interaction.ts), and changes are saved again. */
  fresh = () => this.use((m) => m.fresh(this));

  restore() {
    const link = decodeQuery(location.search);
    const loaded = loadStatus(browserStorage());
    const saved = loaded.status === 'ok' ? loaded.value : null;
    let s: State = DEFAULTS;
    let source: Source = 'defaults';
    if (link.present) {
      s = link.state;
      // Reloading your own page brings back your own link: that is not someone else's calculation.
      source = saved && link.reset.length === 0 && encodeQuery(saved) === encodeQuery(link.state) ? 'saved' : 'link';
    } else if (saved) {
      s = saved;
      source = 'saved';
    }
    this.own = s;
    // What the visitor typed before this (the page shows inputs before its script runs) wins
    // over the link and the saved state; it is read like any typing.
    const inputs = [...(this.base as Element).querySelectorAll<HTMLInputElement>('input[type="text"][id^="kw-"]')];
    const typed = typedOver(textsFor(s), textsFor(DEFAULTS), inputs.map((i) => [i.id.slice(3), i.value] as const));
    if (typed) this.edit();
    this.setState({
      s,
      texts: typed ?? textsFor(s),
      source,
      reset: link.present ? link.reset : [],
      advanced: s.discountRate > 0 || s.referredValue !== null,
      page: location.origin + location.pathname,
      store: noticeFor(loaded.status),
    });
  }

  /** Runs `fn` with ./interaction.ts, loading it first; says so while it cannot be loaded (offline). */
  use(fn: (m: Interaction) => void) {
    interaction().then((m) => {
      this.m = m;
      if (this.state.failed) this.setState({ failed: false });
      fn(m);
    }, () => this.setState({ failed: true }));
  }

  /** The first focus inside the island loads what acting needs, before it is needed. */
  warm = () => this.m || this.use(() => {});

  /** Keeps the address bar in step (no history entries) and saves the visitor's own inputs, debounced. */
  override componentDidUpdate() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const { s, source } = this.state;
      const query = encodeQuery(s);
      const target = location.pathname + (query ? `?${query}` : '') + location.hash;
      if (target !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', target);
      if (this.dirty && source !== 'link') this.save(s, this.own);
    }, 250);
  }

  /** Saves (merged with other tabs' changes) and says so when the browser keeps nothing; `kept`: say so when it did. */
  save(s: State, base?: State, kept?: boolean) {
    this.dirty = false;
    this.use((m) => {
      const store = m.save(this, s, base);
      // "Bewaard" only when it was stored and read back; otherwise the notice says why not.
      if (kept || store !== this.state.store) this.setState(kept && !store ? { store, note: 'notice.kept' } : { store });
    });
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  /**
   * A change of the inputs, worked out on the latest state once ./interaction.ts is there (by
   * default: read the texts). What the fields show changes at once, the results when read.
   */
  edit(change = (v: View, m: Interaction): Read => m.read(this.t, v.texts, v.s)) {
    this.dirty = true;
    this.use((m) => this.setState((v: View) => ({ ...change(v, m), copy: '' })));
  }

  onText = (f: TextField, text: string) => {
    this.setState(({ texts }: View) => ({ texts: { ...texts, [f]: text } }));
    this.edit();
  };

  setMode = (mode: MixMode) => this.edit((v, m) => m.switchMode(this.t, v.s, v.texts, mode));

  resetAll = () => {
    this.dirty = true; // the defaults need no reading
    this.setState({ texts: textsFor(DEFAULTS), errors: {}, s: DEFAULTS, copy: '', reset: [] });
  };

  keep = () => {
    this.setState({ source: 'saved' });
    this.save(this.state.s, undefined, true);
  };

  copyLink = async () => this.setState({ copy: await copyText(this.url(), this.linkInput.current) });

  /** Opens the meeting view (an island of its own, loaded the first time: see ../meeting/). */
  present = () => {
    const { t, state } = this;
    const o = outcomeOf(t, state.s);
    this.use((m) => m.present(t, state.s, o, this.url(), <MeetingChart t={t} outcome={o} />));
  };

  url(): string {
    const query = encodeQuery(this.state.s);
    return this.state.page && this.state.page + (query ? `?${query}` : '');
  }

  render() {
    const { t } = this;
    const { s: state, texts, errors, source, reset, advanced, copy, note, store, failed, page } = this.state;
    const outcome = outcomeOf(t, state);
    const url = this.url();
    const errorCount = Object.keys(errors).length;
    const form: FormProps = {
      t,
      state,
      texts,
      errors,
      advanced,
      onText: this.onText,
      setMode: this.setMode,
      resetAll: this.resetAll,
      passiveValue: formatMoney(outcome.result.segments.passive.lifetime),
    };
    const results = { t, state, outcome };
    const linked = source === 'link';
    const keep = (
      <button type="button" class="button" onClick={this.keep}>
        <Label t={t} k="notice.keep" />
      </button>
    );
    const actions = <Actions t={t} copy={copy} onCopy={this.copyLink} onMeeting={this.present} first={linked && keep} />;
    const inputs = (
      <section key="inputs" class="kw__inputs" aria-labelledby="kw-inputs-title">
        <h2 id="kw-inputs-title">{t('inputs.title')}</h2>
        <p class="kw-hint">{t('inputs.help')}</p>
        <p class="kw-jump">
          <a href="#kw-results-title">{t('inputs.toResults')}</a>
        </p>
        <Later class="kw-part">{() => <SegmentInputs {...form} />}</Later>
        <Later class="kw-part">{() => <OtherInputs {...form} />}</Later>
      </section>
    );
    const sections = [
      inputs,
      <section key="results" class="kw__results" aria-labelledby="kw-results-title">
        <h2 id="kw-results-title">{t('results.title')}</h2>
        {errorCount > 0 && (
          <p class="notice notice--error kw-stale" role="status">
            {t('error.summary', { n: errorCount })}
          </p>
        )}
        <Later class="kw-part">{() => <Conclusion {...results} />}</Later>
        <Later class="kw-part">
          {() => (
            <>
              <Details {...results} />
              <Share t={t} url={url} linkInput={this.linkInput} actions={!linked && actions} />
            </>
          )}
        </Later>
        {(linked || reset.length > 0) && <Dock t={t} reset={reset} onClose={() => this.setState({ reset: [] })} actions={linked && actions} />}
      </section>,
    ];
    // Results before inputs on a page opened from a link (see the header), once the link's numbers are in.
    if (page && document.documentElement.classList.contains('kw-linked')) sections.reverse();

    // Ready once the real state is in (until then a shared link's page hides its figures: see klantwaarde.css).
    return (
      <div class={page ? 'kw kw--ready' : 'kw'} onFocusIn={this.warm}>
        {(note || store || failed) && (
          <div class={`notice kw-notice no-print${store || failed ? ' notice--warn' : ''}`} role="status">
            <p>{t(failed ? 'notice.offline' : store ? `notice.${store}` : note!)}</p>
            {store === 'newer' && (
              <button type="button" class="button" onClick={this.fresh}>
                {t('notice.startFresh')}
              </button>
            )}
          </div>
        )}
        <div class="kw__layout">{sections}</div>
      </div>
    );
  }
}
