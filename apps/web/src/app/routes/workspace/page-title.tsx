import { useTranslation } from 'react-i18next';

/** `Mitglieder · Bündnis Jugend Nord · Gemeinwerk` – React 19 hoists <title> into <head>. */
export function PageTitle({ area, alliance }: { area: string; alliance: string }) {
  const { t } = useTranslation();
  return <title>{`${area} · ${alliance} · ${t('common.appName')}`}</title>;
}
