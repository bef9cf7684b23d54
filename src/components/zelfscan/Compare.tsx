/**
 * Two results side by side, "then → now": the overall level and score with the difference, a
 * table per dimension (with the later result's targets), the radar with both shapes, the items
 * that moved up or down, the next steps that are new and all advice that is new. Printable, and
 * shareable as one link that holds both results.
 *
 * Loaded on demand (a chunk of its own, see Zelfscan.tsx).
 */
import { useMemo } from 'preact/hooks';
import { compare } from '../../lib/zelfscan/compare';
import { contextIds } from '../../lib/zelfscan/advice';
import { isoDate, longDate } from '../../lib/zelfscan/date';
import { encodeLink } from '../../lib/zelfscan/share';
import { shapeOf, type ClientModel, type LinkedScan } from '../../lib/zelfscan/types';
import CompareHead from './CompareHead';
import { CompareTable, Moves, NewAdvice } from './CompareParts';
import Loading from './Loading';
import { RadarFigure } from './Radar';
import ShareLink from './ShareLink';
import type { T } from './strings';
import type { AdviceState } from './use-result';

export interface Props {
  t: T;
  model: ClientModel;
  /** Then and now. */
  from: LinkedScan;
  to: LinkedScan;
  /** Both are the visitor's own (not from a link someone sent). */
  own: boolean;
  advice: AdviceState;
  onRetry: () => void;
  /** A result's name for headings ("Nulmeting", "Scan van 3 december 2026"). */
  label: (s: LinkedScan) => string;
  onLeave: () => void;
}

export default function Compare({ t, model, from, to, own, advice, onRetry, label, onLeave }: Props) {
  const shape = useMemo(() => shapeOf(model), [model]);
  const c = useMemo(() => compare(shape, from.answers, to.answers), [shape, from, to]);
  const bundle = typeof advice === 'object' ? advice : null;
  const names = { from: label(from), to: label(to) };
  const dated = (s: LinkedScan) => (s.name && s.date ? t('compare.option', { name: s.name, date: longDate(s.date) }) : label(s));
  const full = { from: dated(from), to: dated(to) };
  const hasTargets = to.targets.some((x) => x !== null);
  const hasNotes = own && [...from.notes, ...to.notes].some((n) => n !== '');
  const link = (withNotes: boolean) => `${location.origin}${location.pathname}#${encodeLink(shape, to, { notes: withNotes, earlier: from })}`;
  const tenths = (x: number | null) => (x === null ? null : x / 10);

  return (
    <div class="zs-result zs-compare">
      <CompareHead t={t} model={model} c={c} full={full} />
      <div class="zs-shared no-print">
        <p>{t(own ? 'compare.text' : 'compare.text.shared')}</p>
        <button type="button" class="button button--primary" onClick={onLeave}>
          {t('compare.back')}
        </button>
      </div>

      <section class="zs-dims" aria-labelledby="zs-cmp-dims">
        <h3 id="zs-cmp-dims">{t('result.dimensions')}</h3>
        <div class="zs-dims__layout">
          <RadarFigure
            id="zs-cmp-radar"
            title={t('compare.chart')}
            desc={t('compare.chart.desc', names)}
            names={model.dimensions.map((d) => d.name)}
            values={c.to.dimensions.map((d) => tenths(d.tenths))}
            before={c.from.dimensions.map((d) => tenths(d.tenths))}
            targets={hasTargets ? to.targets : undefined}
            legend={[
              { kind: 'before', label: names.from },
              { kind: 'shape', label: names.to },
              ...(hasTargets ? [{ kind: 'target' as const, label: t('legend.target') }] : []),
            ]}
          />
          <CompareTable t={t} model={model} c={c} names={names} targets={hasTargets ? to.targets : null} />
        </div>
      </section>

      <Moves t={t} model={model} c={c} notes={to.notes} />

      <section class="zs-compare__advice" aria-labelledby="zs-cmp-advice">
        <h3 id="zs-cmp-advice">{t('compare.advice')}</h3>
        {c.newAdvice.length === 0 ? (
          <p>{t('compare.advice.none')}</p>
        ) : bundle ? (
          <NewAdvice t={t} model={model} c={c} bundle={bundle} context={contextIds(model.context, to.answers.context)} />
        ) : (
          <Loading t={t} state={advice === 'error' ? 'error' : 'loading'} onRetry={onRetry} />
        )}
      </section>

      <section class="zs-actions" aria-labelledby="zs-cmp-actions">
        <h3 id="zs-cmp-actions" class="no-print">
          {t('actions.title')}
        </h3>
        <ShareLink t={t} id="zs-cmp-share" label={t('compare.share')} link={link} hasNotes={hasNotes} note={t('compare.share.note')} />
        <p class="zs-print-only">
          {t('compare.print.link')} <span class="zs-print-link">{link(false)}</span>
          <br />
          {t('compare.print.date', { date: longDate(isoDate(new Date())) })}
        </p>
        <div class="zs-buttons no-print">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" class="button" onClick={onLeave}>
            {t('compare.back')}
          </button>
        </div>
      </section>
    </div>
  );
}
