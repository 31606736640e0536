import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n';
import { reportPhotoUrl, usePublicReport } from '../api/participation-api';
import { AbuseButton } from './abuse-button';
import { EasyLanguageSwitch, useParticipationText } from './easy-language';
import { StatusBadge } from './status-badge';
import { StatusHistory } from './status-history';
import { SupportButton } from './support-button';
import '../participation.css';

/** One public report: what, where, its status with history, the public answer, support and "Missbrauch melden". */
export function ReportPage({ slug, reportId }: { slug: string; reportId: string }) {
  const { tx } = useParticipationText();
  const f = useFormat();
  const report = usePublicReport(slug, reportId);
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <Alert tone="warning">{tx('detail.notFound')}</Alert>;
  const r = report.data;
  const place = [r.address, r.districtName].filter(Boolean).join(', ');
  return (
    <article className="participation-report">
      <title>{tx(`category.${r.category}`)}</title>
      <p>
        <Link to={`/portal/${slug}/meldungen`}>{tx('detail.back')}</Link>
      </p>
      <div className="participation-form__head">
        <h1>{tx(`category.${r.category}`)}</h1>
        <EasyLanguageSwitch />
      </div>
      <p>
        <StatusBadge status={r.status} />
      </p>
      <dl className="portal-offer__facts">
        <dt>{tx('detail.place')}</dt>
        <dd>{place || (r.lat !== null ? tx('list.placeOnMap') : '–')}</dd>
        <dt>{tx('report.targetGroup')}</dt>
        <dd>{r.targetGroup}</dd>
        <dt>{tx('detail.received')}</dt>
        <dd>{f.date(r.createdAt)}</dd>
      </dl>
      <p className="participation-report__text">{r.description}</p>
      {r.hasPhoto ? <img className="participation-report__photo" src={reportPhotoUrl(slug, r.id)} alt={tx('detail.photoAlt')} /> : null}
      <SupportButton slug={slug} reportId={r.id} count={r.supportCount} />
      {r.publicAnswer ? (
        <section className="participation-answer" aria-labelledby="participation-answer-title">
          <h2 id="participation-answer-title">{tx('detail.answer')}</h2>
          <p>{r.publicAnswer}</p>
          <AbuseButton slug={slug} itemType="ANSWER" itemId={r.id} />
        </section>
      ) : null}
      {r.statusReason ? <p>{tx('detail.reason', { reason: r.statusReason })}</p> : null}
      <section aria-labelledby="participation-history-title">
        <h2 id="participation-history-title">{tx('detail.history')}</h2>
        <StatusHistory history={r.history} />
      </section>
      <AbuseButton slug={slug} itemType="REPORT" itemId={r.id} />
    </article>
  );
}
