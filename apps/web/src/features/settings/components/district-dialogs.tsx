import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import type { District } from '@/lib/districts';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useDeleteDistrict, useUpdateDistrict } from '../api/districts';
import { DistrictShapeField } from './district-shape-field';

/** Renames a district, replaces its shape with a new file, or removes the shape. */
export function EditDistrictDialog({
  allianceId,
  district,
  onClose,
  onSaved,
}: {
  allianceId: string;
  district: District | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={district !== null} onClose={onClose} title={t('settings.districts.editTitle', { name: district?.name ?? '' })}>
      {district ? <EditForm key={district.id} allianceId={allianceId} district={district} onClose={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function EditForm({
  allianceId,
  district,
  onClose,
  onSaved,
}: {
  allianceId: string;
  district: District;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const update = useUpdateDistrict(allianceId);
  const [name, setName] = useState(district.name);
  const [shape, setShape] = useState<string | null>(null);
  const [removeShape, setRemoveShape] = useState(false);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const geojson = shape ?? (removeShape ? null : undefined);
    update.mutate(
      { districtId: district.id, version: district.version, changes: { name: name.trim(), ...(geojson === undefined ? {} : { geojson }) } },
      {
        onSuccess: (d) => {
          onSaved(d.name);
          onClose();
        },
      },
    );
  };
  const fieldProblem = fieldError(t, update.error, 'name') ?? fieldError(t, update.error, 'geojson');
  return (
    <form className="form" onSubmit={save} noValidate>
      {update.isError && !fieldProblem ? (
        <Alert tone="error">{isApiError(update.error, 'CONFLICT') ? t('settings.districts.conflict') : describe(update.error)}</Alert>
      ) : null}
      <TextField
        label={t('settings.districts.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={100}
        error={fieldError(t, update.error, 'name')}
        autoFocus
      />
      <DistrictShapeField onText={setShape} hint={district.hasShape ? t('settings.districts.shapeReplaceHint') : undefined} />
      {fieldError(t, update.error, 'geojson') ? <Alert tone="error">{fieldError(t, update.error, 'geojson')}</Alert> : null}
      {district.hasShape && !shape ? (
        <label className="checkbox">
          <input type="checkbox" checked={removeShape} onChange={(e) => setRemoveShape(e.target.checked)} /> {t('settings.districts.removeShape')}
        </label>
      ) : null}
      <div className="form__actions">
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={update.isPending} disabled={!name.trim()}>
          {t('settings.districts.save')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Deletes a district. One that activities use can only go by moving them to another district —
 * the way to merge two spellings of one place.
 */
export function DeleteDistrictDialog({
  allianceId,
  district,
  others,
  onClose,
  onDeleted,
}: {
  allianceId: string;
  district: District | null;
  others: District[];
  onClose: () => void;
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const remove = useDeleteDistrict(allianceId);
  const [target, setTarget] = useState('');
  const inUse = (district?.activityCount ?? 0) > 0;
  const close = () => {
    setTarget('');
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!district || (inUse && !target)) return;
    const into = others.find((o) => o.id === target);
    remove.mutate(
      { districtId: district.id, moveActivitiesTo: inUse ? target : null },
      {
        onSuccess: (r) => {
          onDeleted(
            into
              ? t('settings.districts.mergedInto', { name: district.name, into: into.name, count: r.movedActivities })
              : t('settings.districts.deleted', { name: district.name }),
          );
          close();
        },
      },
    );
  };
  return (
    <ConfirmDialog
      open={district !== null}
      title={t('settings.districts.deleteTitle', { name: district?.name ?? '' })}
      description={inUse ? t('settings.districts.deleteInUse', { count: district?.activityCount ?? 0 }) : t('settings.districts.deleteUnused')}
      confirmLabel={inUse ? t('settings.districts.mergeConfirm') : t('settings.districts.deleteConfirm')}
      onConfirm={confirm}
      onClose={close}
      pending={remove.isPending}
      error={remove.isError ? describe(remove.error) : undefined}
    >
      {inUse ? (
        others.length ? (
          <SelectField
            label={t('settings.districts.moveTo')}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            options={[{ value: '', label: t('settings.districts.moveToChoose') }, ...others.map((o) => ({ value: o.id, label: o.name }))]}
          />
        ) : (
          <Alert tone="info">{t('settings.districts.noOther')}</Alert>
        )
      ) : null}
    </ConfirmDialog>
  );
}
