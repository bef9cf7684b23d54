/**
 * The calculator's results, in the two parts that hydrate one after the other (see ../Later.tsx):
 * the conclusion with chart and table, then the figures, the scenario and the assumptions.
 * Stateless: the island works the outcome out once per render and passes it in.
 */
import type { ComponentChildren } from 'preact';
import type { State } from '../../lib/klantwaarde/fields';
import { assumptions } from '../../lib/klantwaarde/explain';
import type { Result } from '../../lib/klantwaarde/model';
import BarChart from './BarChart';
import ValueTable from './ValueTable';
import type { T } from './strings';

/** What the results (and the meeting view) show, worked out from one state. */
export interface Outcome {
  result: Result;
  /** The conclusion: the headline about a detractor, then the one about a promoter. */
  sentences: [string, string];
  /** The scenario in one sentence. */
  scenario: string;
  /** The key figures, written out once for the page and the meeting view. */
  fig: {
    nps: string;
    customers: string;
    baseValue: string;
    npsAfter: string;
    npsDelta: string;
    delta: string;
    /** Value per NPS point gained (or why there is none). */
    perPoint: string;
    /** The scenario's percentages: detractors who become passive, passives who become promoter. */
    toPassive: string;
    toPromoter: string;
  };
  /** Adjusted value per customer per segment, cents, for the chart. */
  values: number[];
}

export interface Props {
  t: T;
  state: State;
  outcome: Outcome;
}

/** Figures as a description list: [label, value] per row. */
export const Stats = ({ rows }: { rows: [string, ComponentChildren][] }) => (
  <dl class="kw-stats">
    {rows.map(([dt, dd]) => (
      <div key={dt}>
        <dt>{dt}</dt>
        <dd>{dd}</dd>
      </div>
    ))}
  </dl>
);

/** The conclusion, the chart and its table. */
export function Conclusion({ t, outcome: o }: Props) {
  return (
    <>
      <div class="kw-conclusion" aria-live="polite">
        <p class="kw-conclusion__head">{o.sentences[0]}</p>
        <p>{o.sentences[1]}</p>
      </div>
      <figure class="kw-figure">
        <BarChart t={t} values={o.values} />
        <figcaption>{t('chart.title')}</figcaption>
      </figure>
      <ValueTable t={t} result={o.result} />
    </>
  );
}

/** The customer base, the scenario and what the result rests on. */
export function Figures({ t, state, outcome: o }: Props) {
  const { fig } = o;
  return (
    <>
      <h3>{t('base.title')}</h3>
      <Stats
        rows={[
          [t('base.nps'), fig.nps],
          [t('base.customers'), fig.customers],
          [t('base.value'), fig.baseValue],
        ]}
      />
      <h3>{t('scenario.title')}</h3>
      <p>{o.scenario}</p>
      <Stats
        rows={[
          [
            t('scenario.nps'),
            <>
              {fig.npsAfter} <span class="kw-delta">({t('scenario.npsDelta', { delta: fig.npsDelta })})</span>
            </>,
          ],
          [t('scenario.delta'), fig.delta],
          [t('scenario.perPoint'), fig.perPoint],
        ]}
      />
      <h3>{t('assume.title')}</h3>
      <p>{t('assume.intro')}</p>
      <ul class="kw-assume">
        {assumptions(state, o.result).map((a) => (
          <li key={a.id}>{t(`assume.${a.id}`, a.vars)}</li>
        ))}
      </ul>
    </>
  );
}
