import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useErrorMessage } from '@/lib/errors';
import { useLeaveAlliance } from '../api/leave-alliance';
import type { Viewer } from '../utils/viewer';

/** An admin seat takes its organisation out of the alliance, after confirming. */
export function LeaveAlliance({ allianceId, allianceName, viewer, onLeft }: { allianceId: string; allianceName: string; viewer: Viewer; onLeft: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const leave = useLeaveAlliance(allianceId, { onSuccess: onLeft });
  const close = () => {
    setConfirming(false);
    leave.reset();
  };

  return (
    <div className="danger-zone">
      <div className="danger-zone__text">
        <h3 className="danger-zone__title">{t('members.leave.title')}</h3>
        <p>{t('members.leave.text', { organisation: viewer.organisationName })}</p>
      </div>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('members.leave.button')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onClose={close}
        title={t('members.leave.confirmTitle', { alliance: allianceName })}
        description={t('members.leave.confirmText', { organisation: viewer.organisationName })}
        confirmLabel={t('members.leave.confirm')}
        pending={leave.isPending}
        onConfirm={() => leave.mutate()}
      >
        {leave.isError ? (
          <Alert tone="error" title={t('members.leave.failed')}>
            {describe(leave.error, { LAST_BACKBONE: t('members.leave.lastBackbone') })}
          </Alert>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
