import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { NotFoundRoute } from './not-found';

/** Last line of defence for anything a page did not handle itself. */
export function RouteError() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <AuthLayout title={t('routeError.title')} showIntro={false}>
      <div className="stack">
        <Alert tone="error">{describe(error)}</Alert>
        <div className="form__actions form__actions--start">
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
          <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
        </div>
      </div>
    </AuthLayout>
  );
}
