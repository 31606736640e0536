import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { DateField } from '@/components/ui/locale-inputs';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useActivityMap } from '../api/get-activity-map';
import { buildMatrix } from '../utils/activity-map';
import type { ActivityViewer } from '../utils/permissions';
import { ActivityMapFindings } from './activity-map-findings';
import { ActivityMapTable } from './activity-map-table';
import { ObserverNotice } from './observer-notice';

/** The activity map: who works on which goal on a reference date, with gaps and overlaps explained. */
export function ActivityMap({ allianceId, viewer }: { allianceId: string; viewer: ActivityViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  // null asks the API for today, so the map follows the server's calendar, not the browser's.
  const [asOf, setAsOf] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null | undefined>(undefined);
  const [draftInvalid, setDraftInvalid] = useState(false);
  const observer = viewer.role === 'OBSERVER';
  const map = useActivityMap(allianceId, asOf, !observer);
  const matrix = useMemo(() => (map.data ? buildMatrix(map.data) : null), [map.data]);

  if (observer || isApiError(map.error, 'FORBIDDEN')) return <ObserverNotice allianceId={allianceId} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draftInvalid) setAsOf(draft ?? null);
  };

  return (
    <div className="activity-map">
      <form className="activity-map__date" onSubmit={onSubmit}>
        <DateField
          optional
          label={t('activities.map.asOf')}
          hint={t('activities.map.asOfHint', { pattern: format.datePattern })}
          value={draft === undefined ? (map.data?.asOf ?? null) : draft}
          onChange={(value, state) => {
            setDraft(value);
            setDraftInvalid(state === 'invalid');
          }}
        />
        <div className="activity-map__date-actions">
          <Button type="submit" variant="primary" icon="calendar">
            {t('activities.map.apply')}
          </Button>
          <Button
            onClick={() => {
              setDraft(undefined);
              setDraftInvalid(false);
              setAsOf(null);
            }}
          >
            {t('activities.map.today')}
          </Button>
        </div>
      </form>

      {map.isPending ? (
        <LoadingState label={t('activities.map.loading')} />
      ) : map.isError ? (
        <Alert
          tone="error"
          title={t('activities.map.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void map.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(map.error)}
        </Alert>
      ) : !matrix || matrix.rows.length === 0 ? (
        <EmptyState icon="agenda" title={t('activities.map.emptyTitle')}>
          <p>{t('activities.map.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <ActivityMapTable allianceId={allianceId} matrix={matrix} asOf={map.data.asOf} />
          <MapLegend />
          <ActivityMapFindings allianceId={allianceId} map={map.data} matrix={matrix} />
        </>
      )}
    </div>
  );
}

function MapLegend() {
  const { t } = useTranslation();
  return (
    <section className="activity-map__legend" aria-labelledby="activity-map-legend">
      <h2 id="activity-map-legend" className="activity-map__legend-title">
        {t('activities.map.legend.title')}
      </h2>
      <ul>
        <li>
          <span className="activity-map__swatches" aria-hidden="true">
            {[1, 2, 3, 4].map((level) => (
              <span key={level} className={`activity-map__swatch activity-map__cell--${level}`} />
            ))}
          </span>
          {t('activities.map.legend.intensity')}
        </li>
        <li>{t('activities.map.legend.running')}</li>
        <li>{t('activities.map.legend.gap')}</li>
        <li>{t('activities.map.legend.overlap')}</li>
      </ul>
    </section>
  );
}
