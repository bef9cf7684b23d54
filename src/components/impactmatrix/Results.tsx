/**
 * What the matrix says, as text: the four quadrants with their strategy and kennisbank link,
 * the priority list with its formula, and the whole matrix as a table (the chart's accessible
 * alternative). Used by the island and, for the example, by the page without JavaScript.
 */
import { scaleOf, type Matrix } from '../../lib/impactmatrix/fields';
import { formatValue } from '../../lib/impactmatrix/cells';
import { FROM_SOURCE, quadrantCounts, type Analysis, type Quadrant } from '../../lib/impactmatrix/model';
import { quadrantNames, satRange } from './labels';
import { tk, type QuadrantLinks, type T } from './types';

/** Quadrants in the chart's reading order: top row, then bottom row. */
const ORDER: Quadrant[] = ['fix', 'grow', 'prevent', 'cost'];
/** Names listed per quadrant before "…". */
const LIST_MAX = 6;

interface Props {
  m: Matrix;
  a: Analysis;
  t: T;
  id: string;
}

export function Quadrants({ a, t, id, links }: Props & { links: QuadrantLinks }) {
  const counts = quadrantCounts(a.ranking.ranked);
  return (
    <section class="im-quadrants" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`}>{t('quadrants.title')}</h2>
      <p class="im-intro">{t('quadrants.intro')}</p>
      <ul class="im-qcards">
        {ORDER.map((q) => {
          const inQ = a.ranking.ranked.filter((r) => r.quadrant === q);
          const source = FROM_SOURCE.includes(q);
          return (
            <li key={q} class={`im-qcard im-qcard--${q}`}>
              <h3>{tk(t, `q.${q}`)}</h3>
              <p class="im-qcard__meta">
                {tk(t, `q.${q}.where`)} · <span class={source ? 'im-badge im-badge--source' : 'im-badge'}>{source ? t('q.source') : t('q.own')}</span>
              </p>
              <p>{tk(t, `q.${q}.text`)}</p>
              {counts[q] > 0 && (
                <p class="im-qcard__list">
                  <strong>{counts[q] === 1 ? t('q.countOne') : t('q.count', { n: counts[q] })}:</strong>{' '}
                  {inQ
                    .slice(0, LIST_MAX)
                    .map((r) => r.name.trim() || t('unnamed'))
                    .join(', ')}
                  {inQ.length > LIST_MAX ? ', …' : ''}
                </p>
              )}
              <p class="im-qcard__read">
                {t('q.read')} <a href={links[q]}>{tk(t, `q.${q}.link`)}</a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The first touchpoints to work on, with their priority as a bar and a number. */
export function Priority({ a, t, id, top = 10 }: Props & { top?: number }) {
  const { ranked, volumeIgnored } = a.ranking;
  const names = quadrantNames(t);
  return (
    <section class="im-priority" aria-labelledby={`${id}-p`}>
      <h2 id={`${id}-p`}>{t('priority.title')}</h2>
      <p class="im-formula">
        <strong>{t('priority.formula')}</strong> {t('priority.explain')}
        {volumeIgnored && ` ${t('priority.zero')}`}
      </p>
      {ranked.length === 0 ? (
        <p class="im-hint">{t('priority.none')}</p>
      ) : (
        <ol class="im-plist">
          {ranked.slice(0, top).map((r) => (
            <li key={r.row}>
              <span class="im-plist__name">{r.name.trim() || t('unnamed')}</span>
              <span class="im-plist__bar" aria-hidden="true">
                <span class={`im-bar im-bar--${r.quadrant}`} style={{ inlineSize: `${Math.max(1, r.priority)}%` }} />
              </span>
              <span class="im-plist__score">{t('priority.score', { p: r.priority })}</span>
              <span class="im-plist__q">{names[r.quadrant]}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Every touchpoint in the matrix as a table, in priority order. */
export function DataTable({ m, a, t, id }: Props) {
  const names = quadrantNames(t);
  const sat = scaleOf('sat', m.measure);
  return (
    <section class="im-data" aria-labelledby={`${id}-d`}>
      <h2 id={`${id}-d`}>{t('data.title')}</h2>
      <section class="table-wrap" tabIndex={0} aria-labelledby={`${id}-dc`}>
        <table class="im-table">
          <caption id={`${id}-dc`}>{t('data.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('col.num')}
              </th>
              <th scope="col">{t('col.name')}</th>
              <th scope="col" class="num">
                {t('col.sat', { range: satRange(t, m.measure) })}
              </th>
              <th scope="col" class="num">
                {t('col.impact')}
              </th>
              <th scope="col" class="num">
                {t('col.volume')}
                {m.unit.trim() && ` (${m.unit.trim()})`}
              </th>
              <th scope="col">{t('data.quadrant')}</th>
              <th scope="col" class="num">
                {t('data.priority')}
              </th>
            </tr>
          </thead>
          <tbody>
            {a.ranking.ranked.map((r) => (
              <tr key={r.row}>
                <td class="num">{r.row}</td>
                <th scope="row" class="im-table__name">
                  {r.name.trim() || t('unnamed')}
                </th>
                <td class="num">{formatValue(r.sat, sat)}</td>
                <td class="num">{formatValue(r.impact, { decimals: 1 })}</td>
                <td class="num">{formatValue(r.volume, { decimals: 0 })}</td>
                <td>{names[r.quadrant]}</td>
                <td class="num">{r.priority}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
