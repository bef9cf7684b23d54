/**
 * What the results and the meeting view show, worked out from one state and written out once:
 * the sentences, the key figures (amounts as [compact, exact]) and the chart's values; and what
 * klantwaarde sends to the shared meeting view.
 */
import type { State } from '../../lib/klantwaarde/fields';
import { SEGMENTS } from '../../lib/klantwaarde/fields';
import { conclusions, scenarioSentence } from '../../lib/klantwaarde/explain';
import { formatMoney, formatMoneyShort, formatNps, formatNumber, formatUnit } from '../../lib/klantwaarde/format';
import { compute } from '../../lib/klantwaarde/model';
import type { MeetingContent } from '../meeting/MeetingView';
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

/** The meeting view's content: who and what (one line), the conclusion, the chart, three figures. */
export function meetingOf(t: T, state: State, o: Outcome, url: string): MeetingContent {
  const { fig } = o;
  const vars = { customers: fig.customers, from: fig.nps, to: fig.npsAfter, x: fig.toPassive, y: fig.toPromoter };
  return {
    title: t('meeting.title'),
    summary: t(state.toPassive || state.toPromoter ? 'meeting.summary' : 'meeting.summaryNone', vars),
    content: (
      <>
        <p class="kw-meeting__head">{o.sentences[0]}</p>
        <p class="kw-meeting__sub">{o.sentences[1]}</p>
        <BarChart t={t} values={o.values} class="kw-chart--meeting" size={19} />
      </>
    ),
    figures: [
      [t('base.nps'), `${fig.nps} → ${fig.npsAfter}`],
      [t('scenario.delta'), fig.delta[0]],
      [t('scenario.perPoint'), fig.perPoint[0]],
    ],
    url,
    qrLabel: t('meeting.qr'),
    scan: t('meeting.scan'),
  };
}
