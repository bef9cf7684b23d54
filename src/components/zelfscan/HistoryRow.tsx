/**
 * One scan in "Jouw eerdere scans": its name and date, its level and score, and open, rename
 * and delete. Renaming and deleting happen in place (deleting asks first); focus goes to the
 * field or the question, and back to the button when cancelled.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { longDate } from '../../lib/zelfscan/date';
import type { Entry } from '../../lib/zelfscan/history';
import { formatTenths, scoreAnswers } from '../../lib/zelfscan/scoring';
import { NAME_MAX, type ClientModel, type ModelShape } from '../../lib/zelfscan/types';
import type { T } from './strings';

export interface Props {
  t: T;
  shape: ModelShape;
  model: ClientModel;
  entry: Entry;
  label: string;
  /** This is the current scan (no "Bekijk": it is on screen as "Jouw uitslag"). */
  current: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

export default function HistoryRow({ t, shape, model, entry, label, current, onOpen, onRename, onDelete }: Props) {
  const [mode, setMode] = useState<'' | 'rename' | 'delete'>('');
  const [name, setName] = useState(entry.name);
  const field = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const back = useRef<'rename' | 'delete' | ''>('');
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const o = scoreAnswers(shape, entry.answers.items).overall;
  const level = o.level ? model.levels[o.level - 1] : undefined;
  const id = `zs-h-${entry.id}`;

  useEffect(() => {
    if (mode === 'rename') field.current?.focus();
    else if (mode === 'delete') question.current?.focus();
    else if (back.current) {
      (back.current === 'rename' ? renameButton : deleteButton).current?.focus();
      back.current = '';
    }
  }, [mode]);
  const close = (from: 'rename' | 'delete') => {
    back.current = from;
    setMode('');
  };
  const hidden = <span class="visually-hidden"> {label}</span>;

  return (
    <li class="zs-history__item">
      <div class="zs-history__head">
        <p class="zs-history__name">
          <strong>{label}</strong>
          {current && <span class="badge">{t('history.current')}</span>}
        </p>
        <p class="zs-history__meta">
          {entry.name && <span class="zs-figure">{longDate(entry.date)}</span>}
          <span>
            {level && o.tenths !== null ? t('history.level', { n: level.level, name: level.name, score: formatTenths(o.tenths) }) : t('history.noLevel')}
          </span>
        </p>
      </div>
      {mode === '' && (
        <div class="zs-buttons">
          {!current && (
            <button type="button" class="button" onClick={onOpen}>
              {t('history.open')}
              {hidden}
            </button>
          )}
          <button type="button" class="button" ref={renameButton} onClick={() => setMode('rename')}>
            {t('history.rename')}
            {hidden}
          </button>
          <button type="button" class="button" ref={deleteButton} onClick={() => setMode('delete')}>
            {t('history.delete')}
            {hidden}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          class="zs-history__rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(name);
            close('rename');
          }}
        >
          <label for={`${id}-name`}>{t('history.name')}</label>
          <p class="zs-muted" id={`${id}-hint`}>
            {t('history.name.hint')}
          </p>
          <div class="zs-share__row">
            <input id={`${id}-name`} ref={field} type="text" maxLength={NAME_MAX} value={name} aria-describedby={`${id}-hint`} onInput={(e) => setName(e.currentTarget.value)} />
            <button type="submit" class="button button--primary">
              {t('history.name.save')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setName(entry.name);
                close('rename');
              }}
            >
              {t('history.name.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <div class="zs-confirm notice notice--warn" role="group" aria-labelledby={`${id}-q`}>
          <p id={`${id}-q`} ref={question} tabIndex={-1}>
            {t(current ? 'history.delete.current' : 'history.delete.question', { name: label })}
          </p>
          <div class="zs-buttons">
            <button type="button" class="button zs-danger" onClick={onDelete}>
              {t('history.delete.yes')}
            </button>
            <button type="button" class="button" onClick={() => close('delete')}>
              {t('reset.no')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
