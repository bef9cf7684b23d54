/** One labelled text input for a Dutch number, with its hint and inline error (named field + allowed range). */
import { DECIMALS, specFor, type MixMode, type TextField } from '../../lib/klantwaarde/fields';
import { formatMoney, formatUnit } from '../../lib/klantwaarde/format';
import type { ErrorCode } from '../../lib/klantwaarde/form';
import type { T } from './strings';

export interface Props {
  t: T;
  field: TextField;
  mode: MixMode;
  label: string;
  text: string;
  error?: ErrorCode | undefined;
  onText: (field: TextField, text: string) => void;
  prefix?: string | undefined;
  suffix?: string | undefined;
  hint?: string | undefined;
  /** Unit for screen readers when the visible affix carries it ("in euro"). */
  srUnit?: string | undefined;
  /** Id of a group message (the mix) that also describes this field, and whether it is in error. */
  groupError?: string | undefined;
}

/** A bound of a field's range, written the way the field is filled in. */
export function bound(t: T, value: number, field: TextField, mode: MixMode): string {
  const unit = specFor(field, mode).unit;
  if (unit === 'money') return formatMoney(value);
  const n = formatUnit(value, unit);
  if (unit === 'pct') return `${n}%`;
  return unit === 'years' ? `${n} ${t('unit.years')}` : n;
}

/** The inline message for a field's error: what is wrong, then what is allowed. */
export function errorMessage(t: T, field: TextField, code: ErrorCode, mode: MixMode): string {
  const spec = specFor(field, mode);
  const name = t(`name.${field}`);
  const what = t(`error.${code}`, {
    field: name.charAt(0).toUpperCase() + name.slice(1),
    decimals: DECIMALS[spec.unit],
  });
  return `${what} ${t('error.range', { min: bound(t, spec.min, field, mode), max: bound(t, spec.max, field, mode) })}`;
}

export default function NumberField({ t, field, mode, label, text, error, onText, prefix, suffix, hint, srUnit, groupError }: Props) {
  const id = `kw-${field}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`, groupError].filter(Boolean).join(' ');
  return (
    <div class={`kw-field${error || groupError ? ' kw-field--error' : ''}`}>
      <label for={id}>
        {label}
        {srUnit && <span class="visually-hidden"> ({srUnit})</span>}
      </label>
      <div class="kw-input">
        {prefix && <span class="kw-input__affix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error || groupError ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(e) => onText(field, e.currentTarget.value)}
        />
        {suffix && <span class="kw-input__affix" aria-hidden="true">{suffix}</span>}
      </div>
      {hint && (
        <p id={`${id}-hint`} class="kw-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="kw-error">
          {errorMessage(t, field, error, mode)}
        </p>
      )}
    </div>
  );
}
