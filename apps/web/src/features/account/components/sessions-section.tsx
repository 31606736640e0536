import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/i18n/format';
import { useMySessions, useRevokeMyOtherSessions, useRevokeMySession } from '../api/my-sessions';
import { describeDevice } from '../utils/device';

/** The person's own live sessions: device, address, last activity; sign out one or all others. */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const sessions = useMySessions();
  const revoke = useRevokeMySession();
  const others = useRevokeMyOtherSessions();
  const list = sessions.data ?? [];
  const failure = revoke.error ?? others.error ?? sessions.error;

  return (
    <section className="card account-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="card__title">
        {t('account.sessions.title')}
      </h2>
      <p>{t('account.sessions.description')}</p>
      {failure ? <Alert tone="error">{describe(failure)}</Alert> : null}
      {others.isSuccess ? <Alert tone="success">{t('account.sessions.othersEnded', { count: others.data })}</Alert> : null}
      {revoke.isSuccess && !others.isSuccess ? <Alert tone="success">{t('account.sessions.oneEnded')}</Alert> : null}
      <ul className="session-list" aria-label={t('account.sessions.title')}>
        {list.map((s) => (
          <li key={s.id} className="session-list__item">
            <div className="session-list__text">
              <p className="session-list__device">
                <span title={s.userAgent ?? undefined}>{describeDevice(s.userAgent) ?? t('account.sessions.unknownDevice')}</span>{' '}
                {s.current ? <Badge tone="success">{t('account.sessions.current')}</Badge> : null}
              </p>
              <p className="muted">
                {t('account.sessions.details', {
                  ip: s.ip ?? t('account.sessions.unknownIp'),
                  lastSeen: formatDateTime(s.lastSeenAt, i18n.language),
                  since: formatDateTime(s.createdAt, i18n.language),
                })}
              </p>
            </div>
            {s.current ? null : (
              <Button
                size="sm"
                loading={revoke.isPending && revoke.variables === s.id}
                onClick={() => {
                  others.reset();
                  revoke.mutate(s.id);
                }}
                aria-label={t('account.sessions.signOutOne', { device: describeDevice(s.userAgent) ?? t('account.sessions.unknownDevice') })}
              >
                {t('account.sessions.signOut')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div>
        <Button
          variant="secondary"
          loading={others.isPending}
          disabled={list.filter((s) => !s.current).length === 0}
          onClick={() => {
            revoke.reset();
            others.mutate();
          }}
        >
          {t('account.sessions.signOutEverywhereElse')}
        </Button>
      </div>
    </section>
  );
}
