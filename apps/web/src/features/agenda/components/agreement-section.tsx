import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useAgreement } from '../api/get-agreement';
import { canEditAgenda, type AgendaAlliance } from '../utils/viewer';
import { AgreementHistory } from './agreement-history';
import { AgreementSignatures } from './agreement-signatures';
import { PublishAgreementDialog } from './publish-agreement-dialog';
import { SignAgreement } from './sign-agreement';

/** The cooperation agreement in force, who signed it, and its earlier versions. */
export function AgreementSection({ alliance }: { alliance: AgendaAlliance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const agreement = useAgreement(alliance.id);
  const [publishing, setPublishing] = useState(false);
  const editable = canEditAgenda(alliance);
  const current = agreement.data?.current ?? null;

  return (
    <section className="agenda-section" aria-labelledby="agenda-agreement-heading">
      <div className="agenda-section__header">
        <div>
          <h2 id="agenda-agreement-heading" className="agenda-section__title">
            {t('agenda.agreement.heading')}
          </h2>
          <p className="agenda-section__description">{t('agenda.agreement.description')}</p>
        </div>
        {editable && agreement.isSuccess ? (
          <Button variant="secondary" icon="edit" onClick={() => setPublishing(true)}>
            {current ? t('agenda.agreement.publish.open') : t('agenda.agreement.publish.openFirst')}
          </Button>
        ) : null}
      </div>

      {agreement.isPending ? (
        <LoadingState label={t('agenda.agreement.loading')} />
      ) : agreement.isError ? (
        <Alert
          tone="error"
          title={t('agenda.agreement.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void agreement.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(agreement.error)}
        </Alert>
      ) : !current ? (
        <EmptyState icon="agenda" title={t('agenda.agreement.noneTitle')}>
          <p>{editable ? t('agenda.agreement.noneTextBackbone') : t('agenda.agreement.noneText')}</p>
        </EmptyState>
      ) : (
        <>
          <article className="card agreement" aria-labelledby="agreement-current-title">
            <header className="agreement__header">
              <p className="agreement__version">
                <Badge tone="accent">{t('agenda.agreement.version', { number: current.number })}</Badge>
                <span>{t('agenda.agreement.publishedBy', { date: format.date(current.publishedAt), name: current.publishedByName })}</span>
              </p>
              <h3 id="agreement-current-title" className="agreement__title">
                {current.title}
              </h3>
            </header>
            <div className="agreement__body prose">{current.body}</div>
            <h4 className="agreement__subtitle">{t('agenda.agreement.conflictProcedure')}</h4>
            <div className="agreement__body prose">{current.conflictProcedure}</div>
            <SignAgreement
              allianceId={alliance.id}
              organisation={alliance.myOrganisation.name}
              current={current}
              mySignature={agreement.data.mySignature ?? null}
            />
          </article>
          <AgreementSignatures current={current} signatures={agreement.data.signatures} unsigned={editable ? agreement.data.unsignedMembers : null} />
          <AgreementHistory versions={agreement.data.versions} currentNumber={current.number} />
        </>
      )}

      {editable ? <PublishAgreementDialog allianceId={alliance.id} open={publishing} current={current} onClose={() => setPublishing(false)} /> : null}
    </section>
  );
}
