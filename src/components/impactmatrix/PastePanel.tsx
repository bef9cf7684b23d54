/**
 * Paste box: rows copied from a spreadsheet go into the table; the report below lists, line by
 * line, what was not understood (parser: src/lib/impactmatrix/paste.ts, words: paste-report.ts).
 */
import { Component } from 'preact';
import type { PasteReport } from './paste-report';
import type { T } from './types';

interface Props {
  t: T;
  open: boolean;
  report: PasteReport | null;
  /** Adds the rows in the text; resolves when the report is in. */
  onPaste: (text: string) => Promise<void>;
}

/** Lines of the report shown; a longer report ends in "…". */
const SHOWN = 50;

export default class PastePanel extends Component<Props, { text: string; busy: boolean; open: boolean }> {
  /** Open on an empty matrix; after that the visitor decides (pasting does not close it). */
  override state = { text: '', busy: false, open: this.props.open };

  /** Rows came some other way (example, empty row, file): fold the box away; after a paste it stays open for its report. */
  override componentDidUpdate(prev: Props) {
    if (prev.open && !this.props.open && !this.props.report && this.state.open) this.setState({ open: false });
  }

  add = async () => {
    this.setState({ busy: true });
    await this.props.onPaste(this.state.text);
    const added = this.props.report?.added ?? 0;
    this.setState({ busy: false, text: added > 0 ? '' : this.state.text });
  };

  render() {
    const { t, report } = this.props;
    return (
      <details class="im-paste" open={this.state.open} onToggle={(e) => this.setState({ open: e.currentTarget.open })}>
        <summary>{t('paste.title')}</summary>
        <p class="im-hint" id="im-paste-help">
          {t('paste.help')}
        </p>
        <label for="im-paste-text">{t('paste.label')}</label>
        <textarea
          id="im-paste-text"
          rows={5}
          spellcheck={false}
          aria-describedby="im-paste-help"
          value={this.state.text}
          onInput={(e) => this.setState({ text: e.currentTarget.value })}
        />
        <button type="button" class="button button--primary" disabled={this.state.busy} onClick={this.add}>
          {t('paste.add')}
        </button>
        <div class="im-paste__report" role="status">
          {report && <p>{report.head}</p>}
          {report && report.lines.length > 0 && (
            <>
              <p>{t('paste.report')}</p>
              <ul>
                {report.lines.slice(0, SHOWN).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
                {report.lines.length > SHOWN && <li>…</li>}
              </ul>
            </>
          )}
        </div>
      </details>
    );
  }
}
