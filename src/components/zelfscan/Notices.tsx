/** The messages above the scan (a link that could not be read, saved data, starting over), each with "Sluiten". */
import type { Notice } from './use-scan';
import type { T } from './strings';

export interface Props {
  t: T;
  notices: readonly Notice[];
  /** "Opnieuw beginnen" on a notice about saved data from a newer version. */
  onFresh: () => void;
  onClose: (id: string) => void;
}

export default function Notices({ t, notices, onFresh, onClose }: Props) {
  return (
    <>
      {notices.map((n) => (
        <div class="notice zs-notice no-print" role="status" key={n.id}>
          <p>{n.text}</p>
          {n.fresh && (
            <button type="button" class="button" onClick={onFresh}>
              {t('notice.startFresh')}
            </button>
          )}
          <button type="button" class="button" onClick={() => onClose(n.id)}>
            {t('notice.close')}
          </button>
        </div>
      ))}
    </>
  );
}
