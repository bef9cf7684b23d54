/**
 * The headline of a comparison: the overall level and score then → now with the difference, in
 * the place and style of a result's headline, and how many dimensions rose, fell or stayed.
 */
import { formatDelta, type Comparison } from '../../lib/zelfscan/compare';
import { formatTenths } from '../../lib/zelfscan/scoring';
import type { ClientModel } from '../../lib/zelfscan/types';
import type { T } from './strings';

export interface Props {
  t: T;
  model: ClientModel;
  c: Comparison;
  /** The names with their dates, for the line that says which two these are. */
  full: { from: string; to: string };
}

export default function CompareHead({ t, model, c, full }: Props) {
  const o = c.overall;
  const name = (n: number | null) => (n === null ? '' : (model.levels[n - 1]?.name ?? ''));
  const moved = { up: 0, down: 0, same: 0 };
  for (const d of c.dimensions) if (d.delta !== null) moved[d.delta > 0 ? 'up' : d.delta < 0 ? 'down' : 'same'] += 1;
  return (
    <section class="zs-overall zs-compare__head" aria-labelledby="zs-cmp-overall">
      <div class="zs-overall__main">
        <h3 id="zs-cmp-overall" class="zs-overall__label">
          {t('result.overall')}
        </h3>
        {o.fromLevel !== null && o.toLevel !== null && o.from !== null && o.to !== null && o.delta !== null ? (
          <>
            <p class="zs-overall__level">
              {o.fromLevel === o.toLevel
                ? t('result.level', { n: o.toLevel, name: name(o.toLevel) })
                : t('compare.level', { from: o.fromLevel, to: o.toLevel })}
            </p>
            <p class="zs-overall__score">
              <span class="zs-figure">{t('compare.score', { from: formatTenths(o.from), to: formatTenths(o.to) })}</span>{' '}
              <span class="zs-figure">({formatDelta(o.delta)})</span>
            </p>
            <p class="zs-overall__text">
              {o.fromLevel === o.toLevel ? t('compare.level.same') : t('compare.names', { from: name(o.fromLevel), to: name(o.toLevel) })}
            </p>
          </>
        ) : (
          <p>{t('compare.noOverall')}</p>
        )}
        <p class="zs-muted zs-compare__which">{t('compare.which', full)}</p>
      </div>
      <dl class="zs-extremes" aria-label={t('compare.figures')}>
        {(['up', 'down', 'same'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`compare.dims.${k}`)}</dt>
            <dd class="zs-figure">{moved[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
