import { useTranslation } from 'react-i18next';

const STEPS = ['upload', 'mapping', 'preview', 'commit'] as const;

/** Where the batch stands, as an ordered list (the current step marked for assistive technology). */
export function ImportSteps({ status }: { status: string }) {
  const { t } = useTranslation();
  const current = status === 'UPLOADED' || status === 'FAILED' ? 1 : status === 'CHECKING' || status === 'PREVIEWED' ? 2 : 3;
  return (
    <ol className="import-steps" aria-label={t('imports.steps.label')}>
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={`import-steps__step${i === current ? ' import-steps__step--current' : ''}${i < current ? ' import-steps__step--done' : ''}`}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="import-steps__number" aria-hidden="true">
            {i + 1}
          </span>
          <span>{t(`imports.steps.${step}`)}</span>
          {i < current ? <span className="visually-hidden">, {t('imports.steps.done')}</span> : null}
        </li>
      ))}
    </ol>
  );
}
