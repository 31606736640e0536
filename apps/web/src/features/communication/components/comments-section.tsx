import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useAddComment } from '../api/add-comment';
import { useDeleteComment } from '../api/delete-comment';
import { useLogContext } from '../api/get-log-context';
import type { Comment, LogEntryDetail } from '../api/get-log-entry';
import { canComment, type LogViewer } from '../utils/viewer';

/** Comments, oldest first, and a field for a new one when the viewer may comment. */
export function CommentsSection({ allianceId, entry, viewer }: { allianceId: string; entry: LogEntryDetail; viewer: LogViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const context = useLogContext(allianceId);
  const add = useAddComment(allianceId);
  const remove = useDeleteComment(allianceId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [deleting, setDeleting] = useState<Comment | null>(null);
  const mayComment = canComment(viewer, context.data?.alliance.guestComments ?? false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setMissing(true);
    remove.reset();
    add.mutate({ logEntryId: entry.id, body: body.trim() }, { onSuccess: () => setBody('') });
  };

  return (
    <section className="card log-section" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section__title">
        {t('communication.commentsSection.heading', { count: entry.comments.length })}
      </h2>
      {entry.comments.length === 0 ? <p className="muted">{t('communication.commentsSection.none')}</p> : null}
      {entry.comments.length > 0 ? (
        <ol className="comments">
          {entry.comments.map((c) => (
            <li key={c.id} className="comment">
              <div className="comment__head">
                <p className="comment__author">
                  <strong>{c.authorUser?.name ?? t('communication.commentsSection.removedUser')}</strong> · {c.authorMember.organisation.name}
                </p>
                <time className="comment__time" dateTime={c.createdAt}>
                  {format.dateTime(c.createdAt)}
                </time>
              </div>
              <p className="comment__body prose">{c.body}</p>
              {c.canDelete ? (
                <div>
                  <Button size="sm" variant="ghost" icon="trash" onClick={() => setDeleting(c)}>
                    {t('communication.commentsSection.delete')}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {remove.isSuccess ? <Alert tone="success">{t('communication.commentsSection.deleted')}</Alert> : null}
      {remove.isError ? (
        <Alert tone="error" title={t('communication.commentsSection.deleteFailed')}>
          {describe(remove.error)}
        </Alert>
      ) : null}
      {mayComment ? (
        <form className="form log-subform" onSubmit={submit} noValidate>
          {add.isError ? (
            <Alert tone="error" title={t('communication.commentsSection.addFailed')}>
              {describe(add.error)}
            </Alert>
          ) : null}
          <TextAreaField
            label={t('communication.commentsSection.label')}
            rows={3}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setMissing(false);
            }}
            error={missing ? t('fieldErrors.required') : undefined}
          />
          <div className="form__actions form__actions--start">
            <Button type="submit" variant="primary" loading={add.isPending}>
              {t('communication.commentsSection.submit')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('communication.commentsSection.notAllowed')}</p>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('communication.commentsSection.deleteTitle')}
        description={t('communication.commentsSection.deleteText')}
        confirmLabel={t('communication.commentsSection.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate(deleting!.id, { onSettled: () => setDeleting(null) })}
      >
        {deleting ? <blockquote className="comment__quote">{deleting.body}</blockquote> : null}
      </ConfirmDialog>
    </section>
  );
}
