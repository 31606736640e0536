import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { usePortal, type PublicPortal } from '../api/portal-api';
import { PortalLayout } from './portal-layout';

/** Loads the portal by its address and frames the page in its theme; an unknown portal says so. */
export function PortalFrame({ slug, compact = false, children }: { slug: string; compact?: boolean; children: (portal: PublicPortal) => ReactNode }) {
  const { t } = useTranslation();
  const portal = usePortal(slug);
  if (portal.isPending) return <LoadingState />;
  if (portal.isError)
    return (
      <main id="main" className="portal__missing">
        <h1>{t('portal-public.portalNotFound')}</h1>
        <Alert tone="warning">{t('portal-public.portalNotFound')}</Alert>
      </main>
    );
  return (
    <PortalLayout portal={portal.data} compact={compact}>
      {children(portal.data)}
    </PortalLayout>
  );
}
