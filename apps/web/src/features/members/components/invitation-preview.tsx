import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RoleBadge } from '@/components/ui/role-badge';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useInvitationPreview } from '../api/get-invitation-preview';

/**
 * What an invitation link is for – alliance, who invites, which organisation in which role, for
 * which address, until when – before anyone accepts or creates an account. `children` (the
 * accept step) appear only while the invitation is open.
 */
export function InvitationPreviewPanel({ token, signedIn, children }: { token: string; signedIn: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const format = useFormat();
  const preview = useInvitationPreview(token);
  const next = signedIn ? <Link to="/">{t('invitation.toAlliances')}</Link> : <Link to="/login">{t('members.preview.toLogin')}</Link>;

  if (preview.isPending) return <LoadingState label={t('members.preview.loading')} />;
  if (preview.isError) {
    if (isApiError(preview.error, 'INVITATION_INVALID')) {
      return (
        <div className="stack">
          <Alert tone="error" title={t('members.preview.invalidTitle')}>
            {t('members.preview.invalidText')}
          </Alert>
          <p className="form__aside">{next}</p>
        </div>
      );
    }
    return (
      <Alert
        tone="error"
        title={t('members.preview.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void preview.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(preview.error)}
      </Alert>
    );
  }

  const invitation = preview.data;
  return (
    <div className="stack">
      <section className="invitation-preview" aria-labelledby="invitation-preview-title">
        <h2 id="invitation-preview-title" className="invitation-preview__title">
          {invitation.allianceName}
        </h2>
        <dl className="invitation-preview__facts">
          {invitation.invitedByOrganisation ? (
            <div>
              <dt>{t('members.preview.invitedBy')}</dt>
              <dd>{invitation.invitedByOrganisation}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('members.preview.organisation')}</dt>
            <dd>{invitation.organisationName}</dd>
          </div>
          <div>
            <dt>{t('members.preview.role')}</dt>
            <dd>
              <RoleBadge role={invitation.role} />
              <span className="invitation-preview__note">{t(`roleDescriptions.${invitation.role}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{invitation.emailHint ? t('members.preview.for') : t('members.identity.acceptedBy')}</dt>
            <dd>{invitation.emailHint ?? t('members.identity.toAdmins')}</dd>
          </div>
          {invitation.state === 'OPEN' ? (
            <div>
              <dt>{t('members.preview.validUntil')}</dt>
              <dd>{format.date(invitation.expiresAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {invitation.state === 'ACCEPTED' ? (
        <>
          <Alert tone="info" title={t('members.preview.acceptedTitle')}>
            {t('members.preview.acceptedText')}
          </Alert>
          <p className="form__aside">{next}</p>
        </>
      ) : (
        children
      )}
    </div>
  );
}
