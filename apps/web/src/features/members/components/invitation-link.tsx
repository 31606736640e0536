import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n';
import type { InvitationCreated } from '../api/invite-organisation';

/** The acceptance link, shown once: the token is not stored in readable form on the server. */
export function InvitationLink({ created }: { created: InvitationCreated }) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);
  const url = `${window.location.origin}${created.acceptPath}`;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard permission (e.g. insecure context): the text is selected for Ctrl+C.
      input.current?.select();
      setCopied('manual');
    }
  };

  return (
    <div className="invitation-link">
      <Alert tone="success" title={t('members.invite.created', { organisation: created.invitation.organisation.name })}>
        {created.invitation.email
          ? t('members.invite.createdText', { email: created.invitation.email, date: format.date(created.invitation.expiresAt) })
          : t('members.identity.createdForAdmins', { organisation: created.invitation.organisation.name, date: format.date(created.invitation.expiresAt) })}
      </Alert>
      <label className="field__label" htmlFor={inputId}>
        {t('members.invite.link')}
      </label>
      <div className="copy-field">
        <input ref={input} id={inputId} className="input copy-field__input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <Button icon="copy" onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
      </div>
      <p className="field__hint" role="status" aria-live="polite">
        {copied === 'yes' ? t('common.copied') : copied === 'manual' ? t('common.copyManually') : t('members.invite.onlyOnce')}
      </p>
    </div>
  );
}
