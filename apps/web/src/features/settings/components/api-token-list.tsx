import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useApiTokens, type ApiToken } from '../api/get-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

/** The last day a token works, in the alliances' calendar: it ends at the following midnight in Berlin. */
const lastDay = (expiresAt: string) => new Date(new Date(expiresAt).getTime() - 1).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

type TokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';
const stateOf = (token: ApiToken, now = Date.now()): TokenState =>
  token.revokedAt ? 'REVOKED' : new Date(token.expiresAt).getTime() <= now ? 'EXPIRED' : 'ACTIVE';

/** The alliance's tokens with what they may do and when they were last used; active ones can be revoked. */
export function ApiTokenList({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const tokens = useApiTokens(allianceId);
  const revoke = useRevokeApiToken(allianceId);
  const [asking, setAsking] = useState<ApiToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  if (tokens.isPending) return <LoadingState />;
  if (tokens.isError) return <Alert tone="error">{describe(tokens.error)}</Alert>;
  const nodes = tokens.data.pages.flatMap((p) => p.nodes);
  if (!nodes.length) return <p className="settings-section__description">{t('settings.apiTokens.none')}</p>;
  return (
    <>
      {revoked ? <Alert tone="success">{t('settings.apiTokens.revokedNotice', { name: revoked })}</Alert> : null}
      <ul className="api-tokens__list">
        {nodes.map((token) => (
          <TokenItem key={token.id} token={token} onRevoke={() => setAsking(token)} />
        ))}
      </ul>
      {tokens.hasNextPage ? (
        <Button onClick={() => void tokens.fetchNextPage()} loading={tokens.isFetchingNextPage}>
          {t('settings.apiTokens.more')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={t('settings.apiTokens.revokeTitle')}
        description={t('settings.apiTokens.revokeText', { name: asking?.name ?? '' })}
        confirmLabel={t('settings.apiTokens.revoke')}
        pending={revoke.isPending}
        error={revoke.error ? describe(revoke.error) : undefined}
        onClose={() => {
          setAsking(null);
          revoke.reset();
        }}
        onConfirm={() =>
          asking &&
          revoke.mutate(asking.id, {
            onSuccess: () => {
              setRevoked(asking.name);
              setAsking(null);
            },
          })
        }
      />
    </>
  );
}

function TokenItem({ token, onRevoke }: { token: ApiToken; onRevoke: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = stateOf(token);
  const tone = { ACTIVE: 'success', EXPIRED: 'neutral', REVOKED: 'danger' } as const;
  return (
    <li className={state === 'ACTIVE' ? 'api-token' : 'api-token api-token--inactive'} aria-label={token.name}>
      <div>
        <div className="api-token__head">
          <span className="api-token__name">{token.name}</span>
          <Badge tone={tone[state]}>{t(`settings.apiTokens.states.${state}`)}</Badge>
        </div>
        <dl className="api-token__facts">
          <dt>{t('settings.apiTokens.role')}</dt>
          <dd>
            {token.role === 'REPORTING' ? t('settings.apiTokens.reportingFor', { member: token.memberName ?? '—' }) : t('settings.apiTokens.roles.READ_ONLY')}
          </dd>
          <dt>{t('settings.apiTokens.prefix')}</dt>
          <dd>
            <code>{token.tokenPrefix}…</code>
          </dd>
          <dt>{t('settings.apiTokens.created')}</dt>
          <dd>
            {t('settings.apiTokens.createdBy', { date: format.date(token.createdAt), name: token.createdByName ?? t('settings.apiTokens.unknownPerson') })}
          </dd>
          <dt>{t('settings.apiTokens.expires')}</dt>
          <dd>{t('settings.apiTokens.throughDay', { date: format.date(lastDay(token.expiresAt)) })}</dd>
          <dt>{t('settings.apiTokens.lastUsed')}</dt>
          <dd>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('settings.apiTokens.never')}</dd>
          {token.revokedAt ? (
            <>
              <dt>{t('settings.apiTokens.revokedAt')}</dt>
              <dd>{format.dateTime(token.revokedAt)}</dd>
            </>
          ) : null}
        </dl>
      </div>
      {state === 'ACTIVE' ? (
        <div>
          <Button size="sm" variant="danger" onClick={onRevoke}>
            {t('settings.apiTokens.revoke')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
