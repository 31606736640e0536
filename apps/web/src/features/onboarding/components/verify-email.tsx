import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { useVerifyEmail } from '../api/register-organisation';

/**
 * The page of the verification mail's link. A button rather than an automatic request: a mail
 * program that opens links to check them does not spend the link before its owner sees the page.
 */
export function VerifyEmail({ token }: { token: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const verify = useVerifyEmail();
  if (verify.isSuccess) {
    return (
      <div className="form">
        <Alert tone="success" title={t('onboarding.verify.doneTitle')}>
          {t('onboarding.verify.done')}
        </Alert>
        <ButtonLink to="/login" variant="primary">
          {t('onboarding.verify.login')}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="form">
      {verify.isError ? (
        <Alert tone="error" title={t('onboarding.verify.failed')}>
          {describe(verify.error)}
        </Alert>
      ) : null}
      <Button variant="primary" className="button--block" loading={verify.isPending} onClick={() => verify.mutate(token)}>
        {t('onboarding.verify.submit')}
      </Button>
    </div>
  );
}
