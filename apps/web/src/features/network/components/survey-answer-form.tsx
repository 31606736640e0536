import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationshipKind, SurveyAnswerInput, SurveyFrequency } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useSaveSurveyResponse, type MySurveyResponse } from '../api/surveys';
import { RELATIONSHIP_KINDS } from '../utils/vocabulary';

export const SURVEY_FREQUENCIES = ['YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY'] as SurveyFrequency[];
const SCORES = ['1', '2', '3', '4'];

/** One row of the form: '' not answered yet, NONE no relationship, else a kind with its ratings. */
interface Row {
  kind: '' | 'NONE' | RelationshipKind;
  frequency: '' | SurveyFrequency;
  trust: string;
  value: string;
}

const fromAnswers = (mine: MySurveyResponse): Record<string, Row> =>
  Object.fromEntries(
    mine.others.map((o) => {
      const a = mine.answers.find((x) => x.toMembershipId === o.id);
      const row: Row = a
        ? { kind: a.kind ?? 'NONE', frequency: a.frequency ?? '', trust: a.trust ? String(a.trust) : '', value: a.value ? String(a.value) : '' }
        : { kind: '', frequency: '', trust: '', value: '' };
      return [o.id, row];
    }),
  );

/**
 * A member's answers to a survey round: for each other member, the kind of relationship (or
 * none), how often they are in touch, and how much it trusts and values the other (1–4). Plain
 * selects in one column, so it works by keyboard and at 390 px; a draft can be saved and sent later.
 */
export function SurveyAnswerForm({ allianceId, roundId, mine }: { allianceId: string; roundId: string; mine: MySurveyResponse }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const save = useSaveSurveyResponse(allianceId);
  const [rows, setRows] = useState<Record<string, Row>>(() => fromAnswers(mine));
  const [missing, setMissing] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (id: string, patch: Partial<Row>) => setRows((now) => ({ ...now, [id]: { ...now[id], ...patch } }));
  const open = mine.others.filter((o) => rows[o.id]?.kind === '').length;

  const send = (submit: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const incomplete = mine.others.filter((o) => {
      const r = rows[o.id];
      return r.kind !== '' && r.kind !== 'NONE' && (!r.frequency || !r.trust || !r.value);
    });
    setMissing(incomplete.map((o) => o.organisation.name));
    if (incomplete.length) return;
    const answers: SurveyAnswerInput[] = mine.others
      .filter((o) => rows[o.id].kind !== '')
      .map((o) => {
        const r = rows[o.id];
        return r.kind === 'NONE'
          ? { toMembershipId: o.id, kind: null }
          : {
              toMembershipId: o.id,
              kind: r.kind as RelationshipKind,
              frequency: r.frequency as SurveyFrequency,
              trust: Number(r.trust),
              value: Number(r.value),
            };
      });
    save.mutate(
      { roundId, version: mine.version, answers, submit },
      { onSuccess: (r) => setNotice(r.state === 'SUBMITTED' ? t('network.surveys.answer.sent') : t('network.surveys.answer.saved')) },
    );
  };

  return (
    <form className="survey-form" onSubmit={send(true)} aria-labelledby="survey-form-title" noValidate>
      <h2 id="survey-form-title">{t('network.surveys.answer.title')}</h2>
      <p className="network__help">{t('network.surveys.answer.help')}</p>
      <p>
        {mine.state === 'SUBMITTED'
          ? t('network.surveys.answer.stateSubmitted')
          : mine.state === 'DRAFT'
            ? t('network.surveys.answer.stateDraft')
            : t('network.surveys.answer.statePending')}
      </p>
      {mine.others.map((o) => {
        const r = rows[o.id];
        const related = r.kind !== '' && r.kind !== 'NONE';
        return (
          <fieldset key={o.id} className="survey-form__member card">
            <legend className="survey-form__name">{o.organisation.name}</legend>
            <SelectField
              label={t('network.surveys.answer.kind')}
              value={r.kind}
              onChange={(e) => set(o.id, { kind: e.target.value as Row['kind'] })}
              options={[
                { value: '', label: t('network.surveys.answer.notYet') },
                { value: 'NONE', label: t('network.surveys.answer.none') },
                ...RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(`network.kinds.${k}`) })),
              ]}
            />
            {related ? (
              <div className="survey-form__ratings">
                <SelectField
                  label={t('network.surveys.answer.frequency')}
                  value={r.frequency}
                  onChange={(e) => set(o.id, { frequency: e.target.value as Row['frequency'] })}
                  options={[
                    { value: '', label: t('network.surveys.answer.choose') },
                    ...SURVEY_FREQUENCIES.map((f) => ({ value: f, label: t(`network.surveys.frequency.${f}`) })),
                  ]}
                />
                <SelectField
                  label={t('network.surveys.answer.trust')}
                  hint={t('network.surveys.answer.trustHint')}
                  value={r.trust}
                  onChange={(e) => set(o.id, { trust: e.target.value })}
                  options={[
                    { value: '', label: t('network.surveys.answer.choose') },
                    ...SCORES.map((s) => ({ value: s, label: t(`network.surveys.score.${s}`) })),
                  ]}
                />
                <SelectField
                  label={t('network.surveys.answer.value')}
                  hint={t('network.surveys.answer.valueHint')}
                  value={r.value}
                  onChange={(e) => set(o.id, { value: e.target.value })}
                  options={[
                    { value: '', label: t('network.surveys.answer.choose') },
                    ...SCORES.map((s) => ({ value: s, label: t(`network.surveys.score.${s}`) })),
                  ]}
                />
              </div>
            ) : null}
          </fieldset>
        );
      })}
      {missing.length ? <Alert tone="error">{t('network.surveys.answer.incomplete', { names: missing.join(', ') })}</Alert> : null}
      {save.error ? <Alert tone="error">{describe(save.error)}</Alert> : null}
      <div role="status" aria-live="polite" className={notice ? 'network__notice' : undefined}>
        {notice}
      </div>
      <p className="network__help">{open ? t('network.surveys.answer.open', { count: open }) : t('network.surveys.answer.allAnswered')}</p>
      <div className="survey-form__actions">
        <Button onClick={() => send(false)()} loading={save.isPending && !save.variables?.submit}>
          {t('network.surveys.answer.saveDraft')}
        </Button>
        <Button type="submit" variant="primary" icon="check" loading={save.isPending && Boolean(save.variables?.submit)}>
          {mine.state === 'SUBMITTED' ? t('network.surveys.answer.resubmit') : t('network.surveys.answer.submit')}
        </Button>
      </div>
    </form>
  );
}
