import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ExportMenu } from '@/components/ui/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { usePlanning } from '../api/planning';
import { svgPaths } from '../utils/geo-svg';
import { supplyOf } from '../utils/supply';

const W = 560;
const H = 300;

/** "Auswertung für die Planung": offers per target group × district next to the activities, and a map of offers per 1,000 inhabitants. */
export function PlanningPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const describe = useErrorMessage();
  const planning = usePlanning(allianceId);
  const paths = useMemo(() => svgPaths(planning.data?.portalDistricts ?? [], W, H), [planning.data]);
  if (planning.isPending) return <LoadingState />;
  if (planning.isError) return <Alert tone="error">{describe(planning.error)}</Alert>;
  const { portalPlanning: p } = planning.data;
  const cell = (districtId: string, tg: string) => p.cells.find((c) => c.districtId === districtId && c.targetGroup === tg);
  const max = Math.max(...p.districts.map((d) => d.perThousand ?? 0), 0.001);
  const byId = new Map(p.districts.map((d) => [d.id, d]));

  return (
    <div className="page">
      <PageHeader
        eyebrow={t('portal.eyebrow')}
        title={t('portal.planning.title')}
        description={t('portal.planning.description')}
        actions={<ExportMenu allianceId={allianceId} list="portal-planning" what={t('portal.planning.title')} align="end" />}
      />
      <figure className="card">
        <figcaption>{t('portal.planning.mapCaption')}</figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('portal.planning.mapCaption')} style={{ width: '100%', maxWidth: W, height: 'auto' }}>
          {paths.map((s) => {
            const d = byId.get(s.id);
            const share = (d?.perThousand ?? 0) / max;
            return (
              <g key={s.id}>
                <path d={s.d} fill={`rgba(29, 92, 138, ${0.12 + share * 0.75})`} stroke="#1b1b1b" strokeWidth={1}>
                  <title>{`${s.name}: ${d?.offers ?? 0} ${t('portal.planning.offers')}`}</title>
                </path>
                <text x={s.cx} y={s.cy} textAnchor="middle" fontSize={12} fill="#111" stroke="#fff" strokeWidth={3} paintOrder="stroke">
                  {s.name}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
      <ScrollRegion className="table-wrap" label={t('portal.planning.matrixCaption', { median: fmt.number(p.medianOffers ?? 0) })}>
        <table className="table planning-matrix">
          <caption>{t('portal.planning.matrixCaption', { median: fmt.number(p.medianOffers ?? 0) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.planning.district')}</th>
              <th scope="col">{t('portal.planning.population')}</th>
              {p.targetGroups.map((tg) => (
                <th key={tg} scope="col">
                  {tg}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.districts.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.population === null ? '–' : fmt.number(d.population)}</td>
                {p.targetGroups.map((tg) => {
                  const c = cell(d.id, tg);
                  const supply = supplyOf(c?.offers ?? 0, p.medianOffers ?? null);
                  return (
                    <td key={tg} className={supply ? `planning-cell planning-cell--${supply.toLowerCase()}` : 'planning-cell'}>
                      {t('portal.planning.cell', { offers: c?.offers ?? 0, activities: c?.activities ?? 0 })}
                      {c?.perThousand != null ? ` · ${t('portal.planning.perThousand', { value: fmt.number(c.perThousand) })}` : ''}
                      {supply ? ` · ${t(`portal.planning.${supply}`)}` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
