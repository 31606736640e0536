import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { usePortalSettingsPage, useSetDistrictPopulation, useSetPortalLogo, useUpdatePortalSettings, type PortalSettingsPage } from '../api/settings';

/**
 * The portal's settings for the backbone: on or off, name, intro, logo, colours, the public address
 * and the map (style or tiles; empty: the offline map), sign-ups, freshness rules, and the
 * districts' population for the planning view.
 */
export function PortalSettingsPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const data = usePortalSettingsPage(allianceId);
  if (data.isPending) return <LoadingState />;
  if (data.isError) return <Alert tone="error">{describe(data.error)}</Alert>;
  return (
    <div className="page page--narrow">
      <PageHeader eyebrow={t('portal.eyebrow')} title={t('portal.settings.title')} description={t('portal.settings.description')} />
      <SettingsForm key={data.data.portalSettings.version} allianceId={allianceId} settings={data.data.portalSettings} />
      <LogoCard allianceId={allianceId} logo={data.data.portalSettings.logoDataUrl ?? null} />
      <Populations allianceId={allianceId} districts={data.data.portalPlanning.districts} />
    </div>
  );
}

function SettingsForm({ allianceId, settings }: { allianceId: string; settings: PortalSettingsPage['portalSettings'] }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const save = useUpdatePortalSettings(allianceId);
  const [v, setV] = useState({
    ...settings,
    primaryColor: settings.primaryColor ?? '',
    accentColor: settings.accentColor ?? '',
    slug: settings.slug ?? '',
    mapStyleUrl: settings.mapStyleUrl ?? '',
    tileUrl: settings.tileUrl ?? '',
  });
  // A field being corrected no longer shows the last save's complaint.
  const text = (k: 'name' | 'intro' | 'primaryColor' | 'accentColor' | 'slug' | 'mapStyleUrl' | 'tileUrl') => (e: { target: { value: string } }) => {
    if (save.isError) save.reset();
    setV((s) => ({ ...s, [k]: e.target.value }));
  };
  const months = (k: 'reminderMonths' | 'flagMonths' | 'hideMonths') => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [k]: Number(e.target.value) }));
  const flag = (k: 'enabled' | 'providerSignupOpen') => (e: { target: { checked: boolean } }) => setV((s) => ({ ...s, [k]: e.target.checked }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      version: settings.version,
      enabled: v.enabled,
      name: v.name,
      intro: v.intro,
      primaryColor: v.primaryColor.trim() || null,
      accentColor: v.accentColor.trim() || null,
      providerSignupOpen: v.providerSignupOpen,
      reminderMonths: v.reminderMonths,
      flagMonths: v.flagMonths,
      hideMonths: v.hideMonths,
      slug: v.slug.trim() || null,
      mapStyleUrl: v.mapStyleUrl.trim() || null,
      tileUrl: v.tileUrl.trim() || null,
    });
  };
  const err = (field: string) => fieldError(t, save.error, field);
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="portal-settings-look">
      <h2 id="portal-settings-look" className="card__title">
        {t('portal.settings.look')}
      </h2>
      {save.isError && !['name', 'slug', 'mapStyleUrl', 'tileUrl'].some((f) => err(f)) ? <Alert tone="error">{describe(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{t('portal.settings.saved')}</Alert> : null}
      <label className="checkbox">
        <input type="checkbox" checked={v.enabled} onChange={flag('enabled')} /> {t('portal.settings.enabled')}
      </label>
      <TextField label={t('portal.settings.name')} value={v.name} onChange={text('name')} required maxLength={100} error={err('name')} />
      <TextAreaField label={t('portal.settings.intro')} value={v.intro} onChange={text('intro')} rows={3} optional maxLength={2000} />
      <div className="form__row">
        <TextField
          label={t('portal.settings.primaryColor')}
          hint={t('portal.settings.colourHint')}
          value={v.primaryColor}
          onChange={text('primaryColor')}
          placeholder="#1d4f91"
          maxLength={7}
          optional
          error={err('primaryColor')}
        />
        <TextField
          label={t('portal.settings.accentColor')}
          hint={t('portal.settings.colourHint')}
          value={v.accentColor}
          onChange={text('accentColor')}
          placeholder="#b3541e"
          maxLength={7}
          optional
          error={err('accentColor')}
        />
      </div>
      <fieldset className="checkbox-group">
        <legend className="field__label">{t('portal.settings.addressAndMap')}</legend>
        <TextField
          label={t('portal.settings.slug')}
          hint={t('portal.settings.slugHint', { example: `${window.location.origin}/portal/${v.slug.trim() || 'musterstadt'}` })}
          value={v.slug}
          onChange={text('slug')}
          placeholder="musterstadt"
          maxLength={63}
          optional
          error={err('slug')}
        />
        <TextField
          label={t('portal.settings.mapStyleUrl')}
          hint={t('portal.settings.mapStyleUrlHint')}
          inputMode="url"
          value={v.mapStyleUrl}
          onChange={text('mapStyleUrl')}
          placeholder="https://…/style.json"
          maxLength={500}
          optional
          error={err('mapStyleUrl')}
        />
        <TextField
          label={t('portal.settings.tileUrl')}
          hint={t('portal.settings.tileUrlHint')}
          value={v.tileUrl}
          onChange={text('tileUrl')}
          placeholder="https://…/{z}/{x}/{y}.png"
          maxLength={500}
          optional
          error={err('tileUrl')}
        />
        <p className="field__hint">{t('portal.settings.mapDefault')}</p>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={v.providerSignupOpen} onChange={flag('providerSignupOpen')} /> {t('portal.settings.signupOpen')}
      </label>
      <fieldset className="checkbox-group">
        <legend className="field__label">{t('portal.settings.freshness')}</legend>
        <div className="form__row">
          <TextField label={t('portal.settings.reminderMonths')} type="number" min={1} max={24} value={v.reminderMonths} onChange={months('reminderMonths')} />
          <TextField label={t('portal.settings.flagMonths')} type="number" min={2} max={36} value={v.flagMonths} onChange={months('flagMonths')} />
          <TextField label={t('portal.settings.hideMonths')} type="number" min={3} max={48} value={v.hideMonths} onChange={months('hideMonths')} />
        </div>
      </fieldset>
      <div className="button-row">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('portal.settings.save')}
        </Button>
      </div>
    </form>
  );
}

/** The logo: a file (JPEG, PNG or WebP), checked and stored without metadata by the server; shown in the portal's header. */
function LogoCard({ allianceId, logo }: { allianceId: string; logo: string | null }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const save = useSetPortalLogo(allianceId);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const base64 = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    save.mutate(base64);
  };
  return (
    <section className="card stack" aria-labelledby="portal-settings-logo">
      <h2 id="portal-settings-logo" className="card__title">
        {t('portal.settings.logo')}
      </h2>
      <p className="field__hint">{t('portal.settings.logoHint')}</p>
      {save.isError ? <Alert tone="error">{describe(save.error)}</Alert> : null}
      {save.isSuccess && !save.isPending ? <Alert tone="success">{t('portal.settings.saved')}</Alert> : null}
      {logo ? (
        <img src={logo} alt={t('portal.settings.logoCurrent')} className="portal-settings__logo" style={{ maxHeight: 64, maxWidth: 240 }} />
      ) : (
        <p>{t('portal.settings.noLogo')}</p>
      )}
      <div className="button-row">
        <label className="field">
          <span className="field__label">{t('portal.settings.logoFile')}</span>
          <input type="file" accept="image/png,image/jpeg,image/webp" disabled={save.isPending} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {logo ? (
          <Button type="button" variant="secondary" loading={save.isPending} onClick={() => save.mutate(null)}>
            {t('portal.settings.removeLogo')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function Populations({ allianceId, districts }: { allianceId: string; districts: PortalSettingsPage['portalPlanning']['districts'] }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const save = useSetDistrictPopulation(allianceId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(districts.map((d) => [d.id, d.population === null || d.population === undefined ? '' : String(d.population)])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void (async () => {
      for (const d of districts) {
        const raw = (values[d.id] ?? '').replace(/\D/g, '');
        const population = raw === '' ? null : Number(raw);
        if (population !== (d.population ?? null)) await save.mutateAsync({ districtId: d.id, population });
      }
    })();
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="portal-settings-population">
      <h2 id="portal-settings-population" className="card__title">
        {t('portal.settings.population')}
      </h2>
      <p className="field__hint">{t('portal.settings.populationHint')}</p>
      {save.isError ? <Alert tone="error">{describe(save.error)}</Alert> : null}
      {save.isSuccess && !save.isPending ? <Alert tone="success">{t('portal.settings.saved')}</Alert> : null}
      {districts.length === 0 ? <p>{t('portal.settings.noDistricts')}</p> : null}
      <div className="form__row">
        {districts.map((d) => (
          <TextField
            key={d.id}
            label={d.name}
            inputMode="numeric"
            value={values[d.id] ?? ''}
            onChange={(e) => setValues((s) => ({ ...s, [d.id]: e.target.value }))}
            optional
          />
        ))}
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('portal.settings.savePopulation')}
        </Button>
      </div>
    </form>
  );
}
