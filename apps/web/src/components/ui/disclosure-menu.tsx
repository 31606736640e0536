import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './icon';

/**
 * A button that shows a panel of links or buttons (disclosure pattern). Keyboard: Enter/Space
 * opens, Arrow keys move between entries, Escape closes and returns focus to the button,
 * Tab out of the panel closes it.
 */
export function DisclosureMenu({
  label,
  accessibleLabel,
  align = 'start',
  className,
  children,
}: {
  label: ReactNode;
  /** Used when the visible label does not say what the menu is for. */
  accessibleLabel?: string;
  align?: 'start' | 'end';
  className?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const entries = () => Array.from(root.current?.querySelectorAll<HTMLElement>('[data-menu-entry]') ?? []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (!open) setOpen(true);
    const items = entries();
    if (!items.length) return;
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? (index + 1) % items.length : (index - 1 + items.length) % items.length;
    items[index === -1 && event.key === 'ArrowUp' ? items.length - 1 : next].focus();
  };

  return (
    <div
      ref={root}
      className={`menu${className ? ` ${className}` : ''}`}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && root.current && event.relatedTarget && !root.current.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={accessibleLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <Icon name="chevronDown" size={16} className="icon menu__chevron" />
      </button>
      <div id={panelId} className={`menu__panel menu__panel--${align}`} hidden={!open}>
        {open ? children(() => close(false)) : null}
      </div>
    </div>
  );
}

/** Marks an element inside a DisclosureMenu as reachable with the arrow keys. */
export const menuEntry = { 'data-menu-entry': true } as const;
