import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'info' | 'success' | 'warning' | 'danger' | 'backbone' | 'partner' | 'funder' | 'observer';

/**
 * A short label. Meaning is always in the text; the tone only supports it. `wrap` lets a label
 * that can be long (a goal's title) break over lines instead of pushing a phone's page sideways.
 */
export function Badge({ tone = 'neutral', children, title, wrap = false }: { tone?: BadgeTone; children: ReactNode; title?: string; wrap?: boolean }) {
  return (
    <span className={`badge badge--${tone}${wrap ? ' badge--wrap' : ''}`} title={title}>
      {children}
    </span>
  );
}
