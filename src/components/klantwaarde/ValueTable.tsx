/** The value per customer per segment as a table: the chart's equivalent, and the no-JS example. */
import { SEGMENTS, type Segment } from '../../lib/klantwaarde/fields';
import { formatMoney } from '../../lib/klantwaarde/format';
import type { Result, SegmentValue } from '../../lib/klantwaarde/model';
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

/** The value columns, in order; the last (the net value) is in bold. */
const VALUES = ['lifetime', 'referral', 'adjusted'] as const satisfies readonly (keyof SegmentValue)[];

export default function ValueTable({ t, result, before }: Props) {
  const head = [...(before?.head ?? []), ...VALUES.map((c) => t(`table.${c}`))];
  const cells = SEGMENTS.map((seg) => [...(before?.cells(seg) ?? []), ...VALUES.map((c) => formatMoney(result.segments[seg][c]))]);
  // Long amounts (from about € 10 mln.) need more room: the table turns into cards sooner.
  const long = cells.some((row) => row.some((cell) => cell.length > 11));
  return (
    <div class="table-wrap kw-table-wrap">
      <table class={long ? 'kw-table kw-table--long' : 'kw-table'}>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.segment')}</th>
            {head.map((h) => (
              <th scope="col" class="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SEGMENTS.map((seg, r) => (
            <tr key={seg}>
              <th scope="row">
                {t(`segment.${seg}`)} <span class="kw-nps-term">({t(`segment.${seg}.nps`)})</span>
              </th>
              {cells[r]!.map((cell, i) => (
                <td class={i === head.length - 1 ? 'num kw-strong' : 'num'} data-label={head[i]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
