import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

/** A link to copy (the whole address of a path in this web app). */
export function CopyLink({ label, path, hint }: { label: string; path: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${path}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field">
        <input id={id} className="input copy-field__input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <Button
          icon="copy"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('common.copy')}
        </Button>
      </div>
      <p className="field__hint" role="status" aria-live="polite">
        {copied ? t('common.copied') : hint}
      </p>
    </div>
  );
}
