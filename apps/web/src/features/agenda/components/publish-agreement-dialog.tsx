import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import type { AgreementVersion } from '../api/get-agreement';
import { usePublishAgreementVersion } from '../api/publish-agreement-version';

type Current = Pick<AgreementVersion, 'number' | 'title' | 'body' | 'conflictProcedure'> | null;

/**
 * The backbone writes a new version, starting from the text in force. It names the version it
 * revised: if someone published in between, the API answers CONFLICT instead of replacing a text
 * its author never saw.
 */
export function PublishAgreementDialog({ allianceId, open, current, onClose }: { allianceId: string; open: boolean; current: Current; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={current ? t('agenda.agreement.publish.title') : t('agenda.agreement.publish.titleFirst')}
      description={t('agenda.agreement.publish.description')}
    >
      {open ? <PublishForm allianceId={allianceId} current={current} onDone={onClose} /> : null}
    </Dialog>
  );
}

function PublishForm({ allianceId, current, onDone }: { allianceId: string; current: Current; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const publish = usePublishAgreementVersion(allianceId);
  // The version this draft revises: fixed when the dialog opens, not when a newer one arrives.
  const [basedOn, setBasedOn] = useState(current?.number ?? null);
  const [title, setTitle] = useState(current?.title ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const [conflictProcedure, setConflictProcedure] = useState(current?.conflictProcedure ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const send = (basedOnVersionNumber: number | null) => {
    setProblem(null);
    if (!title.trim() || !body.trim() || !conflictProcedure.trim()) return setProblem(t('agenda.agreement.publish.required'));
    publish.mutate(
      { title: title.trim(), body: body.trim(), conflictProcedure: conflictProcedure.trim(), basedOnVersionNumber },
      { onSuccess: onDone, onError: (error) => (isApiError(error, 'CONFLICT') ? setConflict(true) : undefined) },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(basedOn);
  };

  const error = publish.isError && !isApiError(publish.error, 'CONFLICT') ? publish.error : null;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem || error ? (
        <Alert tone="error" title={t('agenda.agreement.publish.failed')}>
          {problem ?? describe(error)}
        </Alert>
      ) : null}
      <p className="agenda-muted">{basedOn ? t('agenda.agreement.publish.basedOn', { number: basedOn }) : t('agenda.agreement.publish.first')}</p>
      <TextField label={t('agenda.agreement.publish.docTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} autoFocus />
      <TextAreaField label={t('agenda.agreement.publish.body')} rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
      <TextAreaField
        label={t('agenda.agreement.conflictProcedure')}
        hint={t('agenda.agreement.publish.conflictProcedureHint')}
        rows={4}
        value={conflictProcedure}
        onChange={(e) => setConflictProcedure(e.target.value)}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={publish.isPending}>
          {t('agenda.agreement.publish.submit')}
        </Button>
      </div>
      <ConflictDialog
        open={conflict}
        onClose={() => setConflict(false)}
        current={current && current.number !== basedOn ? t('agenda.agreement.publish.currentIs', { number: current.number, title: current.title }) : undefined}
        mine={title}
        onReload={() => {
          setConflict(false);
          onDone();
        }}
        onReapply={
          current
            ? () => {
                setConflict(false);
                setBasedOn(current.number);
                send(current.number);
              }
            : undefined
        }
      />
    </form>
  );
}
