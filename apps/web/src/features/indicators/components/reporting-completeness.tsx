import { useId } from 'react';
import { ExportMenu } from '@/components/ui/export-menu';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useReportingCompleteness, type ReportingCompleteness } from '../api/get-reporting-completeness';
import type { ReportingPeriod } from '../api/reporting-periods';
import { completenessMatrix, daysBetween, localToday, type CompletenessStatus } from '../utils/completeness';

/** The tone only supports the word in the cell; the word carries the meaning. */
const TONE: Record<CompletenessStatus, BadgeTone> = { MISSING: 'danger', DRAFT: 'warning', REJECTED: 'warning', SUBMITTED: 'info', APPROVED: 'success' };

/** "Wer fehlt noch?" for one period: the backbone sees who still owes which report, and the deadline. */
export function ReportingCompletenessDialog({ allianceId, period, onClose }: { allianceId: string; period: ReportingPeriod | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Dialog
      open={period !== null}
      onClose={onClose}
      size="wide"
      title={period ? t('indicators.completeness.title', { period: formatPeriodKey(period.periodKey, format.language) }) : ''}
    >
      {period ? <CompletenessView allianceId={allianceId} periodId={period.id} /> : null}
    </Dialog>
  );
}

export function CompletenessView({ allianceId, periodId, today = localToday() }: { allianceId: string; periodId: string; today?: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const completeness = useReportingCompleteness(allianceId, periodId);
  if (completeness.isPending) return <LoadingState label={t('indicators.completeness.loading')} />;
  if (completeness.isError)
    return (
      <Alert
        tone="error"
        title={t('indicators.completeness.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void completeness.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(completeness.error)}
      </Alert>
    );
  return (
    <>
      <div className="toolbar toolbar--end">
        <ExportMenu
          align="end"
          allianceId={allianceId}
          list="completeness"
          params={{ reportingPeriodId: periodId }}
          what={t('indicators.completeness.exportWhat')}
        />
      </div>
      <CompletenessMatrixView data={completeness.data} today={today} />
    </>
  );
}

function Deadline({ data, today }: { data: ReportingCompleteness; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dueOn, state } = data.reportingPeriod;
  if (!dueOn) return <p className="completeness__due">{t('indicators.completeness.noDue')}</p>;
  const late = daysBetween(dueOn, today);
  const open = state === 'OPEN';
  return (
    <p className="completeness__due">
      {t('indicators.completeness.due', { date: format.date(dueOn) })}
      {open ? (
        <>
          {' · '}
          {late > 0 ? (
            <Badge tone="danger">{t('indicators.completeness.overdue', { count: late })}</Badge>
          ) : late === 0 ? (
            <Badge tone="warning">{t('indicators.completeness.dueToday')}</Badge>
          ) : (
            <span>{t('indicators.completeness.dueIn', { count: -late })}</span>
          )}
        </>
      ) : null}
    </p>
  );
}

function CompletenessMatrixView({ data, today }: { data: ReportingCompleteness; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const matrix = completenessMatrix(data.rows, format.language);
  const outstanding = matrix.members.reduce((s, m) => s + m.outstanding, 0);
  const awaiting = matrix.members.reduce((s, m) => s + m.awaitingReview, 0);
  const approved = matrix.members.reduce((s, m) => s + m.approved, 0);
  const period = formatPeriodKey(data.reportingPeriod.periodKey, format.language);

  return (
    <div className="completeness">
      <Deadline data={data} today={today} />
      {data.rows.length === 0 ? (
        <p>{t('indicators.completeness.nothingExpected')}</p>
      ) : (
        <>
          <p className="completeness__summary">
            {t('indicators.completeness.summary', {
              outstanding: format.number(outstanding),
              awaiting: format.number(awaiting),
              approved: format.number(approved),
              expected: format.number(data.rows.length),
            })}
          </p>
          {outstanding === 0 && awaiting === 0 ? <Alert tone="success" title={t('indicators.completeness.allApproved')} /> : null}
          <div className="table-wrap completeness__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <DataTable
              wrap={false}
              className="completeness__table"
              caption={t('indicators.completeness.caption', { period })}
              captionClassName="table__caption"
              captionId={captionId}
              rows={matrix.members}
              rowKey={(m) => m.membershipId}
              columns={[
                { key: 'member', header: t('indicators.completeness.member'), rowHeader: true, className: 'table__primary', cell: (m) => m.organisationName },
                {
                  key: 'outstanding',
                  header: t('indicators.completeness.outstandingColumn'),
                  className: 'table__numeric',
                  cell: (m) => t('indicators.completeness.outstandingOf', { count: m.outstanding, total: format.number(Object.keys(m.cells).length) }),
                },
                ...matrix.indicators.map((i) => ({
                  key: i.id,
                  header: i.name,
                  cell: (m: (typeof matrix.members)[number]) => {
                    const status = m.cells[i.id];
                    return status ? (
                      <Badge tone={TONE[status]}>{t(`indicators.completeness.status.${status}`)}</Badge>
                    ) : (
                      <span>{t('indicators.completeness.notExpected')}</span>
                    );
                  },
                })),
              ]}
            />
          </div>
        </>
      )}
    </div>
  );
}
