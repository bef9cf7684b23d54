/**
 * The inputs: settings, then the start screen (empty matrix) or the table, then the paste box.
 * The table comes from the workspace chunk; while that loads its place stays empty, and when it
 * cannot load, a notice says so.
 */
import type { Matrix } from '../../lib/impactmatrix/fields';
import PastePanel from './PastePanel';
import type { PasteReport } from './paste-report';
import Settings from './Settings';
import Start from './Start';
import type { Host, T } from './types';

interface Props {
  m: Matrix;
  t: T;
  a: Host;
  W: typeof import('./Workspace') | null;
  paste: PasteReport | null;
  file: string;
  /** The workspace could not be loaded (offline, and not stored by the service worker). */
  failed: boolean;
}

export default function Inputs({ m, t, a, W, paste, file, failed }: Props) {
  const empty = m.touchpoints.length === 0;
  return (
    <section class="im-inputs" aria-labelledby="im-in">
      <h2 id="im-in">{t('table.title')}</h2>
      {/* A first visit starts with what to do; the settings come right after. */}
      {empty && <Start t={t} onEmpty={a.add} onExample={a.loadExample} onOpen={a.onOpen} file={file} />}
      <Settings m={m} t={t} onText={a.onText} onMeasure={a.onMeasure} onGoal={a.onGoal} />
      {!empty && !W && (failed ? <p class="notice notice--warn" role="status">{t('notice.offline')}</p> : <div class="im-wait" />)}
      {!empty && W && (
        <W.Editor host={a} />
      )}
      <PastePanel t={t} open={empty} report={paste} onPaste={a.pasteRows} />
    </section>
  );
}
