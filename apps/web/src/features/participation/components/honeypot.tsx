import { useTranslation } from 'react-i18next';

/**
 * The honeypot: a field people never see nor reach (off-screen, aria-hidden, out of the tab order);
 * bots that fill every field fill it too, and the server refuses what has it filled.
 */
export function Honeypot({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="participation-trap" aria-hidden="true">
      <label htmlFor={id}>{t('participation.honeypot')}</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
