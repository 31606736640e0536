import { ALLIANCE_KINDS } from '@gemeinwerk/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { RadioGroup, TextAreaField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { AllianceKind } from '@/gql/graphql';
import type { ProfileChanges } from '../api/update-alliance-profile';
import { settingsFieldError, type SettingsAlliance } from '../utils/alliance';
import { SettingsFormSection } from './settings-form-section';
import { useProfileSave } from './use-profile-save';

interface Values {
  name: string;
  kind: AllianceKind;
  problemStatement: string;
  vision: string;
  periodStart: string | null;
  periodEnd: string | null;
  guestComments: boolean;
  requireTwoFactorForAdmins: boolean;
}

const valuesOf = (a: SettingsAlliance): Values => ({
  name: a.name,
  kind: a.kind,
  problemStatement: a.problemStatement,
  vision: a.vision,
  periodStart: a.periodStart ?? null,
  periodEnd: a.periodEnd ?? null,
  guestComments: a.guestComments,
  requireTwoFactorForAdmins: a.requireTwoFactorForAdmins,
});

/** The fields that differ from the stored profile: the API leaves every other field as it is. */
function profileChanges(stored: SettingsAlliance, values: Values): ProfileChanges {
  const before = valuesOf(stored);
  const after: Values = { ...values, name: values.name.trim(), problemStatement: values.problemStatement.trim(), vision: values.vision.trim() };
  return Object.fromEntries((Object.keys(after) as (keyof Values)[]).filter((k) => after[k] !== before[k]).map((k) => [k, after[k]])) as ProfileChanges;
}

export function ProfileForm({ alliance }: { alliance: SettingsAlliance }) {
  const { t } = useTranslation();
  const saving = useProfileSave(alliance);
  const [values, setValues] = useState<Values>(() => valuesOf(alliance));
  const [invalidDates, setInvalidDates] = useState({ start: false, end: false });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    saving.setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };

  const problemOf = () => {
    if (values.name.trim().length < 2) return t('settings.profile.nameTooShort');
    if (invalidDates.start || invalidDates.end) return t('settings.profile.datesInvalid');
    if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) return t('settings.fieldErrors.endBeforeStart');
    return null;
  };
  const save = () => saving.save(problemOf, () => profileChanges(alliance, values));

  const error = saving.error;
  const firstChanged = (Object.keys(profileChanges(alliance, values)) as (keyof Values)[]).find((k) => typeof values[k] === 'string');

  return (
    <SettingsFormSection
      name="profile"
      onSave={save}
      {...saving.section}
      dialogs={
        <ConflictDialog
          open={saving.conflict}
          onClose={() => saving.setConflict(false)}
          current={firstChanged ? String(alliance[firstChanged] ?? '') : undefined}
          mine={firstChanged ? String(values[firstChanged] ?? '') : undefined}
          onReload={() => {
            saving.setConflict(false);
            saving.reset();
            setValues(valuesOf(alliance));
          }}
          onReapply={() => {
            saving.setConflict(false);
            save();
          }}
        />
      }
    >
      <TextField
        label={t('settings.profile.name')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        maxLength={200}
        error={settingsFieldError(t, error, 'name')}
      />
      <RadioGroup
        legend={t('settings.profile.kind')}
        name="alliance-kind"
        value={values.kind}
        onChange={(v) => set('kind', v as AllianceKind)}
        options={ALLIANCE_KINDS.map((k) => ({ value: k, label: t(`allianceKinds.${k}`), description: t(`allianceKindDescriptions.${k}`) }))}
      />
      <TextAreaField
        label={t('settings.profile.problemStatement')}
        optional
        rows={4}
        value={values.problemStatement}
        onChange={(e) => set('problemStatement', e.target.value)}
      />
      <TextAreaField label={t('settings.profile.vision')} optional rows={3} value={values.vision} onChange={(e) => set('vision', e.target.value)} />
      <div className="form__row">
        <DateField
          label={t('settings.profile.periodStart')}
          optional
          value={values.periodStart}
          onChange={(v, s) => {
            set('periodStart', v);
            setInvalidDates((d) => ({ ...d, start: s === 'invalid' }));
          }}
        />
        <DateField
          label={t('settings.profile.periodEnd')}
          optional
          value={values.periodEnd}
          error={settingsFieldError(t, error, 'periodEnd')}
          onChange={(v, s) => {
            set('periodEnd', v);
            setInvalidDates((d) => ({ ...d, end: s === 'invalid' }));
          }}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={values.guestComments} onChange={(e) => set('guestComments', e.target.checked)} />
        <span>{t('settings.profile.guestComments')}</span>
      </label>
      {/* Who must have a second factor is an admin's decision (the API refuses it to others). */}
      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.requireTwoFactorForAdmins}
            disabled={!alliance.myIsAdmin}
            aria-describedby="require-two-factor-hint"
            onChange={(e) => set('requireTwoFactorForAdmins', e.target.checked)}
          />
          <span>{t('settings.profile.requireTwoFactorForAdmins')}</span>
        </label>
        <p className="checkbox__hint checkbox__hint--under" id="require-two-factor-hint">
          {t(alliance.myIsAdmin ? 'settings.profile.requireTwoFactorHint' : 'settings.profile.requireTwoFactorAdminsOnly')}
        </p>
      </div>
    </SettingsFormSection>
  );
}
