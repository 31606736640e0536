import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useDownloadPersonalData, useEraseMyAccount } from '../api/personal-data';

/** The data subject's rights: the export as a JSON download, and the erasure after confirmation. */
export function PersonalDataSection({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const download = useDownloadPersonalData();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const erase = useEraseMyAccount({ onSuccess: onErased });
  const word = t('account.erase.word');
  const ready = password.length > 0 && confirm.trim().toUpperCase() === word;

  const close = () => {
    setOpen(false);
    setPassword('');
    setConfirm('');
    erase.reset();
  };

  return (
    <section className="card account-section" aria-labelledby="data-title">
      <h2 id="data-title" className="card__title">
        {t('account.data.title')}
      </h2>
      <p>{t('account.data.exportDescription')}</p>
      {download.isError ? <Alert tone="error">{describe(download.error)}</Alert> : null}
      <div>
        <Button icon="download" loading={download.isPending} onClick={() => download.mutate()}>
          {t('account.data.export')}
        </Button>
      </div>
      <h3>{t('account.erase.title')}</h3>
      <p>{t('account.erase.description')}</p>
      <div>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t('account.erase.open')}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title={t('account.erase.dialogTitle')}
        confirmLabel={t('account.erase.confirm')}
        onClose={close}
        pending={erase.isPending}
        error={erase.isError ? (isApiError(erase.error, 'INVALID_CREDENTIALS') ? t('account.erase.wrongPassword') : describe(erase.error)) : undefined}
        onConfirm={() => ready && erase.mutate({ password, confirm: word })}
      >
        <ul className="erase-list">
          <li>{t('account.erase.deleted')}</li>
          <li>{t('account.erase.kept')}</li>
          <li>{t('account.erase.handOver')}</li>
        </ul>
        <TextField
          label={t('account.erase.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField label={t('account.erase.typeWord', { word })} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" />
        {!ready ? <p className="muted">{t('account.erase.notReady', { word })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
