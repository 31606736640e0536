import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useDimensions, type DimensionOption } from '../api/dimensions';
import { DimensionCreateForm } from './dimension-create-form';
import { DimensionEditDialog } from './dimension-edit-dialog';

/**
 * The alliance's disaggregation dimensions with their categories. Every member reads them (they
 * split their reported values by them); the backbone defines and edits them.
 */
export function DimensionsList({
  allianceId,
  canManage,
  creating,
  onCreatingChange,
}: {
  allianceId: string;
  canManage: boolean;
  creating: boolean;
  onCreatingChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const dimensions = useDimensions(allianceId);
  const [editing, setEditing] = useState<DimensionOption | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (dimensions.isPending) return <LoadingState label={t('indicators.dimensions.loading')} />;
  if (dimensions.isError)
    return (
      <Alert
        tone="error"
        title={t('indicators.dimensions.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void dimensions.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(dimensions.error)}
      </Alert>
    );

  return (
    <>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {dimensions.data.length === 0 ? (
        <EmptyState
          icon="indicators"
          title={t('indicators.dimensions.emptyTitle')}
          actions={
            canManage ? (
              <Button variant="primary" icon="plus" onClick={() => onCreatingChange(true)}>
                {t('indicators.dimensions.createTitle')}
              </Button>
            ) : undefined
          }
        >
          {canManage ? t('indicators.dimensions.emptyTextBackbone') : t('indicators.dimensions.emptyText')}
        </EmptyState>
      ) : (
        <DataTable
          cards
          caption={t('indicators.dimensions.caption', { count: dimensions.data.length })}
          rows={dimensions.data}
          rowKey={(d) => d.id}
          columns={[
            { key: 'name', header: t('indicators.dimensions.name'), rowHeader: true, className: 'table__primary', cell: (d) => d.name },
            { key: 'categories', header: t('indicators.dimensions.categories'), cell: (d) => d.categories.map((c) => c.name).join(', ') },
            canManage && {
              key: 'actions',
              header: t('indicators.dimensions.actions'),
              headerHidden: true,
              cellClassName: 'table__actions',
              cell: (d) => (
                <Button size="sm" variant="ghost" icon="edit" onClick={() => setEditing(d)}>
                  {t('indicators.dimensions.edit')} <span className="visually-hidden">– {d.name}</span>
                </Button>
              ),
            },
          ]}
        />
      )}
      {canManage ? (
        <>
          <Dialog
            open={creating}
            onClose={() => onCreatingChange(false)}
            title={t('indicators.dimensions.createTitle')}
            description={t('indicators.dimensions.hint')}
          >
            {creating ? (
              <DimensionCreateForm
                allianceId={allianceId}
                onCreated={(d) => {
                  onCreatingChange(false);
                  setSaved(t('indicators.dimensions.created', { name: d.name }));
                }}
                onCancel={() => onCreatingChange(false)}
              />
            ) : null}
          </Dialog>
          <DimensionEditDialog
            allianceId={allianceId}
            dimension={editing}
            onClose={(updated) => {
              setEditing(null);
              if (updated) setSaved(t('indicators.dimensions.updated', { name: updated.name }));
            }}
          />
        </>
      ) : null}
    </>
  );
}
