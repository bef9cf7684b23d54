/** The value per customer per segment as a table: the chart's equivalent, and the no-JS example. */
import { SEGMENTS, type Segment } from '../../lib/klantwaarde/fields';
import { formatMoney } from '../../lib/klantwaarde/format';
import type { Result } from '../../lib/klantwaarde/model';
import type { T } from './strings';

export interface Props {
  t: T;
  result: Result;
  /**
   * Columns before the values (the page's static example shows profit per year and years; the
   * calculator shows those as inputs): their headers, and their cells per segment.
   */
  before?: { head: string[]; cells: (segment: Segment) => string[] };
}

export default function ValueTable({ t, result, before }: Props) {
  // Long amounts (from about € 10 mln.) need more room: the table turns into cards sooner.
  const long = SEGMENTS.some((seg) => Object.values(result.segments[seg]).some((v) => formatMoney(v).length > 11));
  const row = (seg: Segment) => {
    const v = result.segments[seg];
    return (
      <tr key={seg}>
        <th scope="row">
          {t(`segment.${seg}`)} <span class="kw-nps-term">({t(`segment.${seg}.nps`)})</span>
        </th>
        {before?.cells(seg).map((cell, i) => (
          <td class="num" data-label={before.head[i]}>
            {cell}
          </td>
        ))}
        <td class="num" data-label={t('table.lifetime')}>{formatMoney(v.lifetime)}</td>
        <td class="num" data-label={t('table.referral')}>{formatMoney(v.referral)}</td>
        <td class="num kw-strong" data-label={t('table.adjusted')}>{formatMoney(v.adjusted)}</td>
      </tr>
    );
  };
  return (
    <div class="table-wrap kw-table-wrap">
      <table class={long ? 'kw-table kw-table--long' : 'kw-table'}>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.segment')}</th>
            {before?.head.map((h) => (
              <th scope="col" class="num">
                {h}
              </th>
            ))}
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
