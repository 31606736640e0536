import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { useFormat } from '@/lib/i18n';
import { canEditAgenda, type AgendaAlliance } from '../utils/viewer';
import { AgreementSection } from './agreement-section';
import { GoalTreeSection } from './goal-tree-section';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

/** The common agenda: what the alliance works on, its goal tree and its cooperation agreement. */
export function AgendaPage({ alliance }: { alliance: AgendaAlliance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const editable = canEditAgenda(alliance);
  const period =
    alliance.periodStart || alliance.periodEnd
      ? t('agenda.basics.periodValue', { start: format.date(alliance.periodStart), end: format.date(alliance.periodEnd) })
      : t('agenda.basics.noPeriod');

  return (
    <div className="page agenda">
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('agenda.eyebrow')} />}
        title={t('agenda.title')}
        description={t('agenda.description')}
        actions={
          editable ? (
            <ButtonLink to="../settings" relative="path" icon="settings" size="sm">
              {t('agenda.basics.editProfile')}
            </ButtonLink>
          ) : null
        }
      />

      <section className="card agenda-basics" aria-labelledby="agenda-basics-heading">
        <h2 id="agenda-basics-heading" className="visually-hidden">
          {t('agenda.basics.heading')}
        </h2>
        <dl className="agenda-facts">
          <div>
            <dt>{t('agenda.basics.kind')}</dt>
            <dd>{t(`allianceKinds.${alliance.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('agenda.basics.lifecycle')}</dt>
            <dd>
              <Badge tone={alliance.lifecycle === 'ACTIVE' ? 'success' : 'neutral'}>{t(`lifecycles.${alliance.lifecycle}`)}</Badge>
            </dd>
          </div>
          <div>
            <dt>{t('agenda.basics.period')}</dt>
            <dd>{period}</dd>
          </div>
        </dl>
        <div className="agenda-statements">
          <div>
            <h3 className="agenda-statements__title">{t('agenda.basics.problemStatement')}</h3>
            <p className="prose">{alliance.problemStatement || t('agenda.basics.notYet')}</p>
          </div>
          <div>
            <h3 className="agenda-statements__title">{t('agenda.basics.vision')}</h3>
            <p className="prose">{alliance.vision || t('agenda.basics.notYet')}</p>
          </div>
        </div>
      </section>

      <GoalTreeSection allianceId={alliance.id} editable={editable} />
      <AgreementSection alliance={alliance} />
    </div>
  );
}
