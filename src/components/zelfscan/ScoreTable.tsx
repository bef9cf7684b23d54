/**
 * Table of the dimension scores with a bar per row: the accessible twin of the radar chart.
 * On narrow screens the bar moves into the level cell and the answered count under the name
 * (the wide-screen columns are then not displayed), so the table fits 320 px without scrolling.
 */
import type { DimensionScore } from '../../lib/zelfscan/scoring';
import { formatTenths } from '../../lib/zelfscan/scoring';
import type { ClientModel } from '../../lib/zelfscan/types';
import Bar from './Bar';
import type { T } from './strings';

export interface Props {
  /** The island's strings. */
  t: T;
  model: ClientModel;
  scores: readonly DimensionScore[];
}

export default function ScoreTable({ t, model, scores }: Props) {
  return (
    <div class="table-wrap">
      <table class="zs-scores">
        <caption>{t('result.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.table.dimension')}</th>
            <th scope="col" class="num">
              {t('result.table.score')}
            </th>
            <th scope="col">{t('result.table.level')}</th>
            <th scope="col" class="zs-scores__bar-col zs-wide">
              <span class="visually-hidden">{t('result.table.bar')}</span>
            </th>
            <th scope="col" class="num zs-wide">
              {t('result.table.answered')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((d, i) => {
            const s = scores[i];
            const level = s?.level ? model.levels[s.level - 1] : undefined;
            const answered = t('result.answered', { n: s?.answered ?? 0, total: d.items.length });
            const dontKnow = s && s.dontKnow > 0 ? t('result.dontKnow', { n: s.dontKnow }) : '';
            const bar = <Bar tenths={s?.tenths ?? null} />;
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.name}
                  <span class="zs-narrow zs-scores__sub">
                    {t('result.table.answered')}: {answered}
                    {dontKnow && `, ${dontKnow}`}
                  </span>
                </th>
                <td class="num">{s?.tenths == null ? '–' : formatTenths(s.tenths)}</td>
                <td>
                  {level ? (
                    `${level.level} · ${level.name}`
                  ) : (
                    <em class="zs-insufficient">{t('result.insufficient')}</em>
                  )}
                  <span class="zs-narrow">{bar}</span>
                </td>
                <td class="zs-scores__bar-col zs-wide">{bar}</td>
                <td class="num zs-wide">
                  {answered}
                  {dontKnow && <span class="zs-dontknow">{dontKnow}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
