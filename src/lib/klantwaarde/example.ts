/**
 * The article's example as the klantwaarde page shows it without JavaScript: the defaults,
 * worked out at build time by the same model the calculator uses. The page only looks up
 * the sentences (`klantwaarde.conclusion.<id>`, `klantwaarde.page.example.intro`).
 */
import { DEFAULTS, SEGMENTS, fieldsOf, type Segment, type State } from './fields';
import { conclusions, type ConclusionId, type Sentence } from './explain';
import { formatMoney, formatUnit } from './format';
import { compute, type Result } from './model';

export interface WorkedExample {
  state: State;
  result: Result;
  /** Values of the intro sentence: lifetime values d, p, z and the referrals kept away and brought in. */
  intro: Record<'d' | 'p' | 'z' | 'kept' | 'brought', string>;
  /** The headline about a detractor, then the one about a promoter. */
  conclusions: [Sentence<ConclusionId>, Sentence<ConclusionId>];
  /** What the table shows before the values: profit per year and years as customer, per segment. */
  given: Record<Segment, [profit: string, years: string]>;
}

/** The business-case article's example, worked out. */
export function workedExample(): WorkedExample {
  const state: State = { ...DEFAULTS };
  const result = compute(state);
  const seg = result.segments;
  return {
    state,
    result,
    intro: {
      d: formatMoney(seg.detractor.lifetime),
      p: formatMoney(seg.passive.lifetime),
      z: formatMoney(seg.promoter.lifetime),
      kept: formatUnit(state.keptAway, 'ratio'),
      brought: formatUnit(state.broughtIn, 'ratio'),
    },
    conclusions: conclusions(result),
    given: Object.fromEntries(
      SEGMENTS.map((s) => [s, [formatMoney(state[fieldsOf(s).profit]), formatUnit(state[fieldsOf(s).years], 'years')]]),
    ) as WorkedExample['given'],
  };
}
