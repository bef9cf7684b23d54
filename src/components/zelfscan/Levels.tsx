/**
 * The five levels, one line each, and whose model they follow. The result's level is marked and
 * says more: its description from the model (what it looks like, what to do next). The page
 * renders it too, without a level and without JavaScript, on the start screen.
 */
import { withBase } from '../../lib/url';
import type { ClientLevel } from '../../lib/zelfscan/types';
import { wording, type ScanKey, type T } from './strings';

export interface Props {
  t: T;
  /** Id of the heading, unique on the page. */
  id: string;
  levels: readonly ClientLevel[];
  /** The result's overall level, or null. */
  current: number | null;
  /** Description of each level (index 0 = level 1), once the advice is there. */
  descriptions: readonly string[] | null;
  own: boolean;
}

export default function Levels({ t, id, levels, current, descriptions, own }: Props) {
  const say = wording(t, own);
  return (
    <section class="zs-levels" aria-labelledby={id}>
      <h3 id={id}>{t('levels.title')}</h3>
      <ol class="zs-levels__list">
        {levels.map((l) => (
          <li key={l.level} class={l.level === current ? 'zs-levels__current' : undefined}>
            <strong>
              {l.level} · {l.name}
            </strong>{' '}
            {l.level === current && <span class="zs-levels__here">{say('levels.here')}</span>}
            <br />
            {(l.level === current && descriptions?.[l.level - 1]) || t(`levels.${l.level}` as ScanKey)}
          </li>
        ))}
      </ol>
      <p class="zs-muted">
        {t('levels.credit')} <a href={withBase('/over/#niveaus')}>{t('levels.more')}</a>
      </p>
    </section>
  );
}
