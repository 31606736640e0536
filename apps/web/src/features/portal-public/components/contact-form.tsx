import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { isPortalApiError, useSendContact } from '../api/portal-api';

/**
 * A question to the provider: name, e-mail, message. The provider's address is never shown; the
 * server mails it. A hidden "website" field is the honeypot (people do not see it, bots fill it).
 */
export function ContactForm({ slug, offerId }: { slug: string; offerId: string }) {
  const { t } = useTranslation();
  const send = useSendContact(slug, offerId);
  const [values, setValues] = useState({ name: '', email: '', message: '', website: '' });
  const error = send.error;
  const fieldError = (field: string) => (isPortalApiError(error) ? error.fields.find((f) => f.field === field)?.message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(values);
  };
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <section className="portal-contact" aria-labelledby="portal-contact-title">
      <h2 id="portal-contact-title">{t('portal-public.contact.title')}</h2>
      <p>{t('portal-public.contact.intro')}</p>
      {send.isSuccess ? (
        <Alert tone="success">{t('portal-public.contact.sent')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          {isPortalApiError(error) && !error.fields.length ? <Alert tone="error">{error.message}</Alert> : null}
          <TextField
            label={t('portal-public.contact.name')}
            name="name"
            autoComplete="name"
            value={values.name}
            onChange={set('name')}
            error={fieldError('name')}
          />
          <TextField
            label={t('portal-public.contact.email')}
            name="email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={set('email')}
            error={fieldError('email')}
          />
          <TextAreaField
            label={t('portal-public.contact.message')}
            name="message"
            rows={5}
            value={values.message}
            onChange={set('message')}
            error={fieldError('message')}
          />
          <div className="portal-contact__trap" aria-hidden="true">
            <label htmlFor="portal-contact-website">{t('portal-public.contact.honeypot')}</label>
            <input id="portal-contact-website" name="website" tabIndex={-1} autoComplete="off" value={values.website} onChange={set('website')} />
          </div>
          <p className="portal-contact__privacy">{t('portal-public.contact.privacy')}</p>
          <Button type="submit" variant="primary" loading={send.isPending}>
            {t('portal-public.contact.send')}
          </Button>
        </form>
      )}
    </section>
  );
}
