/**
 * The impact matrix island. All logic lives in src/lib/impactmatrix; this file keeps the state,
 * wires the parts to it, keeps the URL fragment in step (history.replaceState, no history spam)
 * and saves the visitor's own matrix. Paste parsing and files load on first use.
 *
 * Where the matrix comes from, in this order: link → saved → empty. A shared link is shown
 * but never written over the visitor's own saved matrix, until they choose to keep it.
 */
import { Component } from 'preact';
import { makeT, type Strings } from '../../i18n/translate';
import { emptyMatrix, withMeasure, type Goal, type Matrix, type Measure, type NumColumn } from '../../lib/impactmatrix/fields';
import type { CellError } from '../../lib/impactmatrix/cells';
import { blankRow, insertRows, moved, room, setName, without } from '../../lib/impactmatrix/edit';
import { exampleMatrix, EXAMPLE_SIZE } from '../../lib/impactmatrix/example';
import { decodeLink, encodeLink, type Dropped } from '../../lib/impactmatrix/link';
import { loadSaved, saveMatrix } from '../../lib/impactmatrix/storage';
import { browserStorage } from '../../lib/safe-storage';
import { copyText } from '../copy-text';
import Notices from './Notices';
import PastePanel from './PastePanel';
import type { PasteReport } from './paste-report';
import Start from './Start';
import Settings from './Settings';
import { measureName, tk, type QuadrantLinks, type T } from './types';

type Workspace = typeof import('./Workspace');

type Source = 'new' | 'saved' | 'link';

export interface Props {
  /** The impact matrix strings with short keys (`stringsFor('impactmatrix.')`). */
  strings: Strings;
  /** Kennisbank links per quadrant. */
  links: QuadrantLinks;
}

interface State {
  m: Matrix;
  /** Stable keys of the rows, parallel to m.touchpoints (focus survives reordering). */
  ids: number[];
  edits: Record<string, string>;
  errors: Record<string, CellError>;
  source: Source;
  ready: boolean;
  hasOwn: boolean;
  kept: boolean;
  dropped: Dropped[];
  droppedFrom: 'link' | 'file';
  newer: number | null;
  /** Spoken and shown after an action; `undo` brings back the matrix before it. */
  status: string;
  undo: { m: Matrix; ids: number[] } | null;
  paste: PasteReport | null;
  copy: '' | 'copied' | 'fallback';
  file: string;
  saveFailed: boolean;
  page: string;
  /** The table, matrix and share parts, loaded once there are touchpoints. */
  W: Workspace | null;
}

/** A class component: Preact's hooks module would cost the page another kilobyte of its JS budget. */
export default class Impactmatrix extends Component<Props, State> {
  t: T;
  nextId = 1;
  dirty = false;
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(props: Props) {
    super(props);
    this.t = makeT(props.strings) as T;
    const m = emptyMatrix();
    this.state = {
      m,
      ids: [],
      edits: {},
      errors: {},
      source: 'new',
      ready: false,
      hasOwn: false,
      kept: false,
      dropped: [],
      droppedFrom: 'link',
      newer: null,
      status: '',
      undo: null,
      paste: null,
      copy: '',
      file: '',
      saveFailed: false,
      page: '',
      W: null,
    };
  }

  override componentDidMount() {
    this.restore();
    addEventListener('hashchange', this.restore);
    addEventListener('pagehide', this.persist);
  }

  override componentWillUnmount() {
    removeEventListener('hashchange', this.restore);
    removeEventListener('pagehide', this.persist);
    clearTimeout(this.timer);
  }

  /** link → saved → empty. Also runs when someone pastes another link into the address bar. */
  restore = () => {
    const link = decodeLink(location.hash);
    // Our own replaceState never fires hashchange; a skip link (#main) is not a matrix.
    if (this.state.ready && !link.present) return;
    const saved = loadSaved(browserStorage());
    let m = saved ?? emptyMatrix();
    let source: Source = saved ? 'saved' : 'new';
    if (link.present) {
      m = link.matrix;
      // Reloading your own page brings back your own link: that is not someone else's matrix.
      const own = saved && link.dropped.length === 0 && encodeLink(saved) === encodeLink(m);
      source = own ? 'saved' : 'link';
    }
    this.dirty = false;
    this.setState({
      ...this.fresh(m),
      source,
      ready: true,
      hasOwn: saved !== null,
      kept: false,
      dropped: link.present ? link.dropped : [],
      droppedFrom: 'link',
      newer: link.present ? link.newer : null,
      page: location.origin + location.pathname + location.search,
    });
  };

  /** New rows, edits and errors for a whole new matrix. */
  fresh(m: Matrix) {
    return { m, ids: m.touchpoints.map(() => this.nextId++), edits: {}, errors: {} };
  }

  override componentDidUpdate() {
    if (this.state.m.touchpoints.length > 0) void this.workspace();
    this.applyFocus();
    clearTimeout(this.timer);
    this.timer = setTimeout(this.persist, 250);
  }

  loading: Promise<Workspace> | undefined;
  /** Loads the table, matrix and share parts once (they are not needed for an empty start). */
  workspace(): Promise<Workspace> {
    this.loading ??= import('./Workspace').then((W) => {
      this.setState({ W });
      return W;
    });
    return this.loading;
  }

  /** Address bar in step with the matrix; the visitor's own matrix saved (never a shared one). */
  persist = () => {
    if (!this.state.ready) return;
    const { m, source } = this.state;
    const hash = encodeLink(m);
    const target = location.pathname + location.search + (hash ? `#${hash}` : '');
    if (target !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', target);
    if (this.dirty && source !== 'link') {
      this.dirty = false;
      const failed = !saveMatrix(browserStorage(), m);
      if (failed !== this.state.saveFailed) this.setState({ saveFailed: failed });
    }
  };

  /** Changes the matrix (and optionally the row ids); `undo` keeps the one before for "Ongedaan maken". */
  change(m: Matrix, extra: Partial<State> = {}, then?: () => void) {
    this.dirty = true;
    this.setState({ m, copy: '', kept: false, ...extra }, then);
  }

  /** Element to focus once it is there (a new row may wait for the workspace to load). */
  pendingFocus = '';
  focus = (id: string) => () => {
    this.pendingFocus = id;
    this.applyFocus();
  };
  applyFocus() {
    const el = this.pendingFocus && document.getElementById(this.pendingFocus);
    if (!el) return;
    el.focus();
    this.pendingFocus = '';
  }

  withUndo(status: string): Partial<State> {
    return { status, undo: { m: this.state.m, ids: this.state.ids } };
  }

  onName = (i: number, v: string) => this.change(setName(this.state.m, i, v), { status: '' });

  onCell = (i: number, c: NumColumn, text: string) => {
    const { W, ids } = this.state;
    if (!W) return;
    const key = `${ids[i]}:${c}`;
    const r = W.setCell(this.state.m, i, c, text);
    const errors = { ...this.state.errors };
    if (r.error) errors[key] = r.error;
    else delete errors[key];
    this.change(r.m, { edits: { ...this.state.edits, [key]: text }, errors, status: '' });
  };

  /** Leaving a valid cell shows its value the way the page writes it. */
  onBlurCell = (i: number, c: NumColumn) => {
    const key = `${this.state.ids[i]}:${c}`;
    if (this.state.errors[key] || !(key in this.state.edits)) return;
    const edits = { ...this.state.edits };
    delete edits[key];
    this.setState({ edits });
  };

  onMove = (i: number, delta: -1 | 1, focus: string) => {
    const { m, ids } = this.state;
    const name = m.touchpoints[i]?.name.trim() || this.t('unnamed');
    const status = this.t('row.moved', { name, row: i + 1 + delta });
    this.change({ ...m, touchpoints: moved(m.touchpoints, i, delta) }, { ids: moved(ids, i, delta), status, undo: null }, this.focus(focus));
  };

  onRemove = (i: number) => {
    const { m, ids } = this.state;
    const status = this.t('row.removed', { row: i + 1, name: m.touchpoints[i]?.name.trim() || this.t('unnamed') });
    const next = ids[i + 1] ?? ids[i - 1];
    this.change({ ...m, touchpoints: without(m.touchpoints, i) }, { ids: without(ids, i), ...this.withUndo(status) }, this.focus(next === undefined ? 'im-add' : `im-${next}-name`));
  };

  add = () => {
    const { m, ids } = this.state;
    if (room(m) === 0) return this.setState({ status: this.t('max', { max: m.touchpoints.length }) });
    const id = this.nextId++;
    this.change(insertRows(m, m.touchpoints.length, [blankRow()]), { ids: [...ids, id], status: this.t('row.added', { row: m.touchpoints.length + 1 }), undo: null }, this.focus(`im-${id}-name`));
  };

  /** Replaces the whole matrix (example, file, empty table), with undo. */
  replace(m: Matrix, status: string, extra: Partial<State> = {}) {
    const keep = this.state.m.touchpoints.length > 0 ? this.withUndo(status) : { status, undo: null };
    this.change(m, { ...this.fresh(m), ...keep, ...extra });
  }

  exampleNames = () => Array.from({ length: EXAMPLE_SIZE }, (_, i) => tk(this.t, `example.${i + 1}`));

  loadExample = () => this.replace(exampleMatrix(this.t('example.title'), this.exampleNames()), this.t('example.loaded'));

  undo = () => {
    const u = this.state.undo;
    if (u) this.change(u.m, { ids: u.ids, edits: {}, errors: {}, undo: null, status: '' });
  };

  /** Adds pasted rows after row `at` (-1 = at the end); the parser loads on first use. */
  pasteRows = async (text: string, at = -1) => {
    const { read } = await import('./paste-report');
    const { m, ids } = this.state;
    const { result, report: paste } = read(text, m.measure, room(m), this.t);
    const pos = at < 0 ? m.touchpoints.length - 1 : at;
    const newIds = result.rows.map(() => this.nextId++);
    const status = result.rows.length > 0 ? paste.head : '';
    this.change(insertRows(m, pos, result.rows), { ids: [...ids.slice(0, pos + 1), ...newIds, ...ids.slice(pos + 1)], paste, status, undo: null });
    if (at >= 0) document.getElementById('im-paste-text')?.closest('details')?.setAttribute('open', '');
  };

  onMeasure = (measure: Measure) => {
    const { m } = this.state;
    const hasScores = m.touchpoints.some((x) => x.sat !== null) || m.divX !== null;
    const status = hasScores ? this.t('measure.converted', { from: measureName(this.t, m.measure), to: measureName(this.t, measure) }) : '';
    this.change(withMeasure(m, measure), { edits: {}, errors: {}, status, undo: null });
  };

  keep = () => {
    const failed = !saveMatrix(browserStorage(), this.state.m);
    this.setState({ source: 'saved', kept: !failed, hasOwn: true, saveFailed: failed });
  };

  own = () => {
    const saved = loadSaved(browserStorage());
    if (!saved) return;
    this.dirty = false;
    this.setState({ ...this.fresh(saved), source: 'saved', dropped: [], newer: null, status: '' });
  };

  url(): string {
    const hash = encodeLink(this.state.m);
    return this.state.page && this.state.page + (hash ? `#${hash}` : '');
  }

  copyLink = async (input: HTMLInputElement | null) => this.setState({ copy: await copyText(this.url(), input) });

  onDownload = async (kind: 'csv' | 'json') => (await this.workspace()).download(kind, this.state.m, this.t);

  onOpen = async (f: File) => {
    const r = await (await this.workspace()).openFile(f, this.t);
    if (!r.ok) return this.setState({ file: r.message });
    this.replace(r.matrix, '', { file: this.t('files.opened', { file: f.name }), source: 'saved', dropped: r.dropped, droppedFrom: 'file', newer: r.newer });
  };

  render() {
    const { m, ids, ready, source, W } = this.state;
    const t = this.t;
    if (!ready) return <div class="im" />;
    const empty = m.touchpoints.length === 0;
    // While the workspace loads (a moment, once), its place stays empty rather than jumping.
    const wait = !empty && !W;
    const inputs = (
      <section class="im-inputs" aria-labelledby="im-in" key="in">
        <h2 id="im-in">{t('table.title')}</h2>
        <Settings m={m} t={t} onText={(k, v) => this.change({ ...m, [k]: v })} onMeasure={this.onMeasure} onGoal={(goal: Goal) => this.change({ ...m, goal })} />
        {empty && <Start t={t} onEmpty={this.add} onExample={this.loadExample} onOpen={this.onOpen} file={this.state.file} />}
        {W && !empty && (
          <W.Editor
            m={m}
            ids={ids}
            edits={this.state.edits}
            errors={this.state.errors}
            t={t}
            onName={this.onName}
            onCell={this.onCell}
            onBlurCell={this.onBlurCell}
            onMove={this.onMove}
            onRemove={this.onRemove}
            onPasteRows={(i, text) => void this.pasteRows(text, i)}
            onAdd={this.add}
            onClear={() => this.replace({ ...m, touchpoints: [] }, t('cleared'))}
          />
        )}
        {wait && <div class="im-wait" />}
        <PastePanel t={t} open={empty} report={this.state.paste} onPaste={(text) => this.pasteRows(text)} />
      </section>
    );
    const results = W && !empty && <W.Outcome key="out" m={m} t={t} links={this.props.links} exampleNames={this.exampleNames()} onDividers={(divX, divY) => this.change({ ...m, divX, divY })} />;
    const url = this.url();
    return (
      <div class="im">
        <Notices t={t} shared={source === 'link'} hasOwn={this.state.hasOwn} kept={this.state.kept} newer={this.state.newer} dropped={this.state.dropped} from={this.state.droppedFrom} onKeep={this.keep} onOwn={this.own} onClose={() => this.setState({ dropped: [], newer: null })} />
        <div class="im-status-bar" role="status">
          {this.state.status && <p>{this.state.status}</p>}
          {this.state.undo && (
            <button type="button" class="button" onClick={this.undo}>
              {t('undo')}
            </button>
          )}
        </div>
        {/* Whoever opens a shared link came for the result: show it first, the inputs after. */}
        {source === 'link' ? [results, inputs] : [inputs, results]}
        {W && !empty && (
          <W.SharePanel t={t} url={url} copy={this.state.copy} saved={source === 'link' ? 'shared' : this.state.saveFailed ? 'failed' : 'saved'} file={this.state.file} onCopy={this.copyLink} onDownload={this.onDownload} onOpen={this.onOpen} />
        )}
        <p class="im-print-only">
          {t('print.link')} <span class="im-print-url">{url}</span>
        </p>
      </div>
    );
  }
}
