import { useTranslation } from 'react-i18next';
import { DisclosureMenu, menuEntry } from './disclosure-menu';
import { Icon } from './icon';

/** The lists the API offers for download (apps/api/src/modules/exports). */
export type ExportListName =
  'indicators' | 'values' | 'progress' | 'completeness' | 'activities' | 'activity-map' | 'log' | 'action-items' | 'members' | 'portal-planning';

/**
 * Where a download lives: the API answers with the file (Content-Disposition: attachment) under
 * the session cookie; the user's language picks German or English formats.
 */
export function exportHref(
  allianceId: string,
  list: ExportListName | 'workbook',
  format: 'csv' | 'xlsx',
  language: string,
  params: Record<string, string | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (language.startsWith('en')) query.set('lang', 'en');
  const search = query.toString();
  return `/api/alliances/${encodeURIComponent(allianceId)}/exports/${list}.${format}${search ? `?${search}` : ''}`;
}

/** "Exportieren" with CSV and Excel: the list as the screen shows it, for the caller's role. */
export function ExportMenu({
  allianceId,
  list,
  params,
  what,
  align = 'start',
}: {
  allianceId: string;
  list: ExportListName;
  /** Which edge of the button the panel lines up with: `end` where the button sits at the right. */
  align?: 'start' | 'end';
  params?: Record<string, string | undefined>;
  /** What is exported, for screen readers ("Indikatoren exportieren"). */
  what: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DisclosureMenu
      align={align}
      className="export-menu no-print"
      accessibleLabel={t('exports.menuFor', { what })}
      label={
        <>
          <Icon name="download" size={16} />
          {t('exports.menu')}
        </>
      }
    >
      {(close) => (
        <div className="menu__section">
          <a className="menu__item" {...menuEntry} href={exportHref(allianceId, list, 'csv', i18n.language, params)} download onClick={close}>
            {t('exports.csv')}
          </a>
          <a className="menu__item" {...menuEntry} href={exportHref(allianceId, list, 'xlsx', i18n.language, params)} download onClick={close}>
            {t('exports.xlsx')}
          </a>
        </div>
      )}
    </DisclosureMenu>
  );
}

/** A plain link under a chart: its data as an Excel file. */
export function ChartDataLink({ allianceId, list, params }: { allianceId: string; list: ExportListName; params?: Record<string, string | undefined> }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="chart-data-link no-print" href={exportHref(allianceId, list, 'xlsx', i18n.language, params)} download>
      <Icon name="download" size={16} />
      {t('exports.chartData')}
    </a>
  );
}

/** "Ganzes Bündnis als Excel": every list the caller may read, one sheet each. */
export function WorkbookLink({ allianceId }: { allianceId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="button button--secondary no-print" href={exportHref(allianceId, 'workbook', 'xlsx', i18n.language)} download>
      <Icon name="download" size={18} />
      {t('exports.workbook')}
    </a>
  );
}
