/** Names of settings as the page shows them, shared by the chart, the tables and the files. */
import { scaleOf, type Matrix, type Measure } from '../../lib/impactmatrix/fields';
import { formatValue } from '../../lib/impactmatrix/cells';
import type { CsvLabels } from '../../lib/impactmatrix/files';
import { QUADRANTS, type Quadrant } from '../../lib/impactmatrix/model';
import { measureName, tk, type T } from './types';

export { measureName };


/** The goal in running text: "churn", or the team's own words. */
export const goalName = (t: T, m: Pick<Matrix, 'goal' | 'goalText'>) => (m.goal === 'eigen' && m.goalText.trim() ? m.goalText.trim() : tk(t, `goal.short.${m.goal}`));

/** "CSAT 1–5", "NPS −100–100". */
export function satRange(t: T, m: Measure): string {
  const s = scaleOf('sat', m);
  return `${measureName(t, m)} ${formatValue(s.min, s)}–${formatValue(s.max, s)}`;
}

export const quadrantNames = (t: T) => Object.fromEntries(QUADRANTS.map((q) => [q, tk(t, `q.${q}`)])) as Record<Quadrant, string>;

/** Column headings for the CSV file (pasting it back recognises them). */
export function csvLabels(t: T, m: Measure): CsvLabels {
  return {
    name: t('col.name'),
    sat: t('col.sat', { range: satRange(t, m) }),
    impact: t('col.impact'),
    volume: t('col.volume'),
    quadrant: t('data.quadrant'),
    priority: t('data.priority'),
    quadrants: quadrantNames(t),
  };
}
