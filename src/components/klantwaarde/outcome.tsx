/**
 * What the results and the meeting view show, worked out from one state and written out once:
 * the sentences, the key figures (amounts as [compact, exact]) and the chart's values; and the
 * part of the meeting view's content that needs Preact (the rest: ./meeting.ts).
 */
import type { State } from '../../lib/klantwaarde/fields';
import { SEGMENTS } from '../../lib/klantwaarde/fields';
import { conclusions, scenarioSentence } from '../../lib/klantwaarde/explain';
import { formatMoney, formatMoneyShort, formatNps, formatNumber, formatUnit } from '../../lib/klantwaarde/format';
import { compute } from '../../lib/klantwaarde/model';
import BarChart from './BarChart';
import type { Amount, Outcome } from './Results';
import type { T } from './strings';

/** An amount as [compact, exact] (whole euros when `whole`). */
const amount = (cents: bigint, whole?: boolean): Amount => [formatMoneyShort(cents, whole), formatMoney(cents, whole)];

/** Works out and writes out everything the results show. */
export function outcomeOf(t: T, state: State): Outcome {
  const result = compute(state);
  const [head, promoter] = conclusions(result);
  const scen = scenarioSentence(state, result);
  const sc = result.scenario;
  const none = t('scenario.noPerPoint');
  return {
    result,
    sentences: [t(`conclusion.${head.id}`, head.vars), t(`conclusion.${promoter.id}`, promoter.vars)],
    scenario: t(`scenario.${scen.id}`, scen.vars),
    fig: {
      nps: formatNps(result.nps),
      customers: formatNumber(result.customers, 0),
      baseValue: amount(result.baseValue),
      npsAfter: formatNps(sc.nps),
      npsDelta: formatNps(sc.npsDelta),
      delta: amount(sc.delta),
      perPoint: sc.perPoint === null ? [none, none] : amount(sc.perPoint, true),
      toPassive: formatUnit(state.toPassive, 'pct'),
      toPromoter: formatUnit(state.toPromoter, 'pct'),
    },
    values: SEGMENTS.map((seg) => result.segments[seg].adjusted),
  };
}

/** The meeting view's own content: the conclusion and the chart (the rest comes from ./meeting.ts). */
export const MeetingChart = ({ t, outcome: o }: { t: T; outcome: Outcome }) => (
  <>
    <p class="kw-meeting__head">{o.sentences[0]}</p>
    <p class="kw-meeting__sub">{o.sentences[1]}</p>
    <BarChart t={t} values={o.values} class="kw-chart--meeting" size={19} />
  </>
);
