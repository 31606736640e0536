import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { GLOSSARY_TERMS } from '@/components/help/glossary';

/** Every term of collective impact and of Gemeinwerk, in plain words; each has an anchor `#term-<id>`. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // Arriving from a "?" link: show the asked term, not the top of the list.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <div className="page page--narrow">
      <PageHeader eyebrow={t('help.glossary.eyebrow')} title={t('help.glossary.title')} description={t('help.glossary.description')} />
      <dl className="glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term} id={`term-${term}`} className={`glossary__entry${hash === `#term-${term}` ? ' glossary__entry--current' : ''}`}>
            <dt className="glossary__term">{t(`help.terms.${term}.term`)}</dt>
            <dd className="glossary__definition">{t(`help.terms.${term}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
