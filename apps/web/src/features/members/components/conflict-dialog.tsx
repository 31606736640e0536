import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Someone else saved first (optimistic locking): offer to load the current state. */
export function ConflictDialog({ open, onClose, onReload }: { open: boolean; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t('conflict.title')}
      description={t('conflict.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" onClick={onReload} autoFocus>
            {t('conflict.reload')}
          </Button>
        </>
      }
    />
  );
}
