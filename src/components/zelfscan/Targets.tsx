/**
 * "Waar wil je over 12 maanden staan?": a target level per dimension for the current scan. The
 * radar and the table show the targets; the advice then lists every step up to them.
 */
import { formatTenths, type DimensionScore } from '../../lib/zelfscan/scoring';
import type { ClientModel, Targets as TargetList } from '../../lib/zelfscan/types';
import type { T } from './strings';

export interface Props {
  t: T;
  model: ClientModel;
  scores: readonly DimensionScore[];
  targets: TargetList;
  onTarget: (dimension: number, level: number | null) => void;
}

export default function Targets({ t, model, scores, targets, onTarget }: Props) {
  return (
    <section class="zs-targets no-print" aria-labelledby="zs-targets-title">
      <h3 id="zs-targets-title">{t('targets.title')}</h3>
      <p class="zs-muted">{t('targets.intro')}</p>
      <div class="zs-targets__grid">
        {model.dimensions.map((d, i) => {
          const s = scores[i];
          const id = `zs-target-${d.id}`;
          return (
            <div class="zs-field" key={d.id}>
              <label for={id}>
                {d.name}{' '}
                <span class="zs-muted zs-figure">
                  {s?.tenths == null ? t('targets.noScore') : t('targets.now', { score: formatTenths(s.tenths) })}
                </span>
              </label>
              <select
                id={id}
                value={targets[i] == null ? '' : String(targets[i])}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  onTarget(i, v === '' ? null : Number(v));
                }}
              >
                <option value="">{t('targets.none')}</option>
                {model.levels.map((l) => (
                  <option key={l.level} value={String(l.level)}>
                    {t('targets.level', { n: l.level, name: l.name })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}
