/**
 * The impact matrix island. All logic lives in src/lib/impactmatrix; this file keeps the state,
 * wires the parts to it, keeps the URL fragment in step (history.replaceState, no history spam)
 * and saves the visitor's own matrix through the store (verified, merged with other tabs).
 * The table, chart and share parts, paste parsing and files load on first use.
 *
 * Where the matrix comes from, in this order: link → saved → empty. A shared link is shown
 * but never written over the visitor's own saved matrix, until they choose to keep it.
 */
import { Component } from 'preact';
import { makeT, type Strings } from '../../i18n/translate';
import { emptyMatrix, withMeasure, type Goal, type Matrix, type Measure } from '../../lib/impactmatrix/fields';
import { blankRow, room } from '../../lib/impactmatrix/edit';
import { exampleMatrix, EXAMPLE_SIZE } from '../../lib/impactmatrix/example';
import { decodeLink, encodeLink } from '../../lib/impactmatrix/link';
import { STORAGE_KEY, browserStorage, loadStatus, saveMerged } from '../../lib/impactmatrix/storage';
import { noticeFor } from '../../lib/store';
import { onStoreChange } from '../store-events';
import Inputs from './Inputs';
import { insertedRows, type Rows } from '../../lib/impactmatrix/rows';
import type { Source, State, Workspace } from './rows';
import { measureName, tk, type Host, type QuadrantLinks, type T } from './types';

export interface Props {
  /** The impact matrix strings with short keys (`stringsFor('impactmatrix.')`). */
  strings: Strings;
  /** Kennisbank links per quadrant. */
  links: QuadrantLinks;
}

/** A class component: Preact's hooks module would cost the page another kilobyte of its JS budget. */
export default class Impactmatrix extends Component<Props, State> implements Host {
  t: T;
  nextId = 1;
  dirty = false;
  /** This tab's last own saved (or loaded) matrix: the base of the three-way merge. */
  own: Matrix = emptyMatrix();
  timer: ReturnType<typeof setTimeout> | undefined;
  stopStore: (() => void) | undefined;
  loading: Promise<Workspace> | undefined;
  /** The workspace could not be loaded. */
  noWorkspace = false;
  /** Element to focus once it is there (a new row may wait for the workspace to load). */
  pendingFocus = '';

  constructor(props: Props) {
    super(props);
    this.t = makeT(props.strings) as T;
    this.state = { ...this.fresh(emptyMatrix()), source: 'new', ready: false, hasOwn: false, kept: false, dropped: [], droppedFrom: 'link', newer: null, status: '', undo: null, paste: null, copy: '', file: '', store: null, page: '', W: null };
  }

  override componentDidMount() {
    this.restore();
    addEventListener('hashchange', this.restore);
    addEventListener('pagehide', this.persist);
    this.stopStore = onStoreChange(STORAGE_KEY, this.otherTab);
  }

  override componentWillUnmount() {
    removeEventListener('hashchange', this.restore);
    removeEventListener('pagehide', this.persist);
    this.stopStore?.();
    clearTimeout(this.timer);
  }

  /** link → saved → empty. Also runs when someone pastes another link into the address bar. */
  restore = () => {
    const link = decodeLink(location.hash);
    // Our own replaceState never fires hashchange; a skip link (#main) is not a matrix.
    if (this.state.ready && !link.present) return;
    const loaded = loadStatus(browserStorage());
    const saved = loaded.status === 'ok' && encodeLink(loaded.value) !== '' ? loaded.value : null;
    this.own = loaded.value;
    let m = saved ?? emptyMatrix();
    let source: Source = saved ? 'saved' : 'new';
    if (link.present) {
      m = link.matrix;
      // Reloading your own page brings back your own link: that is not someone else's matrix.
      source = saved && link.dropped.length === 0 && encodeLink(saved) === encodeLink(m) ? 'saved' : 'link';
    }
    this.dirty = false;
    const dropped = link.present ? link.dropped : [];
    this.setState({ ...this.fresh(m), source, ready: true, hasOwn: saved !== null, kept: false, dropped, droppedFrom: 'link', newer: link.present ? link.newer : null, store: noticeFor(loaded.status), page: location.origin + location.pathname + location.search });
  };

  /** Another tab saved: save this tab's pending change (merged), or show what is stored now. */
  otherTab = () => {
    if (this.state.source === 'link') return;
    if (this.dirty) return this.persist();
    const loaded = loadStatus(browserStorage());
    if (loaded.status !== 'ok' || encodeLink(loaded.value) === encodeLink(this.state.m)) return;
    this.own = loaded.value;
    this.show(loaded.value, this.t('notice.changedElsewhere'));
  };

  /** Shows a matrix that came from storage, keeping row keys (and focus) when the rows line up. */
  show(m: Matrix, status: string) {
    const same = m.touchpoints.length === this.state.m.touchpoints.length;
    this.setState(same ? { m, status, undo: null } : { ...this.fresh(m), status, undo: null });
  }

  /** New rows, edits and errors for a whole new matrix. */
  fresh(m: Matrix) {
    return { m, ids: m.touchpoints.map(() => this.nextId++), edits: {}, errors: {} };
  }

  /** Whether there is more to show than the start screen (then the workspace loads). */
  busy(): boolean {
    const s = this.state;
    return s.m.touchpoints.length > 0 || s.source === 'link' || s.dropped.length > 0 || s.newer !== null || s.store !== null;
  }

  override componentDidUpdate() {
    // A failed load is shown by render (noWorkspace); nothing to do here.
    if (this.busy()) this.workspace().catch(() => {});
    this.applyFocus();
    clearTimeout(this.timer);
    this.timer = setTimeout(this.persist, 250);
  }

  /** Loads the table, matrix and share parts once (they are not needed for an empty start). */
  workspace(): Promise<Workspace> {
    this.loading ??= import('./Workspace').then(
      (W) => {
        this.setState({ W });
        return W;
      },
      (e: unknown) => {
        // Offline and not stored: show what can be shown without it (see render).
        this.noWorkspace = true;
        this.forceUpdate();
        throw e;
      },
    );
    return this.loading;
  }

  applyFocus() {
    const el = this.pendingFocus && document.getElementById(this.pendingFocus);
    if (!el) return;
    el.focus();
    this.pendingFocus = '';
  }

  focus = (id: string) => () => {
    this.pendingFocus = id;
    this.applyFocus();
  };

  /** Address bar in step with the matrix; the visitor's own matrix saved (never a shared one). */
  persist = () => {
    if (!this.state.ready) return;
    const { m, source } = this.state;
    const hash = encodeLink(m);
    const target = location.pathname + location.search + (hash ? `#${hash}` : '');
    if (target !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', target);
    if (this.dirty && source !== 'link') this.save(m, this.own);
  };

  /** Saves, merged with what another tab stored since; true when stored and read back. */
  save(m: Matrix, base?: Matrix): boolean {
    this.dirty = false;
    const r = saveMerged(browserStorage(), m, base);
    const store = noticeFor(r.result);
    if (r.result === 'saved') this.own = r.value;
    if (store !== this.state.store) this.setState({ store });
    if (r.result === 'saved' && encodeLink(r.value) !== encodeLink(m)) this.show(r.value, this.t('notice.changedElsewhere'));
    return !store;
  }

  /** Changes the matrix (and with Rows its keys, typed text and errors); `then` runs after the render. */
  change(next: Matrix | Rows, extra: Partial<State> = {}, then?: () => void) {
    this.dirty = true;
    this.setState({ ...('ids' in next ? next : { m: next }), copy: '', kept: false, ...extra }, then);
  }

  withUndo(status: string): Partial<State> {
    return { status, undo: { m: this.state.m, ids: this.state.ids } };
  }

  onText = (key: 'title' | 'goalText' | 'unit', v: string) => this.change({ ...this.state.m, [key]: v });
  onGoal = (goal: Goal) => this.change({ ...this.state.m, goal });

  rows = (): Rows => ({ m: this.state.m, ids: this.state.ids, edits: this.state.edits, errors: this.state.errors });
  newId = () => this.nextId++;

  add = () => {
    const { m } = this.state;
    if (room(m) === 0) return this.setState({ status: this.t('max', { max: m.touchpoints.length }) });
    const r = insertedRows(this.rows(), m.touchpoints.length, [blankRow()], this.newId);
    this.change(r, { status: this.t('row.added', { row: r.ids.length }), undo: null }, this.focus(`im-${r.ids[r.ids.length - 1]}-name`));
  };

  /** Replaces the whole matrix (example, file, empty table), with undo. */
  replace(m: Matrix, status: string, extra: Partial<State> = {}) {
    const keep = this.state.m.touchpoints.length > 0 ? this.withUndo(status) : { status, undo: null };
    this.change(m, { ...this.fresh(m), ...keep, ...extra });
  }

  clear = () => this.replace({ ...this.state.m, touchpoints: [] }, this.t('cleared'));
  exampleNames = () => Array.from({ length: EXAMPLE_SIZE }, (_, i) => tk(this.t, `example.${i + 1}`));
  loadExample = () => this.replace(exampleMatrix(this.t('example.title'), this.exampleNames()), this.t('example.loaded'));

  undo = () => {
    const u = this.state.undo;
    if (u) this.change(u.m, { ids: u.ids, edits: {}, errors: {}, undo: null, status: '' });
  };

  /** Adds pasted rows after row `at` (-1 = at the end); the parser loads on first use. */
  pasteRows = async (text: string, at = -1) => {
    const { read } = await import('./paste-report');
    const { m } = this.state;
    const { result, report: paste } = read(text, m.measure, room(m), this.t);
    const r = insertedRows(this.rows(), at < 0 ? m.touchpoints.length - 1 : at, result.rows, this.newId);
    this.change(r, { paste, status: result.rows.length > 0 ? paste.head : '', undo: null });
  };

  onMeasure = (measure: Measure) => {
    const { m } = this.state;
    const hasScores = m.touchpoints.some((x) => x.sat !== null) || m.divX !== null;
    const status = hasScores ? this.t('measure.converted', { from: measureName(this.t, m.measure), to: measureName(this.t, measure) }) : '';
    this.change(withMeasure(m, measure), { edits: {}, errors: {}, status, undo: null });
  };

  /** Keeps a shared matrix as the visitor's own ("Bewaard" only when it was stored and reads back). */
  /** Shows a matrix as the visitor's own (the base of the next merge). */
  adopt(m: Matrix, extra: Partial<State> = {}) {
    this.dirty = false;
    this.own = m;
    this.setState({ ...this.fresh(m), ...extra });
  }

  url(): string {
    const hash = encodeLink(this.state.m);
    return this.state.page && this.state.page + (hash ? `#${hash}` : '');
  }

  onOpen = async (f: File) => {
    const r = await (await this.workspace()).openFile(f, this.t);
    if (!r.ok) return this.setState({ file: r.message });
    this.replace(r.matrix, '', { file: this.t('files.opened', { file: f.name }), source: 'saved', dropped: r.dropped, droppedFrom: 'file', newer: r.newer });
  };

  render() {
    const { m, ready, source, W, store } = this.state;
    const t = this.t;
    if (!ready) return <div class="im" />;
    const empty = m.touchpoints.length === 0;
    const inputs = <Inputs key="in" m={m} t={t} a={this} W={W} paste={this.state.paste} file={this.state.file} failed={this.noWorkspace} />;
    const results = W && !empty && <W.Outcome key="out" m={m} t={t} links={this.props.links} exampleNames={this.exampleNames()} onDividers={(divX, divY) => this.change({ ...m, divX, divY })} />;
    const url = this.url();
    return (
      <div class="im">
        {W && <W.Notices host={this} />}
        <div class="im-status-bar" role="status">
          {this.state.status && <p>{this.state.status}</p>}
          {this.state.undo && (
            <button type="button" class="button" onClick={this.undo}>
              {t('undo')}
            </button>
          )}
        </div>
        {/* Whoever opens a shared link came for the result: show it first, the inputs after, both
            at once when the workspace is there (inputs first would be pushed down by the result). */}
        {source !== 'link' ? [inputs, results] : W || empty || this.noWorkspace ? [results, inputs] : null}
        {W && !empty && <W.SharePanel t={t} url={url} copy={this.state.copy} saved={source === 'link' ? 'shared' : store ? 'failed' : 'saved'} file={this.state.file} m={m} page={this.state.page} onCopied={(copy) => this.setState({ copy })} onOpen={this.onOpen} />}
      </div>
    );
  }
}
