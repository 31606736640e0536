import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { TextField } from './field';

export type InputState = 'empty' | 'valid' | 'invalid';

type Base = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  /** An error from outside (server, form rule); shown instead of the field's own parse error. */
  error?: ReactNode;
  optional?: boolean;
};

/**
 * A number typed the way the UI language writes it (de `1.234,5`, en `1,234.5`). The field keeps
 * the user's text while they type and reports the parsed value; on leaving the field a valid
 * number is rewritten in canonical form, an invalid one stays and is explained.
 */
export function NumberField({
  value,
  onChange,
  maximumFractionDigits = 6,
  error,
  ...props
}: Base & { value: number | null; onChange: (value: number | null, state: InputState) => void; maximumFractionDigits?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = (v: number | null) => (v === null ? '' : format.number(v, { maximumFractionDigits }));
  const [text, setText] = useState(() => shown(value));
  const [touched, setTouched] = useState(false);
  const last = useRef(value);

  // Follow outside changes (reset, reload, language switch) without fighting the user's typing.
  useEffect(() => {
    if (value !== last.current || (value !== null && format.parseNumber(text) !== value)) {
      last.current = value;
      setText(shown(value));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, format.language]);

  const parsed = text.trim() ? format.parseNumber(text) : null;
  const invalid = text.trim() !== '' && parsed === null;

  return (
    <TextField
      {...props}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={error ?? (touched && invalid ? t('inputs.numberInvalid', { example: format.number(1234.5) }) : undefined)}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const p = next.trim() ? format.parseNumber(next) : null;
        last.current = p;
        onChange(p, !next.trim() ? 'empty' : p === null ? 'invalid' : 'valid');
      }}
      onBlur={(event) => {
        setTouched(true);
        if (parsed !== null) setText(shown(parsed));
        props.onBlur?.(event);
      }}
    />
  );
}

/**
 * A calendar day typed the way the UI language writes it (de `31.12.2026`, en `31/12/2026`),
 * reported as ISO `YYYY-MM-DD`. Native date pickers follow the browser's locale, not the
 * language chosen in Gemeinwerk, so this is a text field with the pattern as its hint.
 */
export function DateField({
  value,
  onChange,
  error,
  hint,
  ...props
}: Base & { value: string | null; onChange: (value: string | null, state: InputState) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = (v: string | null) => (v ? format.date(v) : '');
  const [text, setText] = useState(() => shown(value));
  const [touched, setTouched] = useState(false);
  const last = useRef(value);

  useEffect(() => {
    if (value !== last.current || (value !== null && format.parseDate(text) !== value)) {
      last.current = value;
      setText(shown(value));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, format.language]);

  const parsed = text.trim() ? format.parseDate(text) : null;
  const invalid = text.trim() !== '' && parsed === null;

  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={format.datePattern}
      hint={hint ?? t('inputs.dateHint', { pattern: format.datePattern })}
      value={text}
      error={error ?? (touched && invalid ? t('inputs.dateInvalid', { pattern: format.datePattern }) : undefined)}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const p = next.trim() ? format.parseDate(next) : null;
        last.current = p;
        onChange(p, !next.trim() ? 'empty' : p === null ? 'invalid' : 'valid');
      }}
      onBlur={(event) => {
        setTouched(true);
        if (parsed !== null) setText(shown(parsed));
        props.onBlur?.(event);
      }}
    />
  );
}
