import { lazy, Suspense, useRef, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import type { MapDistrict } from '@/components/map/map-style';
import { CATEGORIES, isParticipationError, useParticipationMeta } from '../api/participation-api';
import { EasyLanguageSwitch, useParticipationText } from './easy-language';
import { Honeypot } from './honeypot';
import { useReportForm } from './use-report-form';
import '../participation.css';

const PlaceMap = lazy(() => import('./place-map').then((m) => ({ default: m.PlaceMap })));

export interface PortalInfo {
  slug: string;
  name: string;
  primaryColor: string;
  map: { styleUrl: string | null; tileUrl: string | null };
  districts: MapDistrict[];
}

/** "Bedarf oder Barriere melden": category, target group, a place (map, address or district), description, photo, e-mail. */
export function ReportForm({ portal }: { portal: PortalInfo }) {
  const { tx, t } = useParticipationText();
  const meta = useParticipationMeta(portal.slug);
  const form = useReportForm(portal.slug);
  const summary = useRef<HTMLDivElement>(null);
  const { draft, set } = form;
  const problem = (field: string) => {
    const code = form.problems[field];
    return code ? tx(`errors.${code}`) : form.serverProblems[field];
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = form.submit();
    if (Object.keys(found).length) requestAnimationFrame(() => summary.current?.focus());
  };

  if (form.send.isSuccess)
    return (
      <Alert tone="success" title={tx('report.sentTitle')}>
        <p>{tx('report.sent')}</p>
        <p>
          <Link to={`/portal/${portal.slug}/verfolgen/${form.send.data.followToken}`}>{tx('report.followLink')}</Link>
        </p>
      </Alert>
    );
  if (meta.isPending) return <LoadingState />;
  if (meta.isError) return <Alert tone="warning">{t('participation.unavailable')}</Alert>;
  const problems = Object.entries(form.problems);
  const error = form.send.error;

  return (
    <form className="participation-form" onSubmit={submit} noValidate aria-labelledby="participation-report-title">
      <title>{`${tx('report.title')} · ${portal.name}`}</title>
      <div className="participation-form__head">
        <h1 id="participation-report-title">{tx('report.title')}</h1>
        <EasyLanguageSwitch />
      </div>
      <p>{tx('report.intro')}</p>
      <div ref={summary} tabIndex={-1} className="participation-form__summary">
        {problems.length ? (
          <Alert tone="error" title={tx('errors.summary')}>
            <ul>
              {problems.map(([field, code]) => (
                <li key={field}>{tx(`errors.${code}`)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {isParticipationError(error) && !error.fields.length ? (
          <Alert tone="error">
            {t([`participation.errors.${error.code}`, `errors.${error.code}`], { defaultValue: error.message || t('participation.errors.UNKNOWN') })}
          </Alert>
        ) : null}
      </div>
      <RadioGroup
        legend={tx('report.category')}
        name="category"
        value={draft.category}
        layout="list"
        options={(meta.data.categories.length ? meta.data.categories : [...CATEGORIES]).map((c) => ({
          value: c,
          label: tx(`category.${c}`),
          description: tx(`categoryHint.${c}`),
        }))}
        onChange={(v) => set('category', v)}
      />
      {problem('category') ? <p className="field__error">{problem('category')}</p> : null}
      <SelectField
        label={tx('report.targetGroup')}
        name="targetGroup"
        value={draft.targetGroup}
        error={problem('targetGroup')}
        options={[{ value: '', label: t('participation.choose') }, ...meta.data.targetGroups.map((g) => ({ value: g.key, label: g.label }))]}
        onChange={(e) => set('targetGroup', e.target.value)}
      />
      <RadioGroup
        legend={tx('report.placeMode')}
        name="placeMode"
        value={draft.placeMode}
        options={(['address', 'district', 'map'] as const).map((m) => ({ value: m, label: tx(`report.place.${m}`) }))}
        onChange={(v) => set('placeMode', v as typeof draft.placeMode)}
      />
      {draft.placeMode === 'address' ? (
        <TextField
          label={tx('report.address')}
          hint={tx('report.addressHint')}
          name="address"
          autoComplete="street-address"
          value={draft.address}
          error={problem('address')}
          onChange={(e) => set('address', e.target.value)}
        />
      ) : null}
      {draft.placeMode === 'district' ? (
        <SelectField
          label={tx('report.district')}
          name="districtId"
          value={draft.districtId}
          error={problem('districtId')}
          options={[{ value: '', label: t('participation.choose') }, ...meta.data.districts.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(e) => set('districtId', e.target.value)}
        />
      ) : null}
      {draft.placeMode === 'map' ? (
        <Suspense fallback={<LoadingState />}>
          <PlaceMap
            portal={portal}
            value={draft.lat !== null && draft.lng !== null ? { lat: draft.lat, lng: draft.lng } : null}
            onChange={(p) => {
              set('lat', p?.lat ?? null);
              set('lng', p?.lng ?? null);
            }}
            error={problem('place')}
          />
        </Suspense>
      ) : null}
      <TextAreaField
        label={tx('report.description')}
        hint={tx('report.descriptionHint')}
        name="description"
        rows={5}
        value={draft.description}
        error={problem('description')}
        onChange={(e) => set('description', e.target.value)}
      />
      <TextField
        label={tx('report.photo')}
        hint={tx('report.photoHint')}
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        optional
        error={problem('photo')}
        onChange={(e) => set('photo', e.target.files?.[0] ?? null)}
      />
      <TextField
        label={tx('form.email')}
        hint={tx('form.emailHint')}
        name="email"
        type="email"
        autoComplete="email"
        optional
        value={draft.email}
        error={problem('email')}
        onChange={(e) => set('email', e.target.value)}
      />
      <Honeypot id="participation-report-website" value={form.website} onChange={form.setWebsite} />
      <p className="participation-form__privacy">{tx('form.privacy')}</p>
      <Button type="submit" variant="primary" loading={form.send.isPending}>
        {tx('report.send')}
      </Button>
      {form.send.isPending ? (
        <p role="status" className="participation-form__working">
          {tx('form.working')}
        </p>
      ) : null}
    </form>
  );
}
