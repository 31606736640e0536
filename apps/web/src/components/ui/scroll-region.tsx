import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content is wider than the screen (a table on a phone).
 * While it does, keyboard users must be able to reach and scroll it: it becomes a named region in
 * the tab order (WCAG 2.1.1, axe `scrollable-region-focusable`). When everything fits it stays a
 * plain box, so wide screens get no extra tab stop.
 */
export function ScrollRegion({ className, labelledBy, label, children }: { className: string; labelledBy?: string; label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const named = labelledBy || label;
  return (
    <div
      ref={ref}
      className={className}
      {...(scrolls ? { tabIndex: 0, role: named ? 'region' : 'group', 'aria-labelledby': labelledBy, 'aria-label': labelledBy ? undefined : label } : {})}
    >
      {children}
    </div>
  );
}
