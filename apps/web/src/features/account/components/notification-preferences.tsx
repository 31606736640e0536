import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Spinner } from '@/components/ui/spinner';
import { graphql } from '@/gql';
import type { NotificationKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const SettingsDocument = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      reportDueDays
      preferences {
        kind
        email
        emailByDefault
      }
    }
    myCalendarFeed {
      url
    }
  }
`);
const SetEmailDocument = graphql(`
  mutation SetNotificationEmail($input: SetNotificationEmailInput!) {
    setNotificationEmail(input: $input) {
      reportDueDays
    }
  }
`);
const SetDaysDocument = graphql(`
  mutation SetReportDueDays($input: SetReportDueDaysInput!) {
    setReportDueDays(input: $input) {
      reportDueDays
    }
  }
`);
const RenewFeedDocument = graphql(`
  mutation RenewCalendarFeed {
    renewCalendarFeed {
      url
    }
  }
`);

const KEY = ['me', 'notificationSettings'] as const;
const DAYS = [1, 2, 3, 5, 7, 14];

/**
 * E-mail per kind of notice (in-app notices always stay), the lead time of the reporting
 * reminder, and the personal calendar address with copy and renew.
 */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => request(SettingsDocument) });
  const refresh = () => void client.invalidateQueries({ queryKey: KEY });
  const setEmail = useMutation({ mutationFn: (input: { kind: NotificationKind; email: boolean }) => request(SetEmailDocument, { input }), onSuccess: refresh });
  const setDays = useMutation({ mutationFn: (days: number) => request(SetDaysDocument, { input: { days } }), onSuccess: refresh });
  const renew = useMutation({ mutationFn: () => request(RenewFeedDocument), onSuccess: refresh });
  const [copied, setCopied] = useState(false);

  if (!settings.data) return settings.isError ? <Alert tone="error">{settings.error.message}</Alert> : <Spinner />;
  const { myNotificationSettings: s, myCalendarFeed: feed } = settings.data;
  const copy = async () => {
    await navigator.clipboard?.writeText(feed.url);
    setCopied(true);
  };
  return (
    <>
      <section className="card notification-preferences" aria-labelledby="notification-preferences-title">
        <h2 id="notification-preferences-title" className="card__title">
          {t('account.notifications.title')}
        </h2>
        <p>{t('account.notifications.description')}</p>
        <fieldset className="form__fieldset">
          <legend>{t('account.notifications.emailFor')}</legend>
          <ul className="notification-preferences__list">
            {s.preferences.map((p) => (
              <li key={p.kind} className="notification-preferences__item">
                <label>
                  <input
                    type="checkbox"
                    checked={p.email}
                    disabled={setEmail.isPending}
                    onChange={(e) => setEmail.mutate({ kind: p.kind, email: e.target.checked })}
                  />
                  <span>{t(`account.notifications.kinds.${p.kind}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <SelectField
          label={t('account.notifications.reportDueDays')}
          value={String(s.reportDueDays)}
          onChange={(e) => setDays.mutate(Number(e.target.value))}
          options={DAYS.map((d) => ({ value: String(d), label: t('account.notifications.days', { count: d }) }))}
        />
      </section>
      <section className="card" aria-labelledby="calendar-feed-title">
        <h2 id="calendar-feed-title" className="card__title">
          {t('account.calendar.title')}
        </h2>
        <p>{t('account.calendar.description')}</p>
        <code className="notification-preferences__feed" aria-label={t('account.calendar.address')}>
          {feed.url}
        </code>
        <div className="notification-preferences__actions">
          <Button size="sm" icon="check" onClick={() => void copy()}>
            {copied ? t('account.calendar.copied') : t('account.calendar.copy')}
          </Button>
          <Button size="sm" loading={renew.isPending} onClick={() => renew.mutate()}>
            {t('account.calendar.renew')}
          </Button>
        </div>
        {renew.isSuccess && <Alert tone="success">{t('account.calendar.renewed')}</Alert>}
        <p className="form__hint">{t('account.calendar.secret')}</p>
      </section>
    </>
  );
}
