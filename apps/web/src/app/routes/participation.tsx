import { useParams } from 'react-router';
import { ConfirmPage } from '@/features/participation/components/confirm-page';
import { FollowPage } from '@/features/participation/components/follow-page';
import { ReportForm } from '@/features/participation/components/report-form';
import { ReportListPage } from '@/features/participation/components/report-list-page';
import { ReportPage } from '@/features/participation/components/report-page';
import { PortalFrame } from '@/features/portal-public/components/portal-frame';

/** /portal/:slug/melden – "Bedarf oder Barriere melden" (issue 16, no login). */
export function ParticipationReportRoute() {
  const { slug = '' } = useParams();
  return <PortalFrame slug={slug}>{(portal) => <ReportForm portal={portal} />}</PortalFrame>;
}

/** /portal/:slug/meldungen – the public reports as list and map. */
export function ParticipationReportsRoute() {
  const { slug = '' } = useParams();
  return <PortalFrame slug={slug}>{(portal) => <ReportListPage portal={portal} />}</PortalFrame>;
}

/** /portal/:slug/meldungen/:reportId – one public report with its history and answer. */
export function ParticipationReportDetailRoute() {
  const { slug = '', reportId = '' } = useParams();
  return <PortalFrame slug={slug}>{(portal) => <ReportPage slug={portal.slug} reportId={reportId} />}</PortalFrame>;
}

/** /portal/:slug/verfolgen/:token – the reporter follows their report or feedback by its token. */
export function ParticipationFollowRoute() {
  const { slug = '', token = '' } = useParams();
  return <PortalFrame slug={slug}>{(portal) => <FollowPage slug={portal.slug} token={token} />}</PortalFrame>;
}

/** /portal/:slug/beteiligung/bestaetigen/:token – the link in the confirmation mail. */
export function ParticipationConfirmRoute() {
  const { slug = '', token = '' } = useParams();
  return <PortalFrame slug={slug}>{(portal) => <ConfirmPage slug={portal.slug} token={token} />}</PortalFrame>;
}
