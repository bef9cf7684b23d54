/**
 * The klantwaarde calculator island. All arithmetic lives in src/lib/klantwaarde; this file
 * wires the form to it, keeps the URL in step (history.replaceState, no history spam) and
 * opens the meeting view, which is loaded on demand together with the QR library.
 * The island hydrates in four parts, one after the other (see ../Later.tsx).
 *
 * Where the state comes from, in this order: link → saved → defaults. A shared link is
 * shown but never written over the visitor's own saved inputs.
 */
import { Component, createRef } from 'preact';
import {
  DEFAULTS,
  MIX_FIELDS,
  SEGMENTS,
  convertMix,
  type FieldId,
  type MixMode,
  type Segment,
  type State,
  type TextField,
} from '../../lib/klantwaarde/fields';
import { mixSum, readForm, textsFor, typedOver, type Errors, type Texts } from '../../lib/klantwaarde/form';
import { compute } from '../../lib/klantwaarde/model';
import { decodeQuery, encodeQuery } from '../../lib/klantwaarde/query';
import { browserStorage, loadStatus, saveMerged } from '../../lib/klantwaarde/storage';
import { noticeFor, type StoreNotice } from '../../lib/store';
import { assumptions, conclusions, scenarioSentence } from '../../lib/klantwaarde/explain';
import { formatMoney, formatNps, formatNumber, formatUnit } from '../../lib/klantwaarde/format';
import BarChart from './BarChart';
import NumberField from './NumberField';
import ValueTable from './ValueTable';
import type { ComponentChildren, ComponentType } from 'preact';
import type { MeetingProps } from './MeetingView';
import { setStrings, t, tk, type Strings } from './t';
import Later, { later } from '../Later';

type Source = 'defaults' | 'saved' | 'link';
type Derived = ReturnType<Calculator['derive']>;

/** Figures as a description list: [label, value] per row (also for the meeting view). */
const stats = (rows: [string, ComponentChildren][], extra = '') => (
  <dl class={`kw-stats ${extra}`.trim()}>
    {rows.map(([dt, dd]) => (
      <div key={dt}>
        <dt>{dt}</dt>
        <dd>{dd}</dd>
      </div>
    ))}
  </dl>
);

const PROFIT = { detractor: 'profitDetractor', passive: 'profitPassive', promoter: 'profitPromoter' } as const;
const YEARS = { detractor: 'yearsDetractor', passive: 'yearsPassive', promoter: 'yearsPromoter' } as const;
const MIX: Record<Segment, (typeof MIX_FIELDS)[number]> = { detractor: 'mixDetractor', passive: 'mixPassive', promoter: 'mixPromoter' };

export interface Props {
  /** The klantwaarde strings the island needs, with short keys (see t.ts). */
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
  /** The meeting view component once loaded, and whether it is open. */
  Meeting: ComponentType<MeetingProps> | null;
  meeting: boolean;
}

/** A class component: Preact's hooks module would cost the page another kilobyte of its JS budget. */
export default class Calculator extends Component<Props, View> {
  dirty = false;
  /** This tab's own state as last loaded or saved: the base of the merge with other tabs. */
  own: State | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  linkInput = createRef<HTMLInputElement>();
  meetingButton = createRef<HTMLButtonElement>();

  constructor(props: Props) {
    super(props);
    setStrings(props.strings);
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
      Meeting: null,
      meeting: false,
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
    const inputs = this.base instanceof Element ? [...this.base.querySelectorAll<HTMLInputElement>('input[type="text"][id^="kw-"]')] : [];
    const own = textsFor(s);
    const typed = typedOver(own, textsFor(DEFAULTS), inputs.map((i) => [i.id.slice(3), i.value] as const));
    const texts = typed ?? own;
    const read = typed ? readForm(typed, s) : null;
    if (read) {
      s = read.state;
      this.dirty = true;
    }
    this.setState({
      s,
      texts,
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

  setMode(m: MixMode) {
    const s = convertMix(this.state.s, m);
    const fresh = textsFor(s);
    const next = { ...this.state.texts, customers: fresh.customers };
    for (const f of MIX_FIELDS) next[f] = fresh[f];
    this.edit(next, s);
  }

  resetAll = () => {
    this.edit(textsFor(DEFAULTS), DEFAULTS);
    this.setState({ reset: [] });
  };

  keep = () => {
    // "Bewaard" only when it was stored and read back; otherwise the shared notice says why not.
    this.setState({ source: 'saved', kept: this.save(this.state.s) });
  };

  copyLink = async () => {
    try {
      await navigator.clipboard.writeText(this.url());
      this.setState({ copy: 'copied' });
    } catch {
      // No clipboard API (insecure context, old browser, denied): select the text for Ctrl+C.
      this.linkInput.current?.select();
      this.setState({ copy: 'fallback' });
    }
  };

  openMeeting = async () => {
    if (!this.state.Meeting) {
      try {
        const mod = await import('./MeetingView');
        this.setState({ Meeting: mod.default });
      } catch {
        return; // offline or blocked: the page itself keeps working
      }
    }
    this.setState({ meeting: true });
  };

  closeMeeting = () => {
    this.setState({ meeting: false });
    this.meetingButton.current?.focus();
  };

  /** What the results and the meeting view show, worked out from a state. */
  derive(state: State) {
    const result = compute(state);
    const scen = scenarioSentence(state, result);
    const sc = result.scenario;
    return {
      result,
      sc,
      url: this.url(),
      sentences: conclusions(result).map((c) => tk(`conclusion.${c.id}`, c.vars)),
      scenarioText: tk(`scenario.${scen.id}`, scen.vars),
      perPoint: sc.perPoint === null ? t('scenario.noPerPoint') : formatMoney(sc.perPoint),
      values: SEGMENTS.map((seg) => result.segments[seg].adjusted),
    };
  }

  url(): string {
    const query = encodeQuery(this.state.s);
    return this.state.page && this.state.page + (query ? `?${query}` : '');
  }

  render() {
    const { s: state, texts, errors, source, reset, advanced, copy, kept, store, Meeting, meeting } = this.state;
    const { onText } = this;
    // Worked out when a part that shows them renders (not while the parts still wait).
    let derived: Derived | undefined;
    const get = () => (derived ??= this.derive(state));
    const errorCount = Object.keys(errors).length;
    const mixError = errors.mix ? 'kw-mix-error' : undefined;
    const pct = state.mixMode === 'pct';
    const field = (f: TextField, label: string, extra: Partial<Parameters<typeof NumberField>[0]> = {}) => (
      <NumberField field={f} mode={state.mixMode} label={label} text={texts[f]} error={errors[f]} onText={onText} {...extra} />
    );
    const slider = (f: 'toPassive' | 'toPromoter') => (
      <input
        type="range"
        class="kw-slider"
        min="0"
        max="100"
        step="1"
        value={Math.round(state[f] / 10)}
        aria-label={t('slider', { label: tk(`field.${f}`) })}
        onInput={(e) => onText(f, e.currentTarget.value)}
      />
    );

    return (
      <div class="kw">
        {reset.length > 0 && (
          <div class="notice notice--warn kw-notice" role="status">
            <p>{t('notice.reset', { fields: reset.map((f) => tk(`name.${f}`)).join(', ') })}</p>
            <button type="button" class="button" onClick={() => this.setState({ reset: [] })}>
              {t('notice.close')}
            </button>
          </div>
        )}
        {source === 'link' && (
          <div class="notice kw-notice no-print">
            <p>{t('notice.link')}</p>
            <button type="button" class="button" onClick={this.keep}>
              {t('notice.keep')}
            </button>
          </div>
        )}
        {(kept || store) && (
          <p class={`notice kw-notice no-print${store ? ' notice--warn' : ''}`} role="status">
            {store ? tk(`notice.${store}`) : t('notice.kept')}
          </p>
        )}
        <div class="kw__layout">
          <section class="kw__inputs" aria-labelledby="kw-inputs-title">
            <h2 id="kw-inputs-title">{t('inputs.title')}</h2>
            <p class="kw-hint">{t('inputs.help')}</p>
            <p class="kw-jump">
              <a href="#kw-results-title">{t('inputs.toResults')}</a>
            </p>
            <Later>
              {() => (
                <div class="kw-part">
                  {SEGMENTS.map((s) => (
                    <fieldset class="kw-fieldset" key={s}>
                      <legend>
                        {tk(`segment.${s}`)} <span class="kw-nps-term">({tk(`segment.${s}.nps`)})</span>
                      </legend>
                      <div class="kw-row">
                        {field(PROFIT[s], t('field.profit'), { prefix: '€', srUnit: t('unit.euro') })}
                        {field(YEARS[s], t('field.years'), { suffix: t('unit.years') })}
                      </div>
                    </fieldset>
                  ))}
                </div>
              )}
            </Later>
            <Later>
              {() => (
                <div class="kw-part">
                  <fieldset class="kw-fieldset">
                    <legend>{t('fieldset.referral')}</legend>
                    {field('keptAway', t('field.keptAway'))}
                    {field('broughtIn', t('field.broughtIn'))}
                  </fieldset>
                  <fieldset class="kw-fieldset">
                    <legend>{t('fieldset.base')}</legend>
                    <fieldset class="kw-mode">
                      <legend>{t('mixMode.label')}</legend>
                      {(['pct', 'count'] as const).map((m) => (
                        <label key={m} class="kw-radio">
                          <input type="radio" name="kw-mix-mode" value={m} checked={state.mixMode === m} onChange={() => this.setMode(m)} />
                          {tk(`mixMode.${m}`)}
                        </label>
                      ))}
                    </fieldset>
                    {pct && field('customers', t('field.customers'))}
                    <div class="kw-row kw-row--3">
                      {SEGMENTS.map((s) =>
                        field(MIX[s], tk(`segment.short.${s}`), {
                          suffix: pct ? '%' : undefined,
                          srUnit: pct ? t('unit.pct') : t('unit.customers'),
                          groupError: mixError,
                        }),
                      )}
                    </div>
                    <p class="kw-hint">
                      {pct
                        ? t('mix.sum', { sum: `${formatUnit(mixSum(texts, 'pct'), 'pct')}%` })
                        : t('mix.total', { n: formatNumber(mixSum(texts, 'count'), 0) })}
                    </p>
                    {errors.mix && (
                      <p id="kw-mix-error" class="kw-error">
                        {tk(`error.${errors.mix}`, {
                          sum: `${formatUnit(mixSum(texts, 'pct'), 'pct')}%`,
                          max: formatNumber(1_000_000_000, 0),
                        })}
                      </p>
                    )}
                  </fieldset>
                  <fieldset class="kw-fieldset">
                    <legend>{t('fieldset.scenario')}</legend>
                    {field('toPassive', t('field.toPassive'), { suffix: '%', srUnit: t('unit.pct') })}
                    {slider('toPassive')}
                    {field('toPromoter', t('field.toPromoter'), { suffix: '%', srUnit: t('unit.pct') })}
                    {slider('toPromoter')}
                  </fieldset>
                  <details class="kw-advanced" open={advanced}>
                    <summary>{t('advanced')}</summary>
                    {field('discountRate', t('field.discountRate'), {
                      suffix: '%',
                      srUnit: t('unit.pct'),
                      hint: t('field.discountRate.hint'),
                    })}
                    {field('referredValue', t('field.referredValue'), {
                      prefix: '€',
                      srUnit: t('unit.euro'),
                      hint: t('field.referredValue.hint', { value: formatMoney(get().result.segments.passive.lifetime) }),
                    })}
                  </details>
                  <button type="button" class="button kw-reset" onClick={this.resetAll}>
                    {t('reset')}
                  </button>
                </div>
              )}
            </Later>
          </section>

          <section class="kw__results" aria-labelledby="kw-results-title">
            <h2 id="kw-results-title">{t('results.title')}</h2>
            {errorCount > 0 && (
              <p class="notice notice--error kw-stale" role="status">
                {t('error.summary', { n: errorCount })}
              </p>
            )}
            <Later>
              {() => {
                const { result, sentences, values } = get();
                return (
                  <div class="kw-part">
                    <div class="kw-conclusion" aria-live="polite">
                      <p class="kw-conclusion__head">{sentences[0]}</p>
                      <p>{sentences[1]}</p>
                    </div>
                    <figure class="kw-figure">
                      <BarChart values={values} />
                      <figcaption>{t('chart.title')}</figcaption>
                    </figure>
                    <ValueTable state={state} result={result} />
                  </div>
                );
              }}
            </Later>
            <Later>
              {() => {
                const { result, scenarioText, sc, perPoint, url } = get();
                return (
                  <div class="kw-part">
                    <h3>{t('base.title')}</h3>
                    {stats([
                      [t('base.nps'), formatNps(result.nps)],
                      [t('base.customers'), formatNumber(result.customers, 0)],
                      [t('base.value'), formatMoney(result.baseValue)],
                    ])}

                    <h3>{t('scenario.title')}</h3>
                    <p>{scenarioText}</p>
                    {stats([
                      [
                        t('scenario.nps'),
                        <>
                          {formatNps(sc.nps)} <span class="kw-delta">({t('scenario.npsDelta', { delta: formatNps(sc.npsDelta) })})</span>
                        </>,
                      ],
                      [t('scenario.delta'), formatMoney(sc.delta)],
                      [t('scenario.perPoint'), perPoint],
                    ])}

                    <h3>{t('assume.title')}</h3>
                    <p>{t('assume.intro')}</p>
                    <ul class="kw-assume">
                      {assumptions(state, result).map((a) => (
                        <li key={a.id}>{tk(`assume.${a.id}`, a.vars)}</li>
                      ))}
                    </ul>

                    <h3 class="no-print">{t('share.title')}</h3>
                    <div class="kw-share no-print">
                      <label for="kw-link">{t('share.label')}</label>
                      <input id="kw-link" ref={this.linkInput} type="text" readOnly value={url} aria-describedby="kw-link-privacy" />
                      <p id="kw-link-privacy" class="kw-hint">
                        {t('share.privacy')}
                      </p>
                      <div class="kw-actions">
                        <button type="button" class="button button--primary" onClick={this.copyLink}>
                          {t('share.copy')}
                        </button>
                        <button type="button" class="button" ref={this.meetingButton} onClick={this.openMeeting}>
                          {t('meeting.open')}
                        </button>
                        <button type="button" class="button" onClick={() => print()}>
                          {t('print')}
                        </button>
                      </div>
                      <p class="kw-copy-status" role="status">
                        {copy && tk(`share.${copy}`)}
                      </p>
                    </div>
                    <p class="kw-print-only">
                      {t('print.link')} <span class="kw-print-url">{url}</span>
                    </p>
                  </div>
                );
              }}
            </Later>
          </section>
        </div>
        {Meeting && meeting && this.renderMeeting(Meeting, get())}
      </div>
    );
  }

  renderMeeting(Meeting: ComponentType<MeetingProps>, { result, sentences, scenarioText, sc, perPoint, values, url }: Derived) {
    return (
      <Meeting
        url={url}
        labels={{
          title: t('meeting.title'),
          close: t('meeting.close'),
          qr: t('meeting.qr'),
          scan: t('meeting.scan'),
          scenario: t('scenario.title'),
        }}
        sentences={sentences}
        chart={<BarChart values={values} class="kw-chart--meeting" />}
        scenario={scenarioText}
        stats={stats(
          [
            [t('scenario.nps'), `${formatNps(result.nps)} → ${formatNps(sc.nps)}`],
            [t('scenario.delta'), formatMoney(sc.delta)],
            [t('scenario.perPoint'), perPoint],
          ],
          'kw-stats--meeting',
        )}
        onClose={this.closeMeeting}
      />
    );
  }
}
