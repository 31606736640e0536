import { useTranslation } from 'react-i18next';
import { diffRows, valueText } from '../utils/diff';

/**
 * Before and after of one change, field by field: changed fields marked (colour and the word
 * "geändert" for screen readers), field names in words where known, long values wrapped. Side by
 * side on wide screens; on a phone each field's before and after stack (audit.css).
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffRows(before, after);
  if (!rows.length) return <p className="audit-diff__empty">{t('audit.noData')}</p>;
  const label = (field: string) => (field ? t(`audit.fields.${field}`, { defaultValue: field }) : t('audit.field'));
  return (
    <table className="audit-diff">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.changed ? 'audit-diff__row audit-diff__row--changed' : 'audit-diff__row'}>
            <th scope="row" className="audit-diff__field">
              {label(row.field)}
              <span className={row.changed ? 'audit-diff__mark' : 'visually-hidden'}> ({t(row.changed ? 'audit.changed' : 'audit.unchanged')})</span>
            </th>
            <td className="audit-diff__value audit-diff__value--before" data-label={t('audit.before')}>
              <span className="audit-diff__text">{valueText(row.before)}</span>
            </td>
            <td className="audit-diff__value audit-diff__value--after" data-label={t('audit.after')}>
              <span className="audit-diff__text">{valueText(row.after)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
