import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { NumberField, type InputState } from '@/components/ui/locale-inputs';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { useOverlapCandidates } from '../api/get-overlap-members';
import { useDeclareOverlap, useRemoveOverlap } from '../api/overlaps';
import { overlapsEditable } from '../utils/measurement';
import { formatAmount } from '../utils/value';
import { SuccessNotice } from './success-notice';
import { TermHelp } from '@/components/help/term-help';

type Indicator = Pick<ReportingIndicator, 'unit' | 'decimals' | 'aggregation'>;

const EMPTY = { otherMembershipId: '', amount: null as number | null, amountState: 'empty' as InputState, note: '' };

/**
 * "So many of the people in this value were also counted by that member": the alliance total
 * counts them once. SUM indicators only; a partner declares and removes them while the value itself
 * may change, the backbone (`anyState`) whenever the value exists, as the API allows.
 */
export function OverlapsSection({
  allianceId,
  membershipId,
  indicator,
  measurement,
  anyState = false,
  headingLevel = 2,
  pending,
}: {
  allianceId: string;
  /** The member whose value this is: not offered as the other side. */
  membershipId: string;
  indicator: Indicator;
  /** The stored value; undefined until a first draft is saved. */
  measurement: Measurement | undefined;
  anyState?: boolean;
  headingLevel?: 2 | 3;
  /**
   * Before the first save: the value as typed in the form, and how to save it as a draft. Then an
   * overlap can be declared at once; the draft is saved first.
   */
  pending?: { value: number | null; save: () => Promise<Measurement | undefined> };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const headingId = useId();
  const editable = anyState ? measurement?.value !== null && measurement?.value !== undefined : measurement ? overlapsEditable(measurement) : Boolean(pending);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // The partner speaks of "your value"; the backbone looks at another member's.
  const own = anyState ? 'Other' : '';
  const candidates = useOverlapCandidates(allianceId, membershipId, editable);
  const declare = useDeclareOverlap(allianceId);
  const remove = useRemoveOverlap(allianceId);
  const [input, setInput] = useState(EMPTY);
  const [problems, setProblems] = useState<{ otherMembershipId?: string; amount?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const overlaps = measurement?.overlaps ?? [];
  const amountText = (amount: number | null | undefined) => formatAmount(amount, indicator, format);

  function validate(stored: number): typeof problems {
    const found: typeof problems = {};
    if (!input.otherMembershipId) found.otherMembershipId = t('reporting.overlaps.memberRequired');
    if (input.amountState === 'invalid') found.amount = t('reporting.overlaps.amountInvalid');
    else if (input.amount === null || input.amount <= 0) found.amount = t('reporting.overlaps.amountPositive');
    else if (input.amount > stored) found.amount = t(`reporting.overlaps.amountTooLarge${own}`, { value: amountText(stored) });
    return found;
  }

  async function onDeclare(event: FormEvent) {
    event.preventDefault();
    if (!editable) return;
    const value = measurement ? measurement.value : pending?.value;
    setNotice(null);
    remove.reset();
    const found = value === null || value === undefined ? { ...validate(Infinity), amount: t('reporting.overlaps.valueFirst') } : validate(value);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // No stored value yet: the form's value is saved as a draft first (the form shows why if it cannot be).
    const target = measurement ?? (await pending?.save());
    if (!target) return;
    const other = candidates.data?.find((c) => c.id === input.otherMembershipId);
    declare.mutate(
      { measurementId: target.id, otherMembershipId: input.otherMembershipId, amount: input.amount!, note: input.note.trim() || undefined },
      {
        onSuccess: () => {
          setInput(EMPTY);
          setNotice(t('reporting.overlaps.declared', { organisation: other?.organisation.name ?? '' }));
        },
      },
    );
  }

  function onRemove(overlap: Measurement['overlaps'][number]) {
    setNotice(null);
    declare.reset();
    remove.mutate(overlap.id, {
      onSuccess: () => {
        setNotice(t('reporting.overlaps.removed', { organisation: overlap.otherOrganisationName }));
        // The button is gone with its row: keep keyboard focus on the news.
        requestAnimationFrame(() => noticeRef.current?.focus());
      },
    });
  }

  const failed = declare.error ?? remove.error;
  const amountServerError = fieldError(t, declare.error, 'amount');
  const memberServerError = fieldError(t, declare.error, 'otherMembershipId');

  return (
    <section className="overlaps" aria-labelledby={headingId}>
      <Heading id={headingId} className="overlaps__title">
        {t('reporting.overlaps.title')}
      </Heading>
      {/* The "?" sits in the intro, not in the heading: the heading names the section. */}
      <p className="muted">
        {t(`reporting.overlaps.intro${own}`)} <TermHelp term="overlap" />
      </p>
      <SuccessNotice ref={noticeRef} className="overlaps__status" notice={notice} />
      {failed && !amountServerError && !memberServerError ? (
        <Alert tone="error" title={t('reporting.overlaps.failed')}>
          {describe(failed)}
        </Alert>
      ) : null}

      {overlaps.length === 0 ? (
        <p className="muted">
          {measurement ? t('reporting.overlaps.none') : pending ? t('reporting.overlaps.savedWithFirst') : t('reporting.overlaps.saveFirst')}
        </p>
      ) : (
        <ul className="overlaps__list">
          {overlaps.map((o) => (
            <li key={o.id} className="overlaps__item">
              <div className="overlaps__main">
                <span className="overlaps__name">{o.otherOrganisationName}</span>
                <span className="overlaps__amount">{amountText(o.amount)}</span>
                {o.note ? <span className="muted">{o.note}</span> : null}
              </div>
              {editable ? (
                <Button size="sm" variant="ghost" icon="trash" loading={remove.isPending && remove.variables === o.id} onClick={() => onRemove(o)}>
                  {t('reporting.overlaps.remove')}{' '}
                  <span className="visually-hidden">{t('reporting.overlaps.removeSubject', { organisation: o.otherOrganisationName })}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {editable ? (
        <form className="overlaps__form" onSubmit={onDeclare} noValidate aria-label={t('reporting.overlaps.formLabel')}>
          <div className="form__row">
            <SelectField
              label={t('reporting.overlaps.member')}
              value={input.otherMembershipId}
              onChange={(e) => setInput((i) => ({ ...i, otherMembershipId: e.target.value }))}
              disabled={candidates.isPending}
              hint={candidates.isError ? t('reporting.overlaps.membersFailed') : overlaps.length > 0 ? t('reporting.overlaps.replaceHint') : undefined}
              error={problems.otherMembershipId ?? memberServerError}
              options={[
                { value: '', label: t('reporting.overlaps.chooseMember') },
                ...(candidates.data ?? []).map((c) => ({ value: c.id, label: c.organisation.name })),
              ]}
            />
            <NumberField
              label={indicator.unit ? t('reporting.overlaps.amountWithUnit', { unit: indicator.unit }) : t('reporting.overlaps.amount')}
              hint={t(`reporting.overlaps.amountHint${own}`, { value: amountText(measurement ? measurement.value : pending?.value) })}
              value={input.amount}
              onChange={(amount, amountState) => setInput((i) => ({ ...i, amount, amountState }))}
              error={problems.amount ?? amountServerError}
            />
          </div>
          <TextField
            label={t('reporting.overlaps.note')}
            optional
            value={input.note}
            maxLength={2000}
            onChange={(e) => setInput((i) => ({ ...i, note: e.target.value }))}
          />
          <div className="form__actions">
            <Button type="submit" icon="plus" loading={declare.isPending}>
              {t('reporting.overlaps.declare')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
