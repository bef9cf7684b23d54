/** The matrix's settings: name, satisfaction measure, goal (or the team's own), volume unit. */
import { GOALS, MAX_GOAL_TEXT, MAX_TITLE, MAX_UNIT, MEASURES, type Goal, type Matrix, type Measure } from '../../lib/impactmatrix/fields';
import { tk, type T } from './types';

interface Props {
  m: Matrix;
  t: T;
  onText: (key: 'title' | 'goalText' | 'unit', value: string) => void;
  onMeasure: (m: Measure) => void;
  onGoal: (g: Goal) => void;
}

export default function Settings({ m, t, onText, onMeasure, onGoal }: Props) {
  const text = (key: 'title' | 'goalText' | 'unit', label: string, max: number, hint?: string) => (
    <div class="im-field">
      <label for={`im-set-${key}`}>{label}</label>
      <input
        id={`im-set-${key}`}
        type="text"
        value={m[key]}
        maxLength={max}
        autoComplete="off"
        aria-describedby={hint ? `im-set-${key}-hint` : undefined}
        onInput={(e) => onText(key, e.currentTarget.value)}
      />
      {hint && (
        <p id={`im-set-${key}-hint`} class="im-hint">
          {hint}
        </p>
      )}
    </div>
  );
  return (
    <fieldset class="im-settings">
      <legend>{t('settings.title')}</legend>
      <div class="im-settings__grid">
        {text('title', t('settings.name'), MAX_TITLE)}
        <div class="im-field">
          <label for="im-set-measure">{t('settings.measure')}</label>
          <select id="im-set-measure" value={m.measure} onChange={(e) => onMeasure(e.currentTarget.value as Measure)}>
            {MEASURES.map((x) => (
              <option key={x} value={x}>
                {tk(t, `measure.${x}`)}
              </option>
            ))}
          </select>
          {m.measure === 'ces' && <p class="im-hint">{t('measure.cesNote')}</p>}
        </div>
        <div class="im-field">
          <label for="im-set-goal">{t('settings.goal')}</label>
          <select id="im-set-goal" value={m.goal} onChange={(e) => onGoal(e.currentTarget.value as Goal)}>
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {tk(t, `goal.${g}`)}
              </option>
            ))}
          </select>
        </div>
        {m.goal === 'eigen' && text('goalText', t('settings.goalText'), MAX_GOAL_TEXT)}
        {text('unit', t('settings.unit'), MAX_UNIT, t('settings.unitHint'))}
      </div>
    </fieldset>
  );
}
