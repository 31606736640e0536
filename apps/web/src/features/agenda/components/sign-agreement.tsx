import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icon';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { Agreement, AgreementVersion } from '../api/get-agreement';
import { useSignAgreement } from '../api/sign-agreement';

/** The caller's organisation's signature under the current version, or the way to give it. */
export function SignAgreement({
  allianceId,
  organisation,
  current,
  mySignature,
}: {
  allianceId: string;
  organisation: string;
  current: Pick<AgreementVersion, 'number' | 'title'>;
  mySignature: Pick<NonNullable<Agreement['mySignature']>, 'signedAt' | 'signedByName'> | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const sign = useSignAgreement(allianceId);
  const [confirming, setConfirming] = useState(false);

  if (mySignature) {
    return (
      <p className="agreement__status agreement__status--signed" role="status">
        <Icon name="success" size={18} />
        <span>{t('agenda.agreement.signedByYou', { organisation, date: format.date(mySignature.signedAt), name: mySignature.signedByName })}</span>
      </p>
    );
  }

  return (
    <div className="agreement__sign">
      <p className="agreement__status agreement__status--open">
        <Icon name="alert" size={18} />
        <span>{t('agenda.agreement.notSignedYet', { organisation, number: current.number })}</span>
      </p>
      <Button variant="primary" icon="check" onClick={() => setConfirming(true)}>
        {t('agenda.agreement.signNow')}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => {
          sign.reset();
          setConfirming(false);
        }}
        role="alertdialog"
        title={t('agenda.agreement.signDialog.title')}
        description={t('agenda.agreement.signDialog.description', { number: current.number, title: current.title, organisation })}
        footer={
          <>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button variant="primary" loading={sign.isPending} onClick={() => sign.mutate(current.number, { onSuccess: () => setConfirming(false) })}>
              {t('agenda.agreement.signDialog.confirm')}
            </Button>
          </>
        }
      >
        {sign.isError ? (
          <Alert tone="error" title={t('agenda.agreement.signDialog.failed')}>
            {describe(sign.error)}
          </Alert>
        ) : null}
      </Dialog>
    </div>
  );
}
