/**
 * The inline messages for fields whose text is not usable: what is wrong, then what is allowed
 * ("… mag niet negatief zijn. Toegestaan: 0 jaar tot en met 100 jaar."), and what is wrong with
 * the customer mix as a whole. Only needed once the visitor types, so it travels in
 * ./interaction.ts.
 */
import { COUNT_MAX, DECIMALS, specFor, type MixMode, type TextField } from '../../lib/klantwaarde/fields';
import { formatMoney, formatNumber, formatUnit } from '../../lib/klantwaarde/format';
import { mixSum, type ErrorCode, type Errors, type Texts } from '../../lib/klantwaarde/form';
import type { T } from './strings';

/** The message per field in error, and for the mix (`mix`). */
export type Messages = Partial<Record<TextField | 'mix', string>>;

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

/** The messages for a form's errors (see ../../lib/klantwaarde/form.ts `readForm`). */
export function messagesFor(t: T, errors: Errors, texts: Texts, mode: MixMode): Messages {
  const out: Messages = {};
  for (const [f, code] of Object.entries(errors) as [TextField | 'mix', ErrorCode][]) {
    out[f] =
      f === 'mix'
        ? t(`error.${code as 'mix-sum' | 'mix-empty' | 'mix-too-large'}`, {
            sum: `${formatUnit(mixSum(texts, 'pct'), 'pct')}%`,
            max: formatNumber(COUNT_MAX, 0),
          })
        : errorMessage(t, f, code, mode);
  }
  return out;
}
