import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { feedbackQuery, isParticipationError, sendFeedback } from '../api/participation-api';
import { checkFeedback, emptyFeedback, type Problems } from '../utils/form-checks';
import { proofOfWork } from '../utils/proof-of-work';
import { EasyLanguageSwitch, useParticipationText } from './easy-language';
import { Honeypot } from './honeypot';

/** Stars as an accessible radio group: five named choices plus "no rating", arrow keys move between them. */
function RatingField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { tx, t } = useParticipationText();
  return (
    <fieldset className="participation-rating">
      <legend className="field__label">
        {tx('feedback.rating')} <span className="field__optional">({t('common.optional')})</span>
      </legend>
      <div className="participation-rating__options">
        {['', '1', '2', '3', '4', '5'].map((r) => (
          <label key={r || 'none'} className={`participation-rating__option${value === r ? ' participation-rating__option--checked' : ''}`}>
            <input type="radio" name="rating" value={r} checked={value === r} onChange={() => onChange(r)} />
            <span aria-hidden="true">{r ? '★'.repeat(Number(r)) : '–'}</span>
            <span className="visually-hidden">{r ? tx('feedback.stars', { count: Number(r) }) : tx('feedback.noRating')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Write an experience with an offer: text, optional rating, name-like label and e-mail (never shown). */
export function FeedbackForm({ slug, offerId }: { slug: string; offerId: string }) {
  const { tx, t } = useParticipationText();
  const client = useQueryClient();
  const [draft, setDraft] = useState(emptyFeedback);
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const summary = useRef<HTMLDivElement>(null);
  const send = useMutation({
    mutationFn: async () =>
      sendFeedback(slug, offerId, {
        text: draft.text.trim(),
        rating: draft.rating ? Number(draft.rating) : undefined,
        authorLabel: draft.authorLabel.trim() || undefined,
        email: draft.email.trim() || undefined,
        website,
        altcha: await proofOfWork(slug),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: feedbackQuery(slug, offerId).queryKey }),
  });
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  const problem = (field: string) => (problems[field] ? tx(`errors.${problems[field]}`) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = checkFeedback(draft);
    setProblems(found);
    if (Object.keys(found).length) requestAnimationFrame(() => summary.current?.focus());
    else send.mutate();
  };

  if (send.isSuccess)
    return (
      <Alert tone="success" title={tx('feedback.sentTitle')}>
        <p>{tx('feedback.sent')}</p>
        <p>
          <Link to={`/portal/${slug}/verfolgen/${send.data.followToken}`}>{tx('report.followLink')}</Link>
        </p>
      </Alert>
    );
  const error = send.error;
  return (
    <form className="participation-form" onSubmit={submit} noValidate aria-labelledby="participation-feedback-title">
      <div className="participation-form__head">
        <h3 id="participation-feedback-title">{tx('feedback.formTitle')}</h3>
        <EasyLanguageSwitch />
      </div>
      <p>{tx('feedback.intro')}</p>
      <div ref={summary} tabIndex={-1} className="participation-form__summary">
        {Object.keys(problems).length ? <Alert tone="error" title={tx('errors.summary')} /> : null}
        {isParticipationError(error) ? (
          <Alert tone="error">
            {t([`participation.errors.${error.code}`, `errors.${error.code}`], { defaultValue: error.message || t('participation.errors.UNKNOWN') })}
          </Alert>
        ) : null}
      </div>
      <TextAreaField
        label={tx('feedback.text')}
        hint={tx('feedback.textHint')}
        name="text"
        rows={5}
        value={draft.text}
        error={problem('text')}
        onChange={set('text')}
      />
      <RatingField value={draft.rating} onChange={(rating) => setDraft((d) => ({ ...d, rating }))} />
      <TextField
        label={tx('feedback.authorLabel')}
        hint={tx('feedback.authorLabelHint')}
        name="authorLabel"
        optional
        value={draft.authorLabel}
        onChange={set('authorLabel')}
      />
      <TextField
        label={tx('form.email')}
        hint={tx('form.emailHint')}
        name="email"
        type="email"
        autoComplete="email"
        optional
        value={draft.email}
        error={problem('email')}
        onChange={set('email')}
      />
      <Honeypot id={`participation-feedback-website-${offerId}`} value={website} onChange={setWebsite} />
      <p className="participation-form__privacy">{tx('form.privacy')}</p>
      <Button type="submit" variant="primary" loading={send.isPending}>
        {tx('feedback.send')}
      </Button>
    </form>
  );
}
