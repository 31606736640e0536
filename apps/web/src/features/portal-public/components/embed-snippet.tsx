import { useTranslation } from 'react-i18next';

/** The code a municipality copies into its website: an iframe of the compact embed view. */
export function EmbedSnippet({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const src = `${window.location.origin}/portal/${slug}/embed`;
  const code = `<iframe src="${src}" title="${t('portal-public.searchLabel')}" style="width:100%;min-height:640px;border:0" loading="lazy"></iframe>`;
  return (
    <details className="portal-embed">
      <summary>{t('portal-public.embed.title')}</summary>
      <p>{t('portal-public.embed.intro')}</p>
      <label className="field__label" htmlFor="portal-embed-code">
        {t('portal-public.embed.code')}
      </label>
      <textarea id="portal-embed-code" className="input portal-embed__code" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
    </details>
  );
}
