import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { useChangeJoinSettings, useJoinSettings } from '../api/join-settings';
import { CopyLink } from './copy-link';

/** The backbone decides whether organisations may find the alliance and ask, and shares a join link. */
export function JoinSettingsPanel({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = useJoinSettings(allianceId);
  const change = useChangeJoinSettings(allianceId);
  const failed = change.setOpen.error ?? change.renew.error ?? change.revoke.error;
  if (settings.isError) return <Alert tone="error">{describe(settings.error)}</Alert>;
  if (!settings.data) return null;
  const { joinRequestsOpen, joinLinkPath } = settings.data;
  return (
    <div className="card card--padded form">
      {failed ? <Alert tone="error">{describe(failed)}</Alert> : null}
      <label className="checkbox checkbox--described">
        <input type="checkbox" checked={joinRequestsOpen} disabled={change.setOpen.isPending} onChange={(e) => change.setOpen.mutate(e.target.checked)} />
        <span>
          {t('onboarding.requests.openLabel')}
          <span className="checkbox__hint">{t('onboarding.requests.openHint')}</span>
        </span>
      </label>
      {joinLinkPath ? (
        <CopyLink label={t('onboarding.requests.link')} path={joinLinkPath} hint={t('onboarding.requests.linkHint')} />
      ) : (
        <p>{t('onboarding.requests.noLink')}</p>
      )}
      <div className="toolbar toolbar--start">
        <Button icon="link" loading={change.renew.isPending} onClick={() => change.renew.mutate()}>
          {joinLinkPath ? t('onboarding.requests.renewLink') : t('onboarding.requests.createLink')}
        </Button>
        {joinLinkPath ? (
          <Button variant="danger" loading={change.revoke.isPending} onClick={() => change.revoke.mutate()}>
            {t('onboarding.requests.revokeLink')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
