import type { ReactNode } from 'react';

/** Several choices in a fieldset: the legend names the group for assistive technology. */
export function CheckboxList({
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="checkbox-list">
      <legend className="field__label">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="checkbox-list__options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
