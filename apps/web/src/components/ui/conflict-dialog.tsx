import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Dialog } from './dialog';

/**
 * Someone else saved first (optimistic locking, API code CONFLICT). Shows what is stored now,
 * when the caller can tell, and offers to reload it or to apply the user's change on top of it.
 */
export function ConflictDialog({
  open,
  onClose,
  onReload,
  onReapply,
  current,
  mine,
}: {
  open: boolean;
  onClose: () => void;
  /** Discard the user's change and show the stored state. */
  onReload: () => void;
  /** Save the user's change again against the newest version (omit where that makes no sense). */
  onReapply?: () => void;
  /** The newer stored value, rendered for comparison. */
  current?: ReactNode;
  /** The user's unsaved value, rendered for comparison. */
  mine?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t('conflict.title')}
      description={onReapply ? t('conflict.descriptionReapply') : t('conflict.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {onReapply ? <Button onClick={onReapply}>{t('conflict.reapply')}</Button> : null}
          <Button variant="primary" onClick={onReload} autoFocus>
            {t('conflict.reload')}
          </Button>
        </>
      }
    >
      {current !== undefined || mine !== undefined ? (
        <dl className="conflict-compare">
          {current !== undefined ? (
            <div>
              <dt>{t('conflict.current')}</dt>
              <dd>{current}</dd>
            </div>
          ) : null}
          {mine !== undefined ? (
            <div>
              <dt>{t('conflict.mine')}</dt>
              <dd>{mine}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </Dialog>
  );
}
