import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { usePublicProgressSettings, useUpdatePublicProgress } from '../api/public-progress';
import { embedSnippet, SLUG_PATTERN, slugFrom } from '../utils/public-progress';

interface Draft {
  published: boolean;
  slug: string;
  goalIds: string[];
  indicatorIds: string[];
}

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** The iframe code for another website, with a copy button. */
function EmbedCode({ slug, title }: { slug: string; title: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const code = embedSnippet(window.location.origin, slug, title);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="public-progress__embed">
      <label className="field__label" htmlFor="public-progress-embed">
        {t('settings.publicProgress.embedCode')}
      </label>
      <p className="field__hint">{t('settings.publicProgress.embedHint')}</p>
      <textarea id="public-progress-embed" className="input public-progress__code" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
      <Button size="sm" onClick={() => void copy()}>
        {t('settings.publicProgress.copy')}
      </Button>
      <span role="status" className="public-progress__copied">
        {copied ? t('settings.publicProgress.copied') : ''}
      </span>
    </div>
  );
}

/**
 * The public progress page (backbone): publish or withdraw it, its address, which goals and
 * indicators it shows; the link to the page and the iframe code for the alliance's website.
 */
export function PublicProgressSection({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = usePublicProgressSettings(allianceId);
  const save = useUpdatePublicProgress(allianceId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const stored = settings.data?.publicProgressSettings;
  const current: Draft = draft ?? {
    published: stored?.published ?? false,
    slug: stored?.slug ?? slugFrom(allianceName),
    goalIds: stored?.goalIds ?? [],
    indicatorIds: stored?.indicatorIds ?? [],
  };
  const change = (patch: Partial<Draft>) => setDraft({ ...current, ...patch });
  const slugProblem = SLUG_PATTERN.test(current.slug) ? undefined : t('fieldErrors.slug');
  const serverSlugProblem = save.isError ? fieldError(t, save.error, 'slug') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stored || slugProblem) return;
    save.mutate({ version: stored.version, ...current }, { onSuccess: () => setDraft(null) });
  };

  const url = stored?.slug ? `${window.location.origin}/fortschritt/${stored.slug}` : null;
  return (
    <section className="card settings-section" aria-labelledby="settings-public-progress-heading">
      <h2 id="settings-public-progress-heading" className="card__title">
        {t('settings.publicProgress.heading')}
      </h2>
      <p className="settings-section__description">{t('settings.publicProgress.description')}</p>
      {settings.isError ? <Alert tone="error">{describe(settings.error)}</Alert> : null}
      <form onSubmit={submit} noValidate className="public-progress">
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={current.published} onChange={(e) => change({ published: e.target.checked })} />
            {t('settings.publicProgress.published')}
          </label>
        </div>
        <TextField
          label={t('settings.publicProgress.slug')}
          hint={t('settings.publicProgress.slugHint', { example: `${window.location.origin}/fortschritt/${current.slug || '…'}` })}
          value={current.slug}
          error={draft ? (slugProblem ?? serverSlugProblem) : serverSlugProblem}
          onChange={(e) => change({ slug: e.target.value.trim().toLowerCase() })}
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset className="public-progress__choices">
          <legend>{t('settings.publicProgress.goals')}</legend>
          {settings.data?.goals.length ? (
            settings.data.goals.map((g) => (
              <label key={g.id} className="checkbox" style={{ marginLeft: `${g.depth * 1.25}rem` }}>
                <input
                  type="checkbox"
                  checked={current.goalIds.includes(g.id)}
                  onChange={(e) => change({ goalIds: toggle(current.goalIds, g.id, e.target.checked) })}
                />
                {g.title}
              </label>
            ))
          ) : (
            <p className="field__hint">{t('settings.publicProgress.noGoals')}</p>
          )}
        </fieldset>
        <fieldset className="public-progress__choices">
          <legend>{t('settings.publicProgress.indicators')}</legend>
          <p className="field__hint">{t('settings.publicProgress.indicatorsHint')}</p>
          {settings.data?.indicators.nodes.length ? (
            settings.data.indicators.nodes.map((i) => (
              <label key={i.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={current.indicatorIds.includes(i.id)}
                  onChange={(e) => change({ indicatorIds: toggle(current.indicatorIds, i.id, e.target.checked) })}
                />
                {i.code ? `${i.code} · ` : ''}
                {i.name}
              </label>
            ))
          ) : (
            <p className="field__hint">{t('settings.publicProgress.noIndicators')}</p>
          )}
        </fieldset>
        {save.isError && !serverSlugProblem ? (
          <Alert tone="error" title={t('settings.publicProgress.failed')}>
            {isApiError(save.error, 'CONFLICT') ? t('settings.publicProgress.conflict') : describe(save.error)}
          </Alert>
        ) : null}
        {save.isSuccess && !draft ? (
          <Alert tone="success" title={stored?.published ? t('settings.publicProgress.savedPublished') : t('settings.publicProgress.savedHidden')} />
        ) : null}
        <Button type="submit" variant="primary" disabled={!stored || save.isPending || !draft} loading={save.isPending}>
          {t('settings.publicProgress.submit')}
        </Button>
      </form>
      {stored?.published && url ? (
        <div className="public-progress__links">
          <p>
            {t('settings.publicProgress.address')}{' '}
            <a href={url} target="_blank" rel="noreferrer">
              {url}
            </a>
          </p>
          <EmbedCode slug={stored.slug!} title={t('settings.publicProgress.embedTitle', { name: allianceName })} />
        </div>
      ) : null}
    </section>
  );
}
