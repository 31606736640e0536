import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** Unknown address. Inside the workspace it keeps the shell (`embedded`), elsewhere it stands alone. */
export function NotFoundRoute({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const body = (
    <>
      <title>{`${t('notFound.title')} · ${t('common.appName')}`}</title>
      <p>{t('notFound.text')}</p>
      <ButtonLink to="/" variant="primary" icon="arrowLeft">
        {t('notFound.home')}
      </ButtonLink>
    </>
  );
  if (embedded) {
    return (
      <div className="page">
        <h1 className="visually-hidden">{t('notFound.title')}</h1>
        <div className="card">
          <EmptyState icon="info" title={t('notFound.title')}>
            {body}
          </EmptyState>
        </div>
      </div>
    );
  }
  return (
    <AuthLayout title={t('notFound.title')} showIntro={false}>
      <div className="stack">{body}</div>
    </AuthLayout>
  );
}
