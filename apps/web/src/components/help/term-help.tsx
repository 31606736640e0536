import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { glossaryHref, type GlossaryTerm } from './glossary';

/**
 * A "?" beside a term that needs explaining: a disclosure with the glossary's definition in plain
 * words and a link to the whole glossary. Escape or a click elsewhere closes it.
 */
export function TermHelp({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = t(`help.terms.${term}.term`);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <span className="term-help" ref={root}>
      <button
        ref={button}
        type="button"
        className="term-help__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('help.glossary.explain', { term: name })}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open ? (
        <span id={id} className="term-help__popover" role="note">
          <strong className="term-help__term">{name}</strong>
          <span className="term-help__definition">{t(`help.terms.${term}.definition`)}</span>
          <Link className="term-help__more" to={glossaryHref(term)}>
            {t('help.glossary.more')}
          </Link>
        </span>
      ) : null}
    </span>
  );
}
