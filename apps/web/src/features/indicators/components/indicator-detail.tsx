import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { LoadingState } from '@/components/ui/spinner';
import { PageHeader } from '@/components/ui/page-header';
import { ChartDataLink, ExportMenu } from '@/components/ui/export-menu';
import type { MembershipRole, SeriesBreakdown } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { indicatorQueryOptions, useIndicator, type IndicatorDetail } from '../api/get-indicator';
import { useSetIndicatorArchived } from '../api/archive-indicator';
import { useIndicatorValue } from '../utils/format-value';
import { ContributionLedger } from './contribution-ledger';
import { IndicatorFormDialog } from './indicator-form-dialog';
import { ParticipationDistricts } from './participation-districts';
import { SeriesPanel } from './series-panel';
import { TargetsEditor } from './targets-editor';
import { TermHelp } from '@/components/help/term-help';
import type { GlossaryTerm } from '@/components/help/glossary';

/** One indicator: its definition, course over time, the members' contributions and its targets. */
export function IndicatorDetailView({ allianceId, indicatorId, role }: { allianceId: string; indicatorId: string; role: MembershipRole }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const indicator = useIndicator(allianceId, indicatorId);

  if (indicator.isPending) return <LoadingState label={t('indicators.detail.loading')} />;
  if (indicator.isError) {
    const missing = isApiError(indicator.error, 'NOT_FOUND') || isApiError(indicator.error, 'VALIDATION_FAILED');
    return (
      <div className="page page--narrow">
        <h1 className="page-header__title">{missing ? t('indicators.detail.notFound') : t('indicators.detail.loadFailed')}</h1>
        <Alert
          tone={missing ? 'info' : 'error'}
          actions={
            <>
              {!missing ? (
                <Button size="sm" onClick={() => void indicator.refetch()}>
                  {t('common.retry')}
                </Button>
              ) : null}
              <ButtonLink size="sm" to=".." relative="path">
                {t('indicators.detail.back')}
              </ButtonLink>
            </>
          }
        >
          {missing ? t('indicators.detail.notFoundText') : describe(indicator.error)}
        </Alert>
      </div>
    );
  }
  return <IndicatorPage allianceId={allianceId} indicator={indicator.data} role={role} onReload={() => void indicator.refetch()} />;
}

function IndicatorPage({
  allianceId,
  indicator,
  role,
  onReload,
}: {
  allianceId: string;
  indicator: IndicatorDetail;
  role: MembershipRole;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [editing, setEditing] = useState(false);
  // The attempt is whether the user archived (true) or restored (false).
  const conflict = useConflictState<IndicatorDetail, boolean>();
  const archiving = useSetIndicatorArchived(allianceId);
  const backbone = role === 'BACKBONE';
  const archived = indicator.status === 'ARCHIVED';
  // Member and category lines are not for observers; categories need a dimension. Values from
  // citizens' reports (issue 16) have no member: those show their districts instead (below).
  const breakdowns: SeriesBreakdown[] =
    role === 'OBSERVER' || indicator.fromParticipation ? ['TOTAL'] : indicator.dimensions.length > 0 ? ['TOTAL', 'MEMBER', 'CATEGORY'] : ['TOTAL', 'MEMBER'];

  // Archiving takes the indicator out of the overview, the dashboard and open reporting: asked first,
  // then confirmed with a message that offers to undo it.
  const [askArchive, setAskArchive] = useState(false);
  const setArchived = (archive: boolean, version: number) =>
    archiving.mutate(
      { indicatorId: indicator.id, version, archive },
      {
        onSuccess: () => setAskArchive(false),
        onError: (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          setAskArchive(false);
          void conflict.show(indicatorQueryOptions(allianceId, indicator.id), (stored) => stored, archive);
        },
      },
    );
  const done = archiving.isSuccess ? archiving.variables : undefined;

  return (
    <div className="page">
      <nav aria-label={t('indicators.detail.breadcrumb')} className="breadcrumb">
        <ButtonLink to=".." relative="path" variant="ghost" size="sm">
          ← {t('indicators.detail.back')}
        </ButtonLink>
      </nav>
      <PageHeader
        eyebrow={[t('indicators.detail.eyebrow'), indicator.code].filter(Boolean).join(' · ')}
        title={
          <>
            {indicator.name}
            {indicator.fromParticipation ? (
              <>
                {' '}
                <Badge tone="info" title={t('indicators.detail.fromParticipationText')}>
                  {t('indicators.detail.fromParticipation')}
                </Badge>
              </>
            ) : null}
            {archived ? (
              <>
                {' '}
                <Badge tone="neutral">{t('indicators.archived')}</Badge>
              </>
            ) : null}
          </>
        }
        description={indicator.definition || undefined}
        actions={
          <>
            {role !== 'OBSERVER' ? (
              <ExportMenu allianceId={allianceId} list="values" params={{ indicatorId: indicator.id }} what={t('indicators.detail.valuesExport')} />
            ) : null}
            {backbone ? (
              <>
                <Button onClick={() => (archived ? setArchived(false, indicator.version) : setAskArchive(true))} loading={archiving.isPending && !askArchive}>
                  {archived ? t('indicators.detail.restore') : t('indicators.detail.archive')}
                </Button>
                <Button variant="primary" onClick={() => setEditing(true)}>
                  {t('indicators.detail.edit')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {done ? (
        <Alert
          tone="success"
          title={
            done.archive ? t('indicators.detail.archivedNotice', { name: indicator.name }) : t('indicators.detail.restoredNotice', { name: indicator.name })
          }
          actions={
            done.archive && archived ? (
              <Button size="sm" onClick={() => setArchived(false, indicator.version)} loading={archiving.isPending}>
                {t('indicators.detail.undoArchive')}
              </Button>
            ) : undefined
          }
        >
          {done.archive ? t('indicators.detail.archivedText') : null}
        </Alert>
      ) : null}
      {archiving.isError && !isApiError(archiving.error, 'CONFLICT') && !askArchive ? (
        <Alert tone="error" title={archiving.variables?.archive === false ? t('indicators.detail.restoreFailed') : t('indicators.detail.archiveFailed')}>
          {describe(archiving.error)}
        </Alert>
      ) : null}
      <IndicatorFacts indicator={indicator} />
      <SeriesPanel allianceId={allianceId} indicator={indicator} breakdowns={breakdowns} />
      {indicator.fromParticipation ? <ParticipationDistricts allianceId={allianceId} indicator={indicator} /> : null}
      <ChartDataLink allianceId={allianceId} list="progress" params={{ indicatorId: indicator.id }} />
      {/* Members' contributions: none to a participation-sourced indicator (its districts are shown above). */}
      {role !== 'OBSERVER' && !indicator.fromParticipation ? <ContributionLedger allianceId={allianceId} indicator={indicator} /> : null}
      <TargetsEditor allianceId={allianceId} indicator={indicator} canEdit={backbone} onReload={onReload} />
      {backbone ? (
        <IndicatorFormDialog allianceId={allianceId} open={editing} indicator={indicator} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      ) : null}
      <ConfirmDialog
        open={askArchive}
        title={t('indicators.detail.archiveTitle', { name: indicator.name })}
        confirmLabel={t('indicators.detail.archive')}
        onConfirm={() => setArchived(true, indicator.version)}
        onClose={() => {
          setAskArchive(false);
          archiving.reset();
        }}
        pending={archiving.isPending}
        error={archiving.isError && !isApiError(archiving.error, 'CONFLICT') ? describe(archiving.error) : undefined}
      >
        <p className="dialog__text">{t('indicators.detail.archiveText')}</p>
      </ConfirmDialog>
      <ConflictDialog
        {...conflict.dialog({
          describe: (stored) => t(`indicators.detail.statuses.${stored.status}`),
          reload: () => {
            archiving.reset();
            onReload();
          },
          // Archiving what is archived already (or restoring what is active) has nothing left to do.
          canReapply: (stored, archive) => (stored.status === 'ARCHIVED') !== archive,
          reapply: (stored, archive) => setArchived(archive, stored.version),
        })}
      />
    </div>
  );
}

function IndicatorFacts({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = useIndicatorValue();
  // A fact's term may carry a "?" that explains it (the glossary).
  const facts: [string, string, GlossaryTerm?][] = [
    [t('indicators.fields.unit'), indicator.unit || '–'],
    [t('indicators.fields.direction'), t(`indicators.directions.${indicator.direction}`)],
    [
      t('indicators.detail.baseline'),
      indicator.baselineValue === null || indicator.baselineValue === undefined
        ? t('indicators.detail.noBaseline')
        : `${value(indicator.baselineValue, indicator)}${indicator.baselinePeriod ? ` (${formatPeriodKey(indicator.baselinePeriod, format.language)})` : ''}`,
    ],
    [t('indicators.fields.aggregation'), t(`indicators.aggregations.${indicator.aggregation}`)],
    [t('indicators.fields.frequency'), t(`indicators.frequencies.${indicator.frequency}`)],
    [t('indicators.fields.rbaKind'), t(`indicators.rbaKinds.${indicator.rbaKind}`), 'rbaKind'],
  ];
  if (indicator.aggregation === 'RATIO')
    facts.push([t('indicators.detail.ratio'), `${indicator.numeratorLabel ?? '–'} / ${indicator.denominatorLabel ?? '–'}`]);
  if (indicator.collectionMethod) facts.push([t('indicators.fields.collectionMethod'), indicator.collectionMethod]);
  if (indicator.fromParticipation) facts.push([t('indicators.detail.valueSource'), t('indicators.detail.fromParticipationText')]);
  facts.push([t('indicators.fields.goals'), indicator.goals.map((g) => g.title).join(', ') || t('indicators.list.withoutGoal')]);
  if (indicator.dimensions.length > 0) facts.push([t('indicators.detail.dimensions'), indicator.dimensions.map((d) => d.name).join(', ')]);
  return (
    <dl className="indicator-facts">
      {facts.map(([term, description, help]) => (
        <div key={term} className="indicator-facts__item">
          <dt>
            {term}
            {help ? (
              <>
                {' '}
                <TermHelp term={help} />
              </>
            ) : null}
          </dt>
          <dd>{description}</dd>
        </div>
      ))}
    </dl>
  );
}
