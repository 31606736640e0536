import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerSearchInput, ResourceCategory } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useMatchSuggestions, useMatchingVocabulary, type MatchSuggestion } from '../api/matching';
import { RESOURCE_CATEGORIES, reasonText } from '../utils/reasons';
import { ContactDialog } from './contact-dialog';

/**
 * Suggested partners, best first, each with the reasons in words ("bietet Räume in Oststadt,
 * erreicht Familien mit Fluchterfahrung"): for the organisation's needs, or for a search. The
 * search spans the alliance's members and the published offers of its portal.
 */
export function SuggestionsPanel({ allianceId }: { allianceId: string }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const vocabulary = useMatchingVocabulary(allianceId);
  const [draft, setDraft] = useState({ category: '', districtId: '', targetGroup: '', field: '', includeOffers: true });
  const [search, setSearch] = useState<PartnerSearchInput | null>(null);
  const suggestions = useMatchSuggestions(allianceId, search);
  const [contact, setContact] = useState<MatchSuggestion | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const any = draft.category || draft.districtId || draft.targetGroup || draft.field;
    setSearch(
      any
        ? {
            category: (draft.category || null) as ResourceCategory | null,
            districtId: draft.districtId || null,
            targetGroup: draft.targetGroup || null,
            field: draft.field || null,
            includeOffers: draft.includeOffers,
          }
        : null,
    );
  };
  const data = suggestions.data;

  return (
    <section className="matching__section" aria-labelledby="matching-suggestions">
      <h2 id="matching-suggestions">{t('matching.suggestions.title')}</h2>
      <p className="matching__help">{t('matching.suggestions.help')}</p>
      <form className="matching-search card" onSubmit={submit} aria-labelledby="matching-search-title">
        <h3 id="matching-search-title">{t('matching.search.title')}</h3>
        <div className="matching-search__grid">
          <SelectField
            label={t('matching.search.category')}
            optional
            value={draft.category}
            onChange={(e) => setDraft({ ...draft, category: e.target.value })}
            options={[
              { value: '', label: t('matching.search.anyCategory') },
              ...RESOURCE_CATEGORIES.map((c) => ({ value: c, label: t(`matching.categories.${c}`) })),
            ]}
          />
          <SelectField
            label={t('matching.fields.district')}
            optional
            value={draft.districtId}
            onChange={(e) => setDraft({ ...draft, districtId: e.target.value })}
            options={[
              { value: '', label: t('matching.search.anyDistrict') },
              ...(vocabulary.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <TextField
            label={t('matching.fields.targetGroup')}
            optional
            list="matching-target-groups"
            value={draft.targetGroup}
            onChange={(e) => setDraft({ ...draft, targetGroup: e.target.value })}
          />
          <TextField
            label={t('matching.search.field')}
            optional
            list="matching-fields"
            value={draft.field}
            onChange={(e) => setDraft({ ...draft, field: e.target.value })}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.includeOffers} onChange={(e) => setDraft({ ...draft, includeOffers: e.target.checked })} />
          <span>{t('matching.search.includeOffers')}</span>
        </label>
        <div className="matching-search__actions">
          <Button type="submit" variant="primary" icon="network">
            {t('matching.search.submit')}
          </Button>
          {search ? (
            <Button
              onClick={() => {
                setSearch(null);
                setDraft({ category: '', districtId: '', targetGroup: '', field: '', includeOffers: true });
              }}
            >
              {t('matching.search.reset')}
            </Button>
          ) : null}
        </div>
      </form>
      {notice ? (
        <div role="status" aria-live="polite" className="matching__notice">
          {notice}
        </div>
      ) : null}
      {suggestions.isPending ? <LoadingState label={t('matching.suggestions.loading')} /> : null}
      {suggestions.error ? <Alert tone="error">{describe(suggestions.error)}</Alert> : null}
      {data && !data.suggestions.length ? (
        <p className="matching__empty">{!search && data.needCount === 0 ? t('matching.suggestions.noNeeds') : t('matching.suggestions.none')}</p>
      ) : null}
      {data?.suggestions.length ? (
        <ol className="matching-suggestions" aria-label={search ? t('matching.suggestions.forSearch') : t('matching.suggestions.forNeeds')}>
          {data.suggestions.map((s) => (
            <li key={s.membershipId ?? s.offerId} className="matching-suggestion card">
              <div className="matching-suggestion__head">
                <h3 className="matching-suggestion__name">{s.name}</h3>
                <Badge tone={s.kind === 'OFFER' ? 'info' : 'partner'}>
                  {s.kind === 'OFFER' ? t('matching.suggestions.offer') : t('matching.suggestions.member')}
                </Badge>
              </div>
              {s.providerName ? <p className="matching-suggestion__provider">{t('matching.suggestions.by', { name: s.providerName })}</p> : null}
              <p className="matching-suggestion__reasons">
                <span className="visually-hidden">{t('matching.suggestions.why')} </span>
                {s.reasons.map((r) => reasonText(r, t, i18n.language)).join(', ')}
              </p>
              <div className="matching-suggestion__actions">
                {s.contactRequested ? <Badge tone="success">{t('matching.suggestions.requested')}</Badge> : null}
                <Button
                  size="sm"
                  variant={s.contactRequested ? 'ghost' : 'primary'}
                  icon="mail"
                  onClick={() => setContact(s)}
                  aria-label={t('matching.contact.openNamed', { name: s.name })}
                >
                  {t('matching.contact.open')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <datalist id="matching-target-groups">
        {(vocabulary.data?.targetGroups ?? []).map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <datalist id="matching-fields">
        {(vocabulary.data?.fields ?? []).map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <ContactDialog
        allianceId={allianceId}
        partner={contact}
        onClose={() => setContact(null)}
        onSent={(name) => setNotice(t('matching.contact.sent', { name }))}
      />
    </section>
  );
}
