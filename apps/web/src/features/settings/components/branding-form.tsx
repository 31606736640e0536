import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { TextField } from '@/components/ui/field';
import { parseHex } from '@/lib/theme';
import type { ProfileChanges } from '../api/update-alliance-profile';
import { settingsFieldError, type SettingsAlliance } from '../utils/alliance';
import { logoProblem, readAsDataUrl } from '../utils/logo';
import { ColourContrast, colourIsUsable } from './colour-contrast';
import { SettingsFormSection } from './settings-form-section';
import { useProfileSave } from './use-profile-save';

/** The default accent (tokens.css), shown in the picker while the alliance has no colour of its own. */
const DEFAULT_COLOUR = '#0e5a61';

/** Logo and theme colour of the workspace. */
export function BrandingForm({ alliance }: { alliance: SettingsAlliance }) {
  const { t } = useTranslation();
  const saving = useProfileSave(alliance);
  const fileId = useId();
  const [logo, setLogo] = useState<string | null>(alliance.logoDataUrl ?? null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [colour, setColour] = useState(alliance.primaryColor ?? '');

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    saving.setSaved(false);
    setLogoError(null);
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) return setLogoError(t(`settings.branding.logoErrors.${problem}`));
    try {
      setLogo(await readAsDataUrl(file));
    } catch {
      setLogoError(t('settings.branding.logoErrors.read'));
    }
  };

  const changes = (): ProfileChanges => {
    const out: ProfileChanges = {};
    if (logo !== (alliance.logoDataUrl ?? null)) out.logoDataUrl = logo;
    const wanted = colour.trim().toLowerCase() || null;
    if (wanted !== (alliance.primaryColor ?? null)) out.primaryColor = wanted;
    return out;
  };

  const save = () =>
    saving.save(
      () =>
        colour.trim() && !colourIsUsable(colour) ? (parseHex(colour) ? t('settings.branding.colourTooLight') : t('settings.branding.colourInvalid')) : null,
      changes,
    );

  const pickerValue = parseHex(colour) ? colour.trim().toLowerCase() : DEFAULT_COLOUR;

  return (
    <SettingsFormSection
      name="branding"
      onSave={save}
      {...saving.section}
      dialogs={
        <ConflictDialog
          open={saving.conflict}
          onClose={() => saving.setConflict(false)}
          onReload={() => {
            saving.setConflict(false);
            saving.reset();
            setLogo(alliance.logoDataUrl ?? null);
            setColour(alliance.primaryColor ?? '');
          }}
          onReapply={() => {
            saving.setConflict(false);
            save();
          }}
        />
      }
    >
      <fieldset className="settings-fieldset">
        <legend className="field__label">{t('settings.branding.logo')}</legend>
        <div className="settings-logo">
          <div className="settings-logo__preview">
            {logo ? <img src={logo} alt={t('settings.branding.logoPreview')} /> : <span className="settings-logo__empty">{t('settings.branding.noLogo')}</span>}
          </div>
          <div className="settings-logo__controls">
            <div className={`field${logoError ? ' field--invalid' : ''}`}>
              <label htmlFor={fileId} className="field__label">
                {logo ? t('settings.branding.replaceLogo') : t('settings.branding.uploadLogo')}
              </label>
              <p className="field__hint" id={`${fileId}-hint`}>
                {t('settings.branding.logoHint')}
              </p>
              <input
                id={fileId}
                type="file"
                className="settings-logo__file"
                accept="image/png,image/jpeg,image/svg+xml"
                aria-describedby={`${fileId}-hint${logoError ? ` ${fileId}-error` : ''}`}
                aria-invalid={logoError ? true : undefined}
                onChange={(e) => void chooseFile(e)}
              />
              {logoError ? (
                <p className="field__error" id={`${fileId}-error`} role="alert">
                  <span aria-hidden="true">⚠ </span>
                  {logoError}
                </p>
              ) : null}
            </div>
            {logo ? (
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                onClick={() => {
                  saving.setSaved(false);
                  setLogo(null);
                }}
              >
                {t('settings.branding.removeLogo')}
              </Button>
            ) : null}
          </div>
        </div>
      </fieldset>

      <fieldset className="settings-fieldset">
        <legend className="field__label">{t('settings.branding.colour')}</legend>
        <div className="settings-colour">
          <label className="settings-colour__picker">
            <span className="visually-hidden">{t('settings.branding.colourPicker')}</span>
            <input
              type="color"
              value={pickerValue}
              onChange={(e) => {
                saving.setSaved(false);
                setColour(e.target.value);
              }}
            />
          </label>
          <TextField
            label={t('settings.branding.colourCode')}
            hint={t('settings.branding.colourHint')}
            optional
            value={colour}
            placeholder="#0e5a61"
            maxLength={7}
            spellCheck={false}
            error={settingsFieldError(t, saving.error, 'primaryColor')}
            onChange={(e) => {
              saving.setSaved(false);
              setColour(e.target.value);
            }}
          />
          {colour ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                saving.setSaved(false);
                setColour('');
              }}
            >
              {t('settings.branding.defaultColour')}
            </Button>
          ) : null}
        </div>
        <ColourContrast colour={colour.trim() || DEFAULT_COLOUR} />
      </fieldset>
    </SettingsFormSection>
  );
}
