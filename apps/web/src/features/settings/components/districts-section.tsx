import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { useDistricts, type District } from '@/lib/districts';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useCreateDistrict } from '../api/districts';
import { DeleteDistrictDialog, EditDistrictDialog } from './district-dialogs';
import { DistrictShapeField } from './district-shape-field';

/**
 * The alliance's districts (Stadtteile, Ortsteile, Gemeinden): one list, so activities name a place
 * the same way and overlaps are found by place, not by spelling. Each may carry a shape (GeoJSON).
 */
export function DistrictsSection({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const districts = useDistricts(allianceId);
  const create = useCreateDistrict(allianceId);
  const [name, setName] = useState('');
  const [shape, setShape] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<District | null>(null);
  const [deleting, setDeleting] = useState<District | null>(null);
  const list = districts.data ?? [];

  const add = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    create.mutate(
      { name: name.trim(), geojson: shape },
      {
        onSuccess: (d) => {
          setMessage(t('settings.districts.added', { name: d.name }));
          setName('');
          setShape(null);
          setFormKey((k) => k + 1); // clears the file input
        },
      },
    );
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-districts-heading">
      <h2 id="settings-districts-heading" className="card__title">
        {t('settings.districts.heading')}
      </h2>
      <p className="settings-section__description">{t('settings.districts.description')}</p>
      <div role="status" aria-live="polite">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      {districts.isError ? <Alert tone="error">{describe(districts.error)}</Alert> : null}
      {districts.isSuccess && list.length === 0 ? <p className="muted">{t('settings.districts.empty')}</p> : null}
      {list.length ? (
        <DataTable
          caption={t('settings.districts.caption')}
          cards
          className="districts-table"
          rows={list}
          rowKey={(d) => d.id}
          columns={[
            { key: 'name', header: t('settings.districts.columns.name'), rowHeader: true, cell: (d) => d.name },
            {
              key: 'shape',
              header: t('settings.districts.columns.shape'),
              cell: (d) => (d.hasShape ? t('settings.districts.hasShape') : t('settings.districts.noShape')),
            },
            { key: 'activities', header: t('settings.districts.columns.activities'), className: 'table__numeric', cell: (d) => d.activityCount },
            {
              key: 'actions',
              header: t('settings.districts.columns.actions'),
              headerHidden: true,
              cellClassName: 'table__actions',
              cell: (d) => (
                <>
                  <Button size="sm" onClick={() => setEditing(d)} aria-label={t('settings.districts.editNamed', { name: d.name })}>
                    {t('settings.districts.edit')}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(d)} aria-label={t('settings.districts.deleteNamed', { name: d.name })}>
                    {t('settings.districts.delete')}
                  </Button>
                </>
              ),
            },
          ]}
        />
      ) : null}

      <form key={formKey} className="form districts-add" onSubmit={add} noValidate>
        <h3 className="settings-section__subheading">{t('settings.districts.addHeading')}</h3>
        {create.isError && !fieldError(t, create.error, 'name') && !fieldError(t, create.error, 'geojson') ? (
          <Alert tone="error">{describe(create.error)}</Alert>
        ) : null}
        <TextField
          label={t('settings.districts.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
          error={fieldError(t, create.error, 'name')}
        />
        <DistrictShapeField onText={setShape} />
        {fieldError(t, create.error, 'geojson') ? <Alert tone="error">{fieldError(t, create.error, 'geojson')}</Alert> : null}
        <div className="form__actions form__actions--start">
          <Button type="submit" variant="primary" loading={create.isPending} disabled={!name.trim()}>
            {t('settings.districts.add')}
          </Button>
        </div>
      </form>

      <EditDistrictDialog
        allianceId={allianceId}
        district={editing}
        onClose={() => setEditing(null)}
        onSaved={(n) => setMessage(t('settings.districts.saved', { name: n }))}
      />
      <DeleteDistrictDialog
        allianceId={allianceId}
        district={deleting}
        others={list.filter((d) => d.id !== deleting?.id)}
        onClose={() => setDeleting(null)}
        onDeleted={(text) => setMessage(text)}
      />
    </section>
  );
}
