/** One labelled text input for a Dutch number, with its hint and inline error (named field + allowed range). */
import type { TextField } from '../../lib/klantwaarde/fields';

export interface Props {
  field: TextField;
  label: string;
  text: string;
  /** The inline error message (./messages.ts), when the field's text is not usable. */
  error?: string | undefined;
  onText: (field: TextField, text: string) => void;
  prefix?: string | undefined;
  suffix?: string | undefined;
  hint?: string | undefined;
  /** Unit for screen readers when the visible affix carries it ("in euro"). */
  srUnit?: string | undefined;
  /** Id of a group message (the mix) that also describes this field, and whether it is in error. */
  groupError?: string | undefined;
}

export default function NumberField({ field, label, text, error, onText, prefix, suffix, hint, srUnit, groupError }: Props) {
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
          {error}
        </p>
      )}
    </div>
  );
}
