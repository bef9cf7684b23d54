/**
 * The calculator's results, in the two parts that hydrate one after the other (see ../Later.tsx):
 * first what a reader came for (the conclusion and the key figures), then the chart, the table
 * and what the result rests on. Stateless: the island works the outcome out once per render.
 */
import type { ComponentChildren } from 'preact';
import type { State } from '../../lib/klantwaarde/fields';
import { assumptions } from '../../lib/klantwaarde/explain';
import type { Result } from '../../lib/klantwaarde/model';
import BarChart from './BarChart';
import ValueTable from './ValueTable';
import type { T } from './strings';

/** An amount as [compact, exact]: the compact form where space is short, the exact one in print. */
export type Amount = readonly [short: string, exact: string];

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
    baseValue: Amount;
    npsAfter: string;
    npsDelta: string;
    delta: Amount;
    /** Value per NPS point gained, in whole euros (or why there is none). */
    perPoint: Amount;
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

/**
 * Figures as a description list: [label, value, exact?] per row; a value never wraps. An amount
 * shows its compact form, and its exact one on hover and in print (the title, see klantwaarde.css).
 * An amount too big for a compact form is written out; such a long one is set smaller (`kw-long`).
 */
const Stats = ({ rows }: { rows: [string, ComponentChildren, string?][] }) => (
  <dl class="kw-stats">
    {rows.map(([dt, dd, exact]) => (
      <div key={dt}>
        <dt>{dt}</dt>
        <dd title={exact !== dd ? exact : undefined} class={typeof dd === 'string' && dd.length > 18 ? 'kw-long' : undefined}>
          {dd}
        </dd>
      </div>
    ))}
  </dl>
);

/** What a reader came for: the conclusion, the customer base and the scenario in figures. */
export function Conclusion({ t, outcome: o }: Props) {
  const { fig } = o;
  return (
    <>
      <div class="kw-conclusion" aria-live="polite">
        <p class="kw-conclusion__head">{o.sentences[0]}</p>
        <p>{o.sentences[1]}</p>
      </div>
      <h3>{t('base.title')}</h3>
      <Stats
        rows={[
          [t('base.customers'), fig.customers],
          [t('base.nps'), fig.nps],
          [t('base.value'), ...fig.baseValue],
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
          [t('scenario.delta'), ...fig.delta],
          [t('scenario.perPoint'), ...fig.perPoint],
        ]}
      />
    </>
  );
}

/** The chart with its table, and what the result rests on. */
export function Details({ t, state, outcome: o }: Props) {
  return (
    <>
      <figure class="kw-figure">
        <BarChart t={t} values={o.values} />
        <figcaption>{t('chart.title')}</figcaption>
      </figure>
      <ValueTable t={t} result={o.result} />
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
