import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { currentLanguage } from '@/lib/i18n';

/**
 * The public Chancenportal's REST endpoints (/api/portal/<slug>/…): no login, no session. Keys
 * start with ['portal', slug]: public data, never an alliance's workspace data.
 */

/** The GeoJSON this portal uses (a district's shape; offers as points). */
export interface Geometry {
  type: string;
  coordinates: unknown;
}
export interface PointCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; properties: { id: string; title: string }; geometry: { type: 'Point'; coordinates: [number, number] } }[];
}

export interface PortalDistrict {
  id: string;
  name: string;
  geojson: Geometry | null;
}

export interface PublicPortal {
  slug: string;
  name: string;
  intro: string;
  logo: string | null;
  primaryColor: string;
  accentColor: string;
  map: { styleUrl: string | null; tileUrl: string | null };
  /** While providers may sign up: the id their sign-up names; null when the portal takes none. */
  providerSignup: string | null;
  districts: PortalDistrict[];
}

export interface PublicOffer {
  id: string;
  title: string;
  summary: string;
  categories: string[];
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  district: { id: string; name: string } | null;
  city: string | null;
  position: { lat: number; lng: number } | null;
  scheduleKind: 'DATES' | 'WEEKLY' | 'PERIOD' | 'ONGOING';
  startDate: string | null;
  endDate: string | null;
  isFree: boolean;
  accessibility: { stepFree: boolean; signLanguage: boolean; easyLanguage: boolean };
  languages: string[];
  providerName: string;
}

export interface PublicOfferDetail extends PublicOffer {
  description: string;
  street: string | null;
  postalCode: string | null;
  schedule: { date?: string; weekday?: number; from?: string; to?: string }[];
  scheduleNote: string;
  costNote: string;
  registrationRequired: boolean;
  registrationNote: string;
  contactName: string | null;
  provider: { name: string; description: string; website: string | null };
  confirmedAt: string | null;
  dated: boolean;
}

export type FacetName = 'category' | 'targetGroup' | 'district' | 'cost' | 'accessibility' | 'language';

export interface OfferSearchResult {
  total: number;
  page: number;
  pageSize: number;
  offers: PublicOffer[];
  facets: Record<FacetName, { value: string; count: number }[]>;
}

export interface PortalApiError {
  code: string;
  message: string;
  fields: { field: string; code: string; message: string }[];
  status: number;
}

export const isPortalApiError = (e: unknown): e is PortalApiError => !!e && typeof e === 'object' && 'code' in e && 'status' in e;

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    credentials: 'omit',
    headers: { accept: 'application/json', 'accept-language': currentLanguage(), ...(init?.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body = (await res.json().catch(() => null)) as (T & Partial<PortalApiError>) | null;
  if (!res.ok) throw { code: body?.code ?? 'UNKNOWN', message: body?.message ?? '', fields: body?.fields ?? [], status: res.status } satisfies PortalApiError;
  return body as T;
}

const base = (slug: string) => `/api/portal/${encodeURIComponent(slug)}`;
const portalKey = (slug: string) => ['portal', slug] as const;

export const portalQuery = (slug: string) =>
  queryOptions({ queryKey: [...portalKey(slug), 'settings'], queryFn: () => request<PublicPortal>(base(slug)), staleTime: 60_000 });
export const usePortal = (slug: string) => useQuery(portalQuery(slug));

export const offerSearchQuery = (slug: string, params: URLSearchParams) =>
  queryOptions({
    queryKey: [...portalKey(slug), 'offers', params.toString()],
    queryFn: () => request<OfferSearchResult>(`${base(slug)}/offers?${params.toString()}`),
    placeholderData: (previous) => previous,
  });
export const useOfferSearch = (slug: string, params: URLSearchParams) => useQuery(offerSearchQuery(slug, params));

export const offerPointsQuery = (slug: string, params: URLSearchParams) =>
  queryOptions({
    queryKey: [...portalKey(slug), 'map', params.toString()],
    queryFn: () => request<PointCollection>(`${base(slug)}/map?${params.toString()}`),
    placeholderData: (previous) => previous,
  });
export const useOfferPoints = (slug: string, params: URLSearchParams, enabled: boolean) => useQuery({ ...offerPointsQuery(slug, params), enabled });

export const offerQuery = (slug: string, id: string) =>
  queryOptions({ queryKey: [...portalKey(slug), 'offer', id], queryFn: () => request<PublicOfferDetail>(`${base(slug)}/offers/${encodeURIComponent(id)}`) });
export const useOffer = (slug: string, id: string) => useQuery(offerQuery(slug, id));

export const calendarUrl = (slug: string, id: string) => `${base(slug)}/offers/${encodeURIComponent(id)}/calendar.ics`;

export interface ContactInput {
  name: string;
  email: string;
  message: string;
  website: string;
}

export const useSendContact = (slug: string, id: string) =>
  useMutation({
    mutationFn: (input: ContactInput) =>
      request<{ sent: true }>(`${base(slug)}/offers/${encodeURIComponent(id)}/contact`, {
        method: 'POST',
        body: JSON.stringify({ ...input, locale: currentLanguage() }),
      }),
  });
