import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldProblemText } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { useSubmitMeasurements } from '../api/submit-measurements';
import { bulkRows, entryOf, rowErrorText, rulesProblemsOf, type BulkEntry } from '../utils/bulk';
import { warningText } from '../utils/plausibility';
import { newer } from '../utils/measurement';

export type BulkNotice = { tone: 'success' | 'error' | 'info'; text: string };

/**
 * The state of the bulk entry of one period: what each row holds, the stored values (newest of
 * fetched and just saved), problems and warnings per row, and `send` that checks and saves all rows.
 */
export function useBulkEntry({
  allianceId,
  period,
  indicators,
  measurements,
}: {
  allianceId: string;
  period: ReportingPeriod;
  indicators: ReportingIndicator[];
  measurements: Measurement[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [saved, setSaved] = useState<Record<string, Measurement>>({});
  const stored: Record<string, Measurement | undefined> = Object.fromEntries(
    indicators.map((i) => [
      i.id,
      newer(
        measurements.find((m) => m.indicatorId === i.id),
        saved[i.id],
      ),
    ]),
  );
  const [entries, setEntries] = useState<Record<string, BulkEntry>>(() => Object.fromEntries(indicators.map((i) => [i.id, entryOf(stored[i.id])])));
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  // Plausibility warnings per indicator: they never stop a save.
  const [rowWarnings, setRowWarnings] = useState<Record<string, string>>({});
  const number = (n: number) => format.number(n, { maximumFractionDigits: 4 });
  const [notice, setNotice] = useState<BulkNotice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const bulk = useSubmitMeasurements(allianceId);

  const update = (indicatorId: string, field: 'value' | 'numerator' | 'denominator') => (value: number | null, state: string) =>
    setEntries((prev) => ({ ...prev, [indicatorId]: { ...prev[indicatorId]!, [field]: value, invalid: state === 'invalid' } }));

  const announce = (tone: BulkNotice['tone'], text: string) => {
    setNotice({ tone, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  function send(submit: boolean) {
    setRowErrors({});
    setRowWarnings({});
    const invalid = indicators.filter((i) => entries[i.id]?.invalid);
    if (invalid.length > 0) {
      setRowErrors(Object.fromEntries(invalid.map((i) => [i.id, t('reporting.bulk.invalidNumber')])));
      announce('error', t('reporting.bulk.fixRows', { count: invalid.length }));
      return;
    }
    // The indicator's rules, checked before sending (the API checks them again).
    const broken = rulesProblemsOf(indicators, entries, stored);
    if (Object.keys(broken).length > 0) {
      setRowErrors(Object.fromEntries(Object.entries(broken).map(([id, problems]) => [id, problems.map((p) => fieldProblemText(t, p)).join(' ')])));
      announce('error', t('reporting.bulk.fixRows', { count: Object.keys(broken).length }));
      return;
    }
    const { rows, indicatorIds } = bulkRows(period.id, indicators, entries, stored, submit);
    if (rows.length === 0) {
      announce('info', t('reporting.bulk.nothingToSend'));
      return;
    }
    bulk.mutate(rows, {
      onSuccess: (result) => {
        const warned: Record<string, string> = {};
        for (const w of result.warnings ?? []) {
          const id = indicatorIds[w.row];
          if (id) warned[id] = [warned[id], warningText(t, number, w)].filter(Boolean).join(' ');
        }
        setRowWarnings(warned);
        if (!result.ok) {
          const errors: Record<string, string> = {};
          for (const e of result.errors) {
            const id = indicatorIds[e.row];
            // A row may break several rules (numerator and denominator): say all of them.
            if (id) errors[id] = [errors[id], rowErrorText(t, e)].filter(Boolean).join(' ');
          }
          setRowErrors(errors);
          announce('error', t('reporting.bulk.fixRows', { count: new Set(result.errors.map((e) => e.row)).size }));
          return;
        }
        setSaved((prev) => ({ ...prev, ...Object.fromEntries(result.saved.map((m) => [m.indicatorId, m])) }));
        announce('success', submit ? t('reporting.bulk.submitted', { count: result.saved.length }) : t('reporting.bulk.saved', { count: result.saved.length }));
      },
      onError: (error) => announce('error', describeError(t, error)),
    });
  }

  return { stored, entries, rowErrors, rowWarnings, notice, noticeRef, update, send, bulk };
}
