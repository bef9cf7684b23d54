/** The value per customer per segment as a table: the chart's equivalent, and the no-JS example. */
import { SEGMENTS, type Segment, type State } from '../../lib/klantwaarde/fields';
import { formatMoney, formatUnit } from '../../lib/klantwaarde/format';
import type { Result } from '../../lib/klantwaarde/model';
import { t, tk } from './t';

export interface Props {
  state: State;
  result: Result;
  /** Also show profit per year and years (the static example); the calculator shows those as inputs. */
  full?: boolean;
}

const PROFIT = { detractor: 'profitDetractor', passive: 'profitPassive', promoter: 'profitPromoter' } as const;
const YEARS = { detractor: 'yearsDetractor', passive: 'yearsPassive', promoter: 'yearsPromoter' } as const;

export default function ValueTable({ state, result, full = false }: Props) {
  const row = (seg: Segment) => {
    const v = result.segments[seg];
    return (
      <tr key={seg}>
        <th scope="row">
          {tk(`segment.${seg}`)} <span class="kw-nps-term">({tk(`segment.${seg}.nps`)})</span>
        </th>
        {full && <td class="num" data-label={t('table.profit')}>{formatMoney(state[PROFIT[seg]])}</td>}
        {full && <td class="num" data-label={t('table.years')}>{formatUnit(state[YEARS[seg]], 'years')}</td>}
        <td class="num" data-label={t('table.lifetime')}>{formatMoney(v.lifetime)}</td>
        <td class="num" data-label={t('table.referral')}>{formatMoney(v.referral)}</td>
        <td class="num kw-strong" data-label={t('table.adjusted')}>{formatMoney(v.adjusted)}</td>
      </tr>
    );
  };
  return (
    <div class="table-wrap">
      <table class={`kw-table${full ? ' kw-table--full' : ''}`}>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.segment')}</th>
            {full && <th scope="col" class="num">{t('table.profit')}</th>}
            {full && <th scope="col" class="num">{t('table.years')}</th>}
            <th scope="col" class="num">{t('table.lifetime')}</th>
            <th scope="col" class="num">{t('table.referral')}</th>
            <th scope="col" class="num">{t('table.adjusted')}</th>
          </tr>
        </thead>
        <tbody>{SEGMENTS.map(row)}</tbody>
      </table>
    </div>
  );
}
