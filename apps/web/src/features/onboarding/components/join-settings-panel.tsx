import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useErrorMessage } from '@/lib/errors';
import { useChangeJoinSettings, useJoinSettings } from '../api/join-settings';
import { CopyLink } from './copy-link';

/** The backbone decides whether organisations may find the alliance and ask, and shares a join link. */
export function JoinSettingsPanel({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = useJoinSettings(allianceId);
  const change = useChangeJoinSettings(allianceId);
  // Withdrawing the link asks first; what the last link change did is said below the buttons.
  const [askRevoke, setAskRevoke] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
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
        <Button
          icon="link"
          loading={change.renew.isPending}
          onClick={() =>
            change.renew.mutate(undefined, {
              onSuccess: () => setNotice(joinLinkPath ? t('onboarding.requests.renewedNotice') : t('onboarding.requests.createdNotice')),
            })
          }
        >
          {joinLinkPath ? t('onboarding.requests.renewLink') : t('onboarding.requests.createLink')}
        </Button>
        {joinLinkPath ? (
          <Button variant="danger" onClick={() => setAskRevoke(true)}>
            {t('onboarding.requests.revokeLink')}
          </Button>
        ) : null}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ConfirmDialog
        open={askRevoke}
        title={t('onboarding.requests.revokeTitle')}
        description={t('onboarding.requests.revokeText')}
        confirmLabel={t('onboarding.requests.revokeLink')}
        pending={change.revoke.isPending}
        onClose={() => setAskRevoke(false)}
        onConfirm={() =>
          change.revoke.mutate(undefined, {
            onSuccess: () => setNotice(t('onboarding.requests.revokedNotice')),
            onSettled: () => setAskRevoke(false),
          })
        }
      />
    </div>
  );
}
