import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { currentLanguage } from '@/lib/i18n';

/**
 * The public co-production endpoints (/api/portal/<slug>/participation/…, issue 16): no login, no
 * session, no cookie. Keys start with ['portal', slug, 'participation']: public data only.
 */

export const CATEGORIES = ['MISSING_OFFER', 'BARRIER', 'SAFETY', 'INFORMATION', 'OTHER'] as const;
export type ReportCategory = (typeof CATEGORIES)[number];
export const REPORT_STATUSES = ['RECEIVED', 'IN_REVIEW', 'FORWARDED', 'RESOLVED', 'DECLINED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ParticipationMeta {
  categories: ReportCategory[];
  targetGroups: { key: string; label: string }[];
  districts: { id: string; name: string }[];
  easyLanguage: boolean;
}

export interface AltchaChallenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

export interface PublicFeedback {
  id: string;
  authorLabel: string | null;
  text: string;
  rating: number | null;
  createdAt: string;
  answer: { text: string; organisationName: string; answeredAt: string } | null;
  changed: { text: string; markedAt: string } | null;
}

export interface PublicReport {
  id: string;
  category: ReportCategory;
  targetGroup: string;
  districtId: string | null;
  districtName: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  description: string;
  status: ReportStatus;
  statusReason: string | null;
  publicAnswer: string | null;
  supportCount: number;
  createdAt: string;
  hasPhoto: boolean;
}

export interface StatusStep {
  status: ReportStatus;
  at: string;
  reason: string | null;
}

export interface PublicReportDetail extends PublicReport {
  history: StatusStep[];
}

export interface FollowState {
  kind: 'REPORT' | 'FEEDBACK';
  id: string;
  /** For FEEDBACK: RECEIVED (waiting), IN_REVIEW (published) or DECLINED (rejected). */
  status: ReportStatus;
  statusReason: string | null;
  history: StatusStep[];
  published: boolean;
  offerId: string | null;
}

export interface ParticipationError {
  code: string;
  message: string;
  fields: { field: string; code: string; message?: string }[];
  status: number;
}

export const isParticipationError = (e: unknown): e is ParticipationError => !!e && typeof e === 'object' && 'code' in e && 'status' in e;

/** Answers `{ error: { code, message } }` (the contract) or the portal's flat `{ code, message }` as one error shape. */
async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const json = typeof init?.body === 'string';
  const res = await fetch(path, {
    ...init,
    credentials: 'omit',
    headers: { accept: 'application/json', 'accept-language': currentLanguage(), ...(json ? { 'content-type': 'application/json' } : {}) },
  });
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const e = ((body?.error as Record<string, unknown> | undefined) ?? body ?? {}) as Partial<ParticipationError>;
    throw { code: e.code ?? 'UNKNOWN', message: e.message ?? '', fields: e.fields ?? [], status: res.status } satisfies ParticipationError;
  }
  return body as T;
}

export const participationBase = (slug: string) => `/api/portal/${encodeURIComponent(slug)}/participation`;
const key = (slug: string) => ['portal', slug, 'participation'] as const;
const post = (body: object): RequestInit => ({ method: 'POST', body: JSON.stringify({ ...body, locale: currentLanguage() }) });

export const fetchChallenge = (slug: string) => request<AltchaChallenge>(`${participationBase(slug)}/challenge`);

export const metaQuery = (slug: string) =>
  queryOptions({ queryKey: [...key(slug), 'meta'], queryFn: () => request<ParticipationMeta>(`${participationBase(slug)}/meta`), staleTime: 300_000 });
export const useParticipationMeta = (slug: string) => useQuery(metaQuery(slug));

export const feedbackQuery = (slug: string, offerId: string) =>
  queryOptions({
    queryKey: [...key(slug), 'feedback', offerId],
    queryFn: () => request<{ items: PublicFeedback[] }>(`${participationBase(slug)}/offers/${encodeURIComponent(offerId)}/feedback`),
  });
export const useOfferFeedback = (slug: string, offerId: string) => useQuery(feedbackQuery(slug, offerId));

export interface FeedbackInput {
  text: string;
  rating?: number;
  email?: string;
  authorLabel?: string;
  website: string;
  altcha: string;
}
export const sendFeedback = (slug: string, offerId: string, input: FeedbackInput) =>
  request<{ id: string; followToken: string }>(`${participationBase(slug)}/offers/${encodeURIComponent(offerId)}/feedback`, post(input));

export interface ReportFilter {
  category?: string;
  districtId?: string;
  status?: string;
}
export const reportsQuery = (slug: string, filter: ReportFilter) => {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => !!v) as [string, string][]);
  return queryOptions({
    queryKey: [...key(slug), 'reports', params.toString()],
    queryFn: () => request<{ items: PublicReport[] }>(`${participationBase(slug)}/reports?${params.toString()}`),
    placeholderData: (previous) => previous,
  });
};
export const usePublicReports = (slug: string, filter: ReportFilter) => useQuery(reportsQuery(slug, filter));

export const reportQuery = (slug: string, id: string) =>
  queryOptions({
    queryKey: [...key(slug), 'report', id],
    queryFn: () => request<PublicReportDetail>(`${participationBase(slug)}/reports/${encodeURIComponent(id)}`),
  });
export const usePublicReport = (slug: string, id: string) => useQuery(reportQuery(slug, id));
export const reportPhotoUrl = (slug: string, id: string) => `${participationBase(slug)}/reports/${encodeURIComponent(id)}/photo`;

export const followQuery = (slug: string, token: string) =>
  queryOptions({
    queryKey: [...key(slug), 'follow', token],
    queryFn: () => request<FollowState>(`${participationBase(slug)}/follow/${encodeURIComponent(token)}`),
  });
export const useFollow = (slug: string, token: string) => useQuery(followQuery(slug, token));

/** The link in the confirmation mail: confirms the sender's e-mail address. */
export const confirmQuery = (slug: string, token: string) =>
  queryOptions({
    queryKey: [...key(slug), 'confirm', token],
    queryFn: () => request<{ confirmed: true }>(`${participationBase(slug)}/confirm/${encodeURIComponent(token)}`),
    staleTime: Infinity,
    retry: false,
  });
export const useConfirmEmail = (slug: string, token: string) => useQuery(confirmQuery(slug, token));

export interface ReportInput {
  category: string;
  targetGroup: string;
  districtId?: string;
  address?: string;
  lat?: number;
  lng?: number;
  description: string;
  email?: string;
  website: string;
  altcha: string;
  photo?: File | null;
}
/** A report travels as multipart/form-data (the optional photo); empty fields are left out. */
export function reportFormData(input: ReportInput): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(input)) {
    if (name === 'photo' || value === undefined || value === null || value === '') continue;
    data.append(name, String(value));
  }
  data.append('website', input.website);
  data.append('locale', currentLanguage());
  if (input.photo) data.append('photo', input.photo);
  return data;
}
export const sendReport = (slug: string, input: ReportInput) =>
  request<{ id: string; followToken: string }>(`${participationBase(slug)}/reports`, { method: 'POST', body: reportFormData(input) });

export function useSupportReport(slug: string, reportId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { voterToken: string; website: string; altcha: string }) =>
      request<{ supportCount: number; alreadySupported: boolean }>(`${participationBase(slug)}/reports/${encodeURIComponent(reportId)}/support`, post(input)),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: [...key(slug), 'report'] }).then(() => client.invalidateQueries({ queryKey: [...key(slug), 'reports'] })),
  });
}

export type AbuseItemType = 'FEEDBACK' | 'REPORT' | 'ANSWER';
export const sendAbuse = (slug: string, input: { itemType: AbuseItemType; itemId: string; reason: string; website: string; altcha: string }) =>
  request<unknown>(`${participationBase(slug)}/abuse`, post(input));
