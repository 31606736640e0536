import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useMyActionItems } from '../api/get-my-action-items';
import type { LogViewer } from '../utils/viewer';
import { ActionItemRow } from './action-item-row';
import { LoadMore } from './load-more';
import { LogSubnav } from './log-timeline';

/** "Meine Aufgaben": the open action items of the caller's organisation or the caller, overdue first. */
export function MyActionItems({ allianceId, viewer }: { allianceId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [includeDone, setIncludeDone] = useState(false);
  const items = useMyActionItems(allianceId, includeDone);

  let body;
  if (items.isPending) body = <LoadingState label={t('communication.myActionItems.loading')} />;
  else if (items.isError)
    body = (
      <Alert
        tone="error"
        title={t('communication.myActionItems.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void items.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(items.error)}
      </Alert>
    );
  else {
    const nodes = items.data.pages.flatMap((p) => p.nodes);
    const overdue = nodes.filter((i) => i.overdue).length;
    body = (
      <>
        <p className="log-count" role="status">
          {includeDone
            ? t('communication.myActionItems.countAll', { count: nodes.length })
            : t('communication.myActionItems.count', { count: items.data.pages[0]?.totalCount ?? 0 })}
          {overdue > 0 ? ` ${t('communication.myActionItems.overdueCount', { count: overdue })}` : ''}
        </p>
        {nodes.length === 0 ? (
          <EmptyState icon="check" title={t('communication.myActionItems.emptyTitle')}>
            {t('communication.myActionItems.emptyText')}
          </EmptyState>
        ) : (
          <ul className="action-items card">
            {nodes.map((item) => (
              <ActionItemRow key={item.id} allianceId={allianceId} item={item} viewer={viewer} showEntry />
            ))}
          </ul>
        )}
        <LoadMore query={items} label={t('communication.myActionItems.loadMore')} />
      </>
    );
  }

  return (
    <div className="page log">
      <PageHeader
        eyebrow={t('communication.title')}
        title={t('communication.myActionItems.title')}
        description={t('communication.myActionItems.description')}
        actions={<ExportMenu allianceId={allianceId} list="action-items" what={t('communication.myActionItems.title')} />}
      />
      <LogSubnav allianceId={allianceId} viewer={viewer} />
      <div className="toolbar toolbar--start">
        <label className="checkbox">
          <input type="checkbox" checked={includeDone} onChange={(e) => setIncludeDone(e.target.checked)} />
          <span>{t('communication.myActionItems.includeDone')}</span>
        </label>
      </div>
      <section className="section" aria-label={t('communication.myActionItems.title')}>
        {body}
      </section>
    </div>
  );
}
