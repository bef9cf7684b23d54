/** The start screen of an empty matrix: what to do, start empty, load the invented example, or open a file. */
import type { T } from './types';

interface Props {
  t: T;
  onEmpty: () => void;
  onExample: () => void;
  onOpen: (file: File) => void;
  /** What opening a file said (an error, or nothing). */
  file: string;
}

/** A button-looking label around a hidden file input (keyboard focus shows on the label). */
export function OpenFile({ t, onOpen }: Pick<Props, 't' | 'onOpen'>) {
  return (
    <label class="button im-file">
      {t('files.open')}
      <input
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onOpen(f);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}

export default function Start({ t, onEmpty, onExample, onOpen, file }: Props) {
  return (
    <div class="im-empty">
      <h3>{t('empty.title')}</h3>
      <p>{t('empty.text')}</p>
      <div class="im-actions">
        <button type="button" class="button button--primary" id="im-add" onClick={onEmpty}>
          {t('start.empty')}
        </button>
        <button type="button" class="button" onClick={onExample} aria-describedby="im-example-hint">
          {t('start.example')}
        </button>
        <OpenFile t={t} onOpen={onOpen} />
      </div>
      <p id="im-example-hint" class="im-hint">
        {t('start.exampleHint')}
      </p>
      <p class="im-status" role="status">
        {file}
      </p>
    </div>
  );
}
