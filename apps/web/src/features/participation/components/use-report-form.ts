import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isParticipationError, sendReport } from '../api/participation-api';
import { checkReport, emptyReport, type Problems, type ReportDraft } from '../utils/form-checks';
import { proofOfWork } from '../utils/proof-of-work';

/** The report form's state, its checks and the sending (proof of work first, then the multipart post). */
export function useReportForm(slug: string) {
  const [draft, setDraft] = useState<ReportDraft>(emptyReport);
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const send = useMutation({
    mutationFn: async () => {
      const altcha = await proofOfWork(slug);
      const pinned = draft.placeMode === 'map';
      return sendReport(slug, {
        category: draft.category,
        targetGroup: draft.targetGroup,
        districtId: draft.placeMode === 'district' ? draft.districtId : undefined,
        address: draft.placeMode === 'address' ? draft.address.trim() : undefined,
        lat: pinned ? (draft.lat ?? undefined) : undefined,
        lng: pinned ? (draft.lng ?? undefined) : undefined,
        description: draft.description.trim(),
        email: draft.email.trim() || undefined,
        photo: draft.photo,
        website,
        altcha,
      });
    },
  });
  const set = <K extends keyof ReportDraft>(field: K, value: ReportDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const serverProblems: Problems = isParticipationError(send.error) ? Object.fromEntries(send.error.fields.map((f) => [f.field, f.message ?? f.code])) : {};
  /** Checks, and sends when nothing is missing; answers the problems so the form can focus the first one. */
  const submit = (): Problems => {
    const found = checkReport(draft);
    setProblems(found);
    if (!Object.keys(found).length) send.mutate();
    return found;
  };
  return { draft, set, website, setWebsite, problems, serverProblems, submit, send };
}
