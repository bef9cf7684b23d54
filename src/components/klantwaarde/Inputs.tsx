/**
 * The calculator's form, in the two parts that hydrate one after the other (see ../Later.tsx):
 * profit and years per segment, then referrals, customer base, scenario and the advanced fields.
 * Stateless: the island owns the state and passes it in.
 */
import { MIX_MODES, SEGMENTS, fieldsOf, type MixMode, type State, type TextField } from '../../lib/klantwaarde/fields';
import { mixSum, type Texts } from '../../lib/klantwaarde/form';
import { formatNumber, formatUnit } from '../../lib/klantwaarde/format';
import type { Messages } from './messages';
import NumberField, { type Props as FieldProps } from './NumberField';
import type { T } from './strings';

export interface FormProps {
  t: T;
  state: State;
  texts: Texts;
  /** The inline error messages, per field and for the mix as a whole (./messages.ts). */
  errors: Messages;
  onText: (field: TextField, text: string) => void;
  setMode: (mode: MixMode) => void;
  resetAll: () => void;
  /** A passive's lifetime value, written out: what an empty referred-value field stands for. */
  passiveValue: string;
  /** Open the advanced fields (when the loaded state uses them). */
  advanced: boolean;
}

type Extra = Partial<Omit<FieldProps, 'field' | 'label' | 'text' | 'error' | 'onText'>>;

/** One NumberField bound to the form's state. */
const fieldFor =
  ({ texts, errors, onText }: FormProps) =>
  (f: TextField, label: string, extra: Extra = {}) => (
    <NumberField field={f} label={label} text={texts[f]} error={errors[f]} onText={onText} {...extra} />
  );

/** Profit per year and years as customer, per segment. */
export function SegmentInputs(p: FormProps) {
  const { t } = p;
  const field = fieldFor(p);
  return (
    <>
      {SEGMENTS.map((s) => (
        <fieldset class="kw-fieldset" key={s}>
          <legend>
            {t(`segment.${s}`)} <span class="kw-nps-term">({t(`segment.${s}.nps`)})</span>
          </legend>
          <div class="kw-row">
            {field(fieldsOf(s).profit, t('field.profit'), { prefix: '€', srUnit: t('unit.euro') })}
            {field(fieldsOf(s).years, t('field.years'), { suffix: t('unit.years') })}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** Referrals, the customer base, the scenario, the advanced fields and the reset button. */
export function OtherInputs(p: FormProps) {
  const { t, state, texts, errors, onText, setMode, resetAll, passiveValue, advanced } = p;
  const field = fieldFor(p);
  const pct = state.mixMode === 'pct';
  const pctField = (f: TextField, label: string, extra: Extra = {}) => field(f, label, { suffix: '%', srUnit: t('unit.pct'), ...extra });
  const slider = (f: 'toPassive' | 'toPromoter') => (
    <input
      type="range"
      class="kw-slider"
      min="0"
      max="100"
      step="1"
      value={Math.round(state[f] / 10)}
      aria-label={t('slider', { label: t(`field.${f}`) })}
      onInput={(e) => onText(f, e.currentTarget.value)}
    />
  );
  const sum = `${formatUnit(mixSum(texts, 'pct'), 'pct')}%`;
  return (
    <>
      <fieldset class="kw-fieldset">
        <legend>{t('fieldset.referral')}</legend>
        {field('keptAway', t('field.keptAway'))}
        {field('broughtIn', t('field.broughtIn'))}
      </fieldset>
      <fieldset class="kw-fieldset">
        <legend>{t('fieldset.base')}</legend>
        <fieldset class="kw-mode">
          <legend>{t('mixMode.label')}</legend>
          {MIX_MODES.map((m) => (
            <label key={m} class="kw-radio">
              <input type="radio" name="kw-mix-mode" value={m} checked={state.mixMode === m} onChange={() => setMode(m)} />
              {t(`mixMode.${m}`)}
            </label>
          ))}
        </fieldset>
        {pct && field('customers', t('field.customers'))}
        <div class="kw-row kw-row--3">
          {SEGMENTS.map((s) =>
            field(fieldsOf(s).mix, t(`segment.short.${s}`), {
              suffix: pct ? '%' : undefined,
              srUnit: pct ? t('unit.pct') : t('unit.customers'),
              groupError: errors.mix ? 'kw-mix-error' : undefined,
            }),
          )}
        </div>
        <p class="kw-hint">{pct ? t('mix.sum', { sum }) : t('mix.total', { n: formatNumber(mixSum(texts, 'count'), 0) })}</p>
        {errors.mix && (
          <p id="kw-mix-error" class="kw-error">
            {errors.mix}
          </p>
        )}
      </fieldset>
      <fieldset class="kw-fieldset">
        <legend>{t('fieldset.scenario')}</legend>
        {pctField('toPassive', t('field.toPassive'))}
        {slider('toPassive')}
        {pctField('toPromoter', t('field.toPromoter'))}
        {slider('toPromoter')}
      </fieldset>
      <details class="kw-advanced" open={advanced}>
        <summary>{t('advanced')}</summary>
        {pctField('discountRate', t('field.discountRate'), { hint: t('field.discountRate.hint') })}
        {field('referredValue', t('field.referredValue'), {
          prefix: '€',
          srUnit: t('unit.euro'),
          hint: t('field.referredValue.hint', { value: passiveValue }),
        })}
      </details>
      <button type="button" class="button kw-reset" onClick={resetAll}>
        {t('reset')}
      </button>
    </>
  );
}
