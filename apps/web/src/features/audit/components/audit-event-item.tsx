import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n';
import type { AuditEvent } from '../api/get-audit-events';
import { AuditDiff } from './audit-diff';

/** One change of the trail: when, who, what; opens to its before and after. */
export function AuditEventItem({ event, onShowObject }: { event: AuditEvent; onShowObject: (entityType: string, entityId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const who = event.actorName ?? (event.actorUserId ? t('audit.erased') : t('audit.system'));
  const action = t(`audit.actions.${event.action}`, { defaultValue: event.action });
  const type = t(`audit.types.${event.entityType}`, { defaultValue: event.entityType });
  const detailId = `audit-${event.id}`;
  return (
    <li className={open ? 'audit-event audit-event--open' : 'audit-event'}>
      <button type="button" className="audit-event__summary" aria-expanded={open} aria-controls={detailId} onClick={() => setOpen(!open)}>
        <span className="audit-event__action">{action}</span>
        <span className="audit-event__meta">
          <span className="audit-event__who">{who}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={String(event.occurredAt)}>{format.dateTime(event.occurredAt)}</time>
          <span aria-hidden="true"> · </span>
          <span className="audit-event__type">{type}</span>
        </span>
        <span className="visually-hidden">{open ? t('audit.hide') : t('audit.show')}</span>
      </button>
      {open ? (
        <div className="audit-event__detail" id={detailId}>
          <AuditDiff before={event.before} after={event.after} />
          <Button size="sm" variant="ghost" onClick={() => onShowObject(event.entityType, event.entityId)}>
            {t('audit.allOfObject')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
