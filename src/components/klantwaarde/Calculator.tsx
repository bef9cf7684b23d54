/**
 * The klantwaarde calculator island. All arithmetic lives in src/lib/klantwaarde; this file
 * keeps the state, wires the form to it, keeps the URL in step (history.replaceState, no
 * history spam) and opens the meeting view, which loads on demand with the QR library.
 * The island hydrates in four parts, one task after the other (see ../Later.tsx).
 *
 * Where the state comes from, in this order: link → saved → defaults. A shared link is
 * shown but never written over the visitor's own saved inputs.
 *
 * A class component, like every stateful klantwaarde part: Preact's hooks module would add
 * 1,157 B gzip to a page that must stay under 15 kB of JavaScript.
 */
import { Component, createRef } from 'preact';
import { DEFAULTS, MIX_FIELDS, convertMix, type FieldId, type MixMode, type State, type TextField } from '../../lib/klantwaarde/fields';
import { readForm, textsFor, typedOver, type Errors, type Texts } from '../../lib/klantwaarde/form';
import { decodeQuery, encodeQuery } from '../../lib/klantwaarde/query';
import { browserStorage, loadStatus, saveMerged } from '../../lib/klantwaarde/storage';
import { noticeFor, type StoreNotice } from '../../lib/store';
import { formatMoney } from '../../lib/klantwaarde/format';
import { makeT, type Strings } from '../../i18n/translate';
import { copyText } from '../copy-text';
import Later, { later } from '../Later';
import { OtherInputs, SegmentInputs, type FormProps } from './Inputs';
import { Conclusion, Details } from './Results';
import { meetingOf, outcomeOf } from './outcome';
import Share, { Actions, Label } from './Share';
import { openMeeting } from '../meeting/open';
import type { KwKey, T } from './strings';

type Source = 'defaults' | 'saved' | 'link';

export interface Props {
  /** The klantwaarde strings: `stringsFor('klantwaarde.')` without the page's own keys. */
  strings: Strings;
}

interface View {
  /** Last valid state: what the results show. */
  s: State;
  /** What the visitor typed, per field. */
  texts: Texts;
  errors: Errors;
  source: Source;
  /** Fields a bad link had, now reset to their defaults. */
  reset: FieldId[];
  advanced: boolean;
  /** origin + path of this page, known once mounted. */
  page: string;
  copy: '' | 'copied' | 'fallback';
  kept: boolean;
  /** Why the inputs are not (or cannot be) kept in this browser; words shared by every tool. */
  store: StoreNotice | null;
}

export default class Calculator extends Component<Props, View> {
  t: T;
  dirty = false;
  /** This tab's own state as last loaded or saved: the base of the merge with other tabs. */
  own: State | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  linkInput = createRef<HTMLInputElement>();

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
      kept: false,
      store: null,
    };
  }

  /** The parts hydrate first, from the same state as the server render; then the real state comes in. */
  override componentDidMount() {
    later(() => this.restore());
  }

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
    // over the link and the saved state.
    const inputs = [...(this.base as Element).querySelectorAll<HTMLInputElement>('input[type="text"][id^="kw-"]')];
    const own = textsFor(s);
    const typed = typedOver(own, textsFor(DEFAULTS), inputs.map((i) => [i.id.slice(3), i.value] as const));
    const read = typed ? readForm(typed, s) : null;
    if (read) {
      s = read.state;
      this.dirty = true;
    }
    this.setState({
      s,
      texts: typed ?? own,
      errors: read?.errors ?? {},
      source,
      reset: link.present ? link.reset : [],
      advanced: s.discountRate > 0 || s.referredValue !== null,
      page: location.origin + location.pathname,
      store: noticeFor(loaded.status),
    });
  }

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

  /** Saves (merged with other tabs' changes) and says so when the browser keeps nothing. */
  save(s: State, base?: State): boolean {
    const notice = noticeFor(saveMerged(browserStorage(), s, base).result);
    this.own = s;
    if (notice !== this.state.store) this.setState({ store: notice });
    return !notice;
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  edit(texts: Texts, prev: State) {
    const r = readForm(texts, prev);
    this.dirty = true;
    this.setState({ texts, errors: r.errors, s: r.state, copy: '' });
  }

  onText = (f: TextField, v: string) => this.edit({ ...this.state.texts, [f]: v }, this.state.s);

  setMode = (m: MixMode) => {
    const s = convertMix(this.state.s, m);
    const fresh = textsFor(s);
    const next = { ...this.state.texts, customers: fresh.customers };
    for (const f of MIX_FIELDS) next[f] = fresh[f];
    this.edit(next, s);
  };

  resetAll = () => {
    this.edit(textsFor(DEFAULTS), DEFAULTS);
    this.setState({ reset: [] });
  };

  keep = () => {
    // "Bewaard" only when it was stored and read back; otherwise the shared notice says why not.
    this.setState({ source: 'saved', kept: this.save(this.state.s) });
  };

  copyLink = async () => this.setState({ copy: await copyText(this.url(), this.linkInput.current) });

  /** Opens the meeting view (an island of its own, loaded the first time: see ../meeting/). */
  present = () => openMeeting(meetingOf(this.t, this.state.s, outcomeOf(this.t, this.state.s), this.url()));

  url(): string {
    const query = encodeQuery(this.state.s);
    return this.state.page && this.state.page + (query ? `?${query}` : '');
  }

  render() {
    const { t } = this;
    const { s: state, texts, errors, source, reset, advanced, copy, kept, store, page } = this.state;
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

    // Ready once the real state is in (until then a shared link's page hides its figures: see klantwaarde.css).
    return (
      <div class={page ? 'kw kw--ready' : 'kw'}>
        {(kept || store) && (
          <p class={`notice kw-notice no-print${store ? ' notice--warn' : ''}`} role="status">
            {store ? t(`notice.${store}`) : t('notice.kept')}
          </p>
        )}
        <div class="kw__layout">
          <section class="kw__inputs" aria-labelledby="kw-inputs-title">
            <h2 id="kw-inputs-title">{t('inputs.title')}</h2>
            <p class="kw-hint">{t('inputs.help')}</p>
            <p class="kw-jump">
              <a href="#kw-results-title">{t('inputs.toResults')}</a>
            </p>
            <Later class="kw-part">{() => <SegmentInputs {...form} />}</Later>
            <Later class="kw-part">{() => <OtherInputs {...form} />}</Later>
          </section>

          <section class="kw__results" aria-labelledby="kw-results-title">
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
          </section>
        </div>
        {(linked || reset.length > 0) && (
          // Notices about a link, and its actions, stay at the bottom of the screen: nothing moves when they appear.
          <div class="kw-dock no-print">
            {reset.length > 0 && (
              <div class="notice notice--warn kw-notice" role="status">
                <p>{t('notice.reset', { fields: reset.map((f) => t(`name.${f}`)).join(', ') })}</p>
                <button type="button" class="button" onClick={() => this.setState({ reset: [] })}>
                  {t('notice.close')}
                </button>
              </div>
            )}
            {linked && (
              <div class="notice kw-notice">
                <p>
                  <Label t={t} k="notice.link" />
                </p>
                {actions}
              </div>
            )}
          </div>
        )}
      </div>
    );
  }
}
