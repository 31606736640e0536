import { useParams, useSearchParams } from 'react-router';
import { ProgressPage } from '@/features/progress-public/components/progress-page';

/** /fortschritt/:slug – an alliance's public progress page (no login). */
export function ProgressRoute() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  return <ProgressPage slug={slug} lang={params.get('lang')} />;
}

/** /fortschritt/:slug/embed – the same page with minimal chrome, for an iframe on another site. */
export function ProgressEmbedRoute() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  return <ProgressPage slug={slug} lang={params.get('lang')} embed />;
}
