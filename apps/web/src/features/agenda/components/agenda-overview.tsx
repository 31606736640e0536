import { useTranslation } from 'react-i18next';
import { PlannedArea } from '@/components/ui/planned-area';

/**
 * Common agenda: problem statement, vision, goal tree and cooperation agreement. The statement
 * and vision already live on the alliance; goals and the agreement follow with the goals API.
 */
export function AgendaOverview({ problemStatement, vision }: { problemStatement?: string; vision?: string }) {
  const { t } = useTranslation();
  const hasBasics = Boolean(problemStatement || vision);
  return (
    <PlannedArea
      icon="agenda"
      eyebrow={t('areas.agenda.eyebrow')}
      title={t('areas.agenda.title')}
      description={t('areas.agenda.description')}
      emptyTitle={t('areas.agenda.emptyTitle')}
      emptyText={t('areas.agenda.emptyText')}
      plannedHeading={t('areas.plannedHeading')}
      planned={t('areas.agenda.planned', { returnObjects: true }) as string[]}
      aside={
        hasBasics ? (
          <div className="agenda-basics">
            {problemStatement ? (
              <section className="card" aria-labelledby="agenda-problem">
                <h2 id="agenda-problem" className="card__title">
                  {t('areas.agenda.problemStatement')}
                </h2>
                <p className="prose">{problemStatement}</p>
              </section>
            ) : null}
            {vision ? (
              <section className="card" aria-labelledby="agenda-vision">
                <h2 id="agenda-vision" className="card__title">
                  {t('areas.agenda.vision')}
                </h2>
                <p className="prose">{vision}</p>
              </section>
            ) : null}
          </div>
        ) : null
      }
    />
  );
}
