/**
 * The headline of a result, sized to sit on the first screen of a phone: the overall level, its
 * score and what it means in one line, and the strongest and weakest dimension.
 */
import { formatTenths, type ScanResult } from '../../lib/zelfscan/scoring';
import type { ClientModel } from '../../lib/zelfscan/types';
import { wording, type ScanKey, type T } from './strings';

export interface Props {
  t: T;
  model: ClientModel;
  result: ScanResult;
  own: boolean;
}

export default function Overall({ t, model, result, own }: Props) {
  const say = wording(t, own);
  const o = result.overall;
  const level = o.level ? model.levels[o.level - 1] : undefined;
  const dim = (i: number | null) => {
    const d = i === null ? undefined : result.dimensions[i];
    return {
      name: i === null ? '' : (model.dimensions[i]?.name ?? ''),
      score: d?.tenths == null ? '' : formatTenths(d.tenths),
    };
  };
  const extremes = [
    { label: t('result.strongest'), ...dim(result.strongest) },
    { label: t('result.weakest'), ...dim(result.weakest) },
  ];

  return (
    <section class="zs-overall" aria-labelledby="zs-overall-title">
      <div class="zs-overall__main">
        <h3 id="zs-overall-title" class="zs-overall__label">
          {t('result.overall')}
        </h3>
        {level && o.tenths !== null ? (
          <>
            <p class="zs-overall__level">{t('result.level', { n: level.level, name: level.name })}</p>
            <p class="zs-overall__score">{t('result.score', { score: formatTenths(o.tenths) })}</p>
            <p class="zs-overall__text">{t(`levels.${level.level}` as ScanKey)}</p>
          </>
        ) : (
          <p>{say('result.noOverall')}</p>
        )}
        {o.capped && <p class="zs-muted">{say('result.capped')}</p>}
      </div>
      {result.strongest !== null && (
        <dl class="zs-extremes" aria-label={t('result.figures')}>
          {result.allEqual ? (
            <div>
              <dt class="visually-hidden">{t('result.strongest')}</dt>
              <dd>{t('result.allEqual', { score: extremes[0]!.score })}</dd>
            </div>
          ) : (
            extremes.map((x) => (
              <div key={x.label}>
                <dt>{x.label}</dt>
                <dd>
                  {x.name} <span class="zs-figure">({x.score})</span>
                </dd>
              </div>
            ))
          )}
        </dl>
      )}
    </section>
  );
}
