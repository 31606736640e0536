import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useDecideJoinRequest, useJoinRequests, type PendingJoinRequest } from '../api/join-requests';

const ROLES = ['PARTNER', 'FUNDER', 'OBSERVER'] as const;

/** The backbone's list of open join requests: accept with a role, or decline with a reason. */
export function JoinRequestsPanel({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const requests = useJoinRequests(allianceId);
  // The decided request leaves the list: say what became of it.
  const [notice, setNotice] = useState<string | null>(null);
  if (requests.isError) return <Alert tone="error">{describe(requests.error)}</Alert>;
  if (!requests.data) return null;
  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {!requests.data.length ? (
        <p className="section__empty">{t('onboarding.requests.empty')}</p>
      ) : (
        <ul className="plain-list stack">
          {requests.data.map((r) => (
            <li key={r.id}>
              <JoinRequestCard allianceId={allianceId} request={r} onDecided={setNotice} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function JoinRequestCard({ allianceId, request, onDecided }: { allianceId: string; request: PendingJoinRequest; onDecided: (notice: string) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const format = useFormat();
  const { accept, decline } = useDecideJoinRequest(allianceId);
  const [role, setRole] = useState<(typeof ROLES)[number]>('PARTNER');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const failed = accept.error ?? decline.error;
  const busy = accept.isPending || decline.isPending;
  const base = { allianceId, joinRequestId: request.id, version: request.version };
  return (
    <article className="card card--padded" aria-labelledby={`request-${request.id}`}>
      <h3 id={`request-${request.id}`} className="card__title">
        {request.organisation.name}
        {request.organisation.city ? ` · ${request.organisation.city}` : ''}
      </h3>
      <p className="card__description">
        {t('onboarding.requests.from', { name: request.requestedByName ?? '–', date: format.date(request.createdAt) })}
        {request.viaLink ? ` · ${t('onboarding.requests.via')}` : ''}
      </p>
      {request.message ? <blockquote className="quote">{request.message}</blockquote> : null}
      {failed ? (
        <Alert tone="error" title={t('onboarding.requests.failed')}>
          {describe(failed)}
        </Alert>
      ) : null}
      {declining ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate(
              { ...base, reason: reason.trim() },
              { onSuccess: () => onDecided(t('onboarding.requests.declinedNotice', { organisation: request.organisation.name })) },
            );
          }}
        >
          <TextAreaField
            label={t('onboarding.requests.reason')}
            rows={3}
            required
            minLength={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="toolbar toolbar--start">
            <Button type="submit" variant="danger" loading={decline.isPending}>
              {t('onboarding.requests.confirmDecline')}
            </Button>
            <Button onClick={() => setDeclining(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : (
        <div className="join-decision">
          <SelectField
            label={t('onboarding.requests.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <Button
            variant="primary"
            loading={accept.isPending}
            disabled={busy}
            onClick={() =>
              accept.mutate(
                { ...base, role },
                { onSuccess: () => onDecided(t('onboarding.requests.acceptedNotice', { organisation: request.organisation.name })) },
              )
            }
          >
            {t('onboarding.requests.accept')}
          </Button>
          <Button disabled={busy} onClick={() => setDeclining(true)}>
            {t('onboarding.requests.decline')}
          </Button>
        </div>
      )}
    </article>
  );
}
