import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/icon';
import { useMarkRead, useMyNotifications } from '../api/notifications';

/**
 * The bell in the header: the number of unread notices, and a list of the newest 30 (all the
 * person's alliances) with a link to each object; opening one marks it read.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const notices = useMyNotifications();
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const unread = notices.data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const items = notices.data?.myNotifications ?? [];
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="notification-bell" ref={root}>
      <button
        type="button"
        className="button button--secondary button--sm notification-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="bell" size={18} />
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="notification-bell__panel" role="region" aria-label={t('notifications.title')}>
          <div className="notification-bell__head">
            <h2 className="notification-bell__title">{t('notifications.title')}</h2>
            {unread > 0 && (
              <button type="button" className="button button--secondary button--sm" onClick={() => markRead.mutate(null)} disabled={markRead.isPending}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="notification-bell__empty">{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-bell__list">
              {items.map((n) => (
                <li key={n.id} className={n.read ? 'notification-bell__item' : 'notification-bell__item notification-bell__item--unread'}>
                  <Link
                    to={n.link}
                    onClick={() => {
                      if (!n.read) markRead.mutate([n.id]);
                      setOpen(false);
                    }}
                  >
                    <span className="notification-bell__text">{t(`notifications.kinds.${n.kind}.text`, { ...(n.params as object) })}</span>
                    <span className="notification-bell__meta">
                      {n.allianceName} · {when.format(new Date(n.createdAt as string))}
                    </span>
                  </Link>
                  {!n.read && (
                    <button type="button" className="notification-bell__mark" onClick={() => markRead.mutate([n.id])} aria-label={t('notifications.markRead')}>
                      <Icon name="check" size={16} />
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
