import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Marks the field as optional in its label (required is the norm in our forms). */
  optional?: boolean;
}

function useFieldIds(id?: string) {
  const generated = useId();
  const fieldId = id ?? generated;
  return { fieldId, hintId: `${fieldId}-hint`, errorId: `${fieldId}-error` };
}

function describedBy(hint: ReactNode, error: ReactNode, hintId: string, errorId: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

function Frame({ label, hint, error, optional, fieldId, hintId, errorId, children }: FieldFrame & ReturnType<typeof useFieldIds> & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={fieldId}>
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, optional, id, ...props }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame label={label} hint={hint} error={error} optional={optional} {...ids}>
      <input
        id={ids.fieldId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids.hintId, ids.errorId)}
        required={!optional}
        {...props}
      />
    </Frame>
  );
}

export function TextAreaField({ label, hint, error, optional, id, ...props }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame label={label} hint={hint} error={error} optional={optional} {...ids}>
      <textarea
        id={ids.fieldId}
        className="input input--textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids.hintId, ids.errorId)}
        required={!optional}
        {...props}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  id,
  options,
  ...props
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }) {
  const ids = useFieldIds(id);
  return (
    <Frame label={label} hint={hint} error={error} optional={optional} {...ids}>
      <select
        id={ids.fieldId}
        className="input input--select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids.hintId, ids.errorId)}
        required={!optional}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Radio buttons in a fieldset: the legend names the choice for assistive technology. */
export function RadioGroup({
  legend,
  name,
  value,
  options,
  onChange,
  layout = 'grid',
}: {
  legend: ReactNode;
  name: string;
  value: string;
  options: (Option & { description?: string })[];
  onChange: (value: string) => void;
  /** `list` stacks the options: better for longer descriptions. */
  layout?: 'grid' | 'list';
}) {
  return (
    <fieldset className="radio-group">
      <legend className="field__label">{legend}</legend>
      <div className={`radio-group__options radio-group__options--${layout}`}>
        {options.map((o) => (
          <label key={o.value} className={`radio-card${value === o.value ? ' radio-card--checked' : ''}`}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span className="radio-card__text">
              <span className="radio-card__label">{o.label}</span>
              {o.description ? <span className="radio-card__description">{o.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
