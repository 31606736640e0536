import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

type Tone = 'info' | 'success' | 'warning' | 'error';

const ICON: Record<Tone, IconName> = { info: 'info', success: 'success', warning: 'alert', error: 'alert' };

/**
 * A message box with an icon and a title, so the tone is never the only signal. Errors are
 * announced immediately (role="alert"); other tones politely.
 */
export function Alert({ tone = 'info', title, children, actions }: { tone?: Tone; title?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICON[tone]} size={20} />
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
        {actions ? <div className="alert__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
