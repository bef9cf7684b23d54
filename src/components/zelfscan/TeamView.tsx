/**
 * Team view island: paste 2–50 result links, compare per dimension (mean, lowest–highest,
 * disagreement, and the targets those links carry, next to the spread) and per item (a heatmap with the level written in every cell, so colour is
 * never the only signal). Lines that cannot be read are listed with the reason. Everything
 * happens in the browser; the links are never sent anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeT, type Strings } from '../../i18n/translate';
import { itemsOf } from '../../lib/zelfscan/items';
import { compareTeam, parseTeam, TEAM_MIN, type ParsedTeam } from '../../lib/zelfscan/team';
import { DONT_KNOW, shapeOf, type Answer, type ClientModel } from '../../lib/zelfscan/types';
import { RadarFigure } from './Radar';
import TeamTable from './TeamTable';
import type { T, TeamKey } from './strings';

export interface Props {
  /** The questions (options may be left out: the team view shows statements only). */
  model: ClientModel;
  /** The team island's strings: `stringsFor('zelfscan.teamview.', …)`. */
  strings: Strings;
}

function Cell({ t, a }: { t: T<TeamKey>; a: Answer }) {
  if (a === null)
    return (
      <td class="zs-heat zs-heat--none">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{t('cell.none')}</span>
      </td>
    );
  if (a === DONT_KNOW)
    return (
      <td class="zs-heat zs-heat--dk">
        <span aria-hidden="true">?</span>
        <span class="visually-hidden">{t('cell.dontKnow')}</span>
      </td>
    );
  return <td class={`zs-heat zs-heat--${a}`}>{a}</td>;
}

export default function TeamView({ model, strings }: Props) {
  const t = useMemo(() => makeT<TeamKey>(strings), [strings]);
  const shape = useMemo(() => shapeOf(model), [model]);
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedTeam | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // Until hydrated the button is disabled, so a click cannot submit the form to the server.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  function compare(e: Event) {
    e.preventDefault();
    // Read the field itself: text pasted before the island woke up counts too.
    const value = area.current?.value ?? text;
    setText(value);
    setParsed(parseTeam(shape, value));
    // Let screen reader and keyboard users land on the outcome.
    requestAnimationFrame(() => summary.current?.focus());
  }

  const entries = parsed?.entries ?? [];
  const enough = entries.length >= TEAM_MIN;
  const team = enough
    ? compareTeam(
        shape,
        entries.map((e) => e.answers),
        entries.map((e) => e.targets),
      )
    : null;
  const withTargets = team?.dimensions.some((d) => d.targets.n > 0) ?? false;
  const names = entries.map((e, i) => e.label || t('person', { n: i + 1 }));

  return (
    <div class="zs zs-team">
      <form class="zs-team__form" onSubmit={compare}>
        <label for="zs-team-input">{t('input')}</label>
        <p id="zs-team-hint" class="zs-muted">
          {t('input.hint')}
        </p>
        <textarea
          id="zs-team-input"
          ref={area}
          rows={8}
          spellcheck={false}
          aria-describedby="zs-team-hint"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="zs-buttons">
          <button type="submit" class="button button--primary" disabled={!ready}>
            {t('compare')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!ready}
            onClick={() => {
              setText('');
              setParsed(null);
            }}
          >
            {t('clear')}
          </button>
        </div>
      </form>

      <div class="zs-team__summary" ref={summary} tabIndex={-1} aria-live="polite">
        {parsed && (
          <p class={enough ? '' : 'notice notice--warn'}>
            {enough ? t('summary', { n: entries.length }) : t('tooFew')}
          </p>
        )}
        {parsed && parsed.invalid.length > 0 && (
          <section class="zs-team__invalid" aria-labelledby="zs-invalid-title">
            <h2 id="zs-invalid-title">{t('skipped')}</h2>
            <ul>
              {parsed.invalid.map((x) => (
                <li key={x.line}>
                  {t('line', { n: x.line })} {t(`reason.${x.reason}`, { v: x.version ?? '', current: model.version })}
                  <br />
                  <code class="zs-team__line">{x.text}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      {team && (
        <>
          <section aria-labelledby="zs-team-dims">
            <h2 id="zs-team-dims">{t('dimensions')}</h2>
            <div class="zs-dims__layout">
              <RadarFigure
                id="zs-team-radar"
                title={t('chart')}
                desc={t(withTargets ? 'chart.descTargets' : 'chart.desc')}
                names={model.dimensions.map((d) => d.name)}
                values={team.dimensions.map((d) => (d.spread.meanTenths === null ? null : d.spread.meanTenths / 10))}
                targets={withTargets ? team.dimensions.map((d) => (d.targets.meanTenths === null ? null : d.targets.meanTenths / 10)) : undefined}
                legend={
                  withTargets
                    ? [
                        { kind: 'shape', label: t('legend.mean') },
                        { kind: 'target', label: t('legend.target') },
                      ]
                    : undefined
                }
              />
              <TeamTable t={t} model={model} team={team} people={entries.length} withTargets={withTargets} />
            </div>
          </section>

          <section aria-labelledby="zs-team-heat">
            <h2 id="zs-team-heat">{t('heatmap')}</h2>
            <p class="zs-muted">{t('heatmap.intro')}</p>
            <div class="table-wrap zs-heatmap-wrap" role="region" aria-label={t('heatmap.region')} tabIndex={0}>
              <table class="zs-heatmap">
                <caption>{t('heatmap.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('heatmap.question')}</th>
                    {names.map((n, i) => (
                      <th scope="col" key={i} class="zs-heatmap__person">
                        {n}
                      </th>
                    ))}
                    <th scope="col">{t('heatmap.spread')}</th>
                  </tr>
                </thead>
                {model.dimensions.map((d, di) => (
                  <tbody key={d.id}>
                    <tr class="zs-heatmap__group">
                      <th scope="rowgroup" colSpan={names.length + 2}>
                        {d.name}
                      </th>
                    </tr>
                    {itemsOf(model.dimensions, di).map(({ item: it, index }) => {
                      const row = team.items[index]!;
                      const s = row.spread;
                      return (
                        <tr key={it.id} class={s.disagree ? 'zs-disagree' : undefined}>
                          <th scope="row">{it.statement}</th>
                          {row.answers.map((a, i) => (
                            <Cell key={i} t={t} a={a} />
                          ))}
                          <td class="zs-heatmap__spread">
                            {s.min === null ? t('none') : s.min === s.max ? String(s.min) : `${s.min}–${s.max}`}
                            {s.disagree && <strong class="zs-flag"> ⚠ {t('disagree')}</strong>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                ))}
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
