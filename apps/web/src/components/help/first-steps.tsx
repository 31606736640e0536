import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import type { MembershipRole } from '@/gql/graphql';

const storageKey = (role: MembershipRole) => `gemeinwerk.firstSteps.closed.${role}`;

function closedBefore(role: MembershipRole): boolean {
  try {
    return localStorage.getItem(storageKey(role)) === '1';
  } catch {
    return false;
  }
}

/**
 * A short guide per role at the top of the dashboard: what to do first, and where the terms are
 * explained. Closed once, it stays closed on this device for that role.
 */
export function FirstSteps({ role }: { role: MembershipRole }) {
  const { t } = useTranslation();
  const [closed, setClosed] = useState(() => closedBefore(role));
  if (closed) return null;
  const steps = t(`help.guide.${role}`, { returnObjects: true }) as unknown;
  if (!Array.isArray(steps) || steps.length === 0) return null;

  const close = () => {
    try {
      localStorage.setItem(storageKey(role), '1');
    } catch {
      // Private mode: closed for this visit only.
    }
    setClosed(true);
  };

  return (
    <section className="first-steps" aria-labelledby="first-steps-title">
      <div className="first-steps__head">
        <h2 id="first-steps-title" className="first-steps__title">
          {t('help.guide.title')}
        </h2>
        <Button variant="ghost" size="sm" icon="close" onClick={close}>
          {t('help.guide.close')}
        </Button>
      </div>
      <ol className="first-steps__list">
        {(steps as string[]).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Link to="/help">{t('help.guide.glossary')}</Link>
    </section>
  );
}
