/**
 * The team's scores per dimension: mean and level, lowest–highest, how many have a score, whether
 * they disagree, and the targets the team set (mean, lowest–highest, how many) under the mean.
 * On narrow screens the wide columns move under the name and the mean.
 */
import { formatTenths } from '../../lib/zelfscan/scoring';
import type { TeamResult } from '../../lib/zelfscan/team';
import type { ClientModel } from '../../lib/zelfscan/types';
import type { T, TeamKey } from './strings';

export interface Props {
  t: T<TeamKey>;
  model: ClientModel;
  team: TeamResult;
  /** Number of people compared. */
  people: number;
  /** Any of them set targets: show the targets column. */
  withTargets: boolean;
}

export default function TeamTable({ t, model, team, people, withTargets }: Props) {
  const levelName = (tenths: number | null) => (tenths === null ? '' : (model.levels[Math.floor(tenths / 10) - 1]?.name ?? ''));
  return (
    <div class="table-wrap">
      <table class="zs-scores">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col">{t('table.mean')}</th>
            <th scope="col" class="zs-wide">
              {t('table.range')}
            </th>
            <th scope="col" class="num zs-wide">
              {t('table.n')}
            </th>
            <th scope="col" class="zs-wide">
              {t('table.agree')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((d, i) => {
            const { spread: s, targets: g } = team.dimensions[i]!;
            const none = t('none');
            const range = s.min === null || s.max === null ? none : `${formatTenths(s.min)} – ${formatTenths(s.max)}`;
            const n = `${s.n}/${people}`;
            const agree = s.n < 2 ? none : s.disagree ? <strong class="zs-flag">⚠ {t('disagree')}</strong> : t('agree');
            const target =
              g.meanTenths === null || g.min === null || g.max === null
                ? none
                : t('target', { mean: formatTenths(g.meanTenths), range: g.min === g.max ? String(g.min) : `${g.min}–${g.max}`, n: g.n });
            return (
              <tr key={d.id} class={s.disagree ? 'zs-disagree' : undefined}>
                <th scope="row">
                  {d.name}
                  <span class="zs-narrow zs-scores__sub">
                    {t('table.n')}: {n}
                  </span>
                </th>
                <td>
                  {s.meanTenths === null ? none : `${formatTenths(s.meanTenths)} · ${levelName(s.meanTenths)}`}
                  <span class="zs-narrow zs-scores__sub">{range}</span>
                  <span class="zs-narrow zs-scores__sub">{agree}</span>
                  {withTargets && (
                    <span class="zs-scores__sub zs-scores__goal">
                      {t('table.target')}: <span class="zs-figure">{target}</span>
                    </span>
                  )}
                </td>
                <td class="zs-wide">{range}</td>
                <td class="num zs-wide">{n}</td>
                <td class="zs-wide">{agree}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
