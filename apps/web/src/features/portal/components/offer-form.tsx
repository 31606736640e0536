import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalOfferContentInput } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Alert } from '@/components/ui/alert';
import { useErrorMessage } from '@/lib/errors';
import { useUploadImage, type MyOffer } from '../api/offers';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const num = (s: string) => (s.trim() === '' ? null : Number(s));

/** The form of an offer (new or a change): what the issue lists, in plain fields. */
export function OfferForm({
  allianceId,
  offer,
  districts,
  onSubmit,
  onCancel,
  busy,
}: {
  allianceId: string;
  offer?: MyOffer;
  districts: { id: string; name: string }[];
  onSubmit: (content: PortalOfferContentInput) => Promise<unknown>;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const c = offer?.content;
  const [v, setV] = useState({
    title: c?.title ?? '',
    summary: c?.summary ?? '',
    description: c?.description ?? '',
    categories: c?.categories.join(', ') ?? '',
    targetGroups: c?.targetGroups.join(', ') ?? '',
    ageMin: c?.ageMin?.toString() ?? '',
    ageMax: c?.ageMax?.toString() ?? '',
    districtId: c?.districtId ?? '',
    street: c?.street ?? '',
    postalCode: c?.postalCode ?? '',
    city: c?.city ?? '',
    scheduleNote: c?.scheduleNote ?? '',
    isFree: c?.isFree ?? true,
    costNote: c?.costNote ?? '',
    stepFree: c?.stepFree ?? false,
    signLanguage: c?.signLanguage ?? false,
    easyLanguage: c?.easyLanguage ?? false,
    languages: c?.languages.join(', ') ?? 'de',
    registrationRequired: c?.registrationRequired ?? false,
    contactName: c?.contactName ?? '',
    contactEmail: c?.contactEmail ?? '',
    contactPhone: c?.contactPhone ?? '',
  });
  const [imageIds, setImageIds] = useState<string[]>(c?.imageIds ?? []);
  const [error, setError] = useState<unknown>(null);
  const upload = useUploadImage(allianceId);
  const set = (k: keyof typeof v) => (e: { target: { value: string; checked?: boolean; type?: string } }) =>
    setV((old) => ({ ...old, [k]: e.target.type === 'checkbox' ? Boolean(e.target.checked) : e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await onSubmit({
        title: v.title,
        summary: v.summary,
        description: v.description,
        categories: list(v.categories),
        targetGroups: list(v.targetGroups),
        ageMin: num(v.ageMin),
        ageMax: num(v.ageMax),
        districtId: v.districtId || null,
        street: v.street || null,
        postalCode: v.postalCode || null,
        city: v.city || null,
        scheduleKind: 'ONGOING',
        schedule: [],
        scheduleNote: v.scheduleNote,
        isFree: v.isFree,
        costNote: v.costNote,
        stepFree: v.stepFree,
        signLanguage: v.signLanguage,
        easyLanguage: v.easyLanguage,
        languages: list(v.languages),
        registrationRequired: v.registrationRequired,
        registrationNote: '',
        contactName: v.contactName || null,
        contactEmail: v.contactEmail || null,
        contactPhone: v.contactPhone || null,
        imageIds,
        goalIds: [],
        activityIds: [],
      });
    } catch (err) {
      setError(err);
    }
  };

  const addImage = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const base64 = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    try {
      const image = await upload.mutateAsync({ base64, altText: v.title });
      setImageIds((ids) => [...ids, image.id]);
    } catch (err) {
      setError(err);
    }
  };

  const check = (k: 'isFree' | 'stepFree' | 'signLanguage' | 'easyLanguage' | 'registrationRequired') => (
    <label className="checkbox">
      <input type="checkbox" checked={v[k]} onChange={set(k)} /> {t(`portal.form.${k}`)}
    </label>
  );

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <Alert tone="error">{describe(error)}</Alert> : null}
      <TextField label={t('portal.form.title')} value={v.title} onChange={set('title')} required />
      <TextField label={t('portal.form.summary')} value={v.summary} onChange={set('summary')} optional />
      <TextAreaField label={t('portal.form.description')} value={v.description} onChange={set('description')} optional rows={4} />
      <TextField label={t('portal.form.categories')} hint={t('portal.form.commaHint')} value={v.categories} onChange={set('categories')} optional />
      <TextField label={t('portal.form.targetGroups')} hint={t('portal.form.commaHint')} value={v.targetGroups} onChange={set('targetGroups')} optional />
      <div className="form__row">
        <TextField label={t('portal.form.ageMin')} type="number" inputMode="numeric" value={v.ageMin} onChange={set('ageMin')} optional />
        <TextField label={t('portal.form.ageMax')} type="number" inputMode="numeric" value={v.ageMax} onChange={set('ageMax')} optional />
      </div>
      <SelectField
        label={t('portal.form.district')}
        value={v.districtId}
        onChange={set('districtId')}
        options={[{ value: '', label: t('portal.form.noDistrict') }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <TextField label={t('portal.form.street')} value={v.street} onChange={set('street')} optional />
      <div className="form__row">
        <TextField label={t('portal.form.postalCode')} value={v.postalCode} onChange={set('postalCode')} optional />
        <TextField label={t('portal.form.city')} value={v.city} onChange={set('city')} optional />
      </div>
      <TextField label={t('portal.form.scheduleNote')} value={v.scheduleNote} onChange={set('scheduleNote')} optional />
      <fieldset className="checkbox-group stack">
        <legend className="field__label">{t('portal.form.conditions')}</legend>
        {check('isFree')}
        {!v.isFree ? <TextField label={t('portal.form.costNote')} value={v.costNote} onChange={set('costNote')} /> : null}
        {check('registrationRequired')}
        {check('stepFree')}
        {check('signLanguage')}
        {check('easyLanguage')}
      </fieldset>
      <TextField label={t('portal.form.languages')} hint={t('portal.form.languagesHint')} value={v.languages} onChange={set('languages')} />
      <TextField label={t('portal.form.contactName')} value={v.contactName} onChange={set('contactName')} optional />
      <TextField label={t('portal.form.contactEmail')} type="email" value={v.contactEmail} onChange={set('contactEmail')} optional />
      <TextField label={t('portal.form.contactPhone')} type="tel" value={v.contactPhone} onChange={set('contactPhone')} optional />
      <div className="field">
        <label htmlFor="offer-image" className="field__label">
          {t('portal.form.image')}
        </label>
        <p className="field__hint">{t('portal.form.imageHint', { count: imageIds.length })}</p>
        <input id="offer-image" type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => void addImage(e.target.files?.[0])} />
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary" loading={busy}>
          {t('portal.form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('portal.form.cancel')}</Button>
      </div>
      <p className="field__hint">{t('portal.form.reviewNote')}</p>
    </form>
  );
}
