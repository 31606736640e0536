import { queryOptions, useQuery } from '@tanstack/react-query';

/**
 * The public progress page's REST endpoint (/api/progress/<slug>): no login, no session, no
 * cookies. Keys start with ['progress', slug]: public data, never an alliance's workspace data.
 */

export interface PublicProgressIndicator {
  id: string;
  code: string | null;
  name: string;
  unit: string;
  decimals: number;
  direction: 'INCREASE' | 'DECREASE' | 'MAINTAIN' | string;
  frequency: 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | string;
  aggregation: string;
  baseline: number | null;
  periods: string[];
  periodLabels: string[];
  actual: (number | null)[];
  target: (number | null)[];
  suppressed: boolean[];
  provisional: boolean[];
}

export interface PublicProgressGoal {
  id: string;
  parentId: string | null;
  title: string;
  description: string;
  status: string;
}

export interface PublicProgress {
  slug: string;
  lang: 'de' | 'en';
  name: string;
  vision: string;
  primaryColor: string;
  logo: string | null;
  smallNumberThreshold: number;
  updatedAt: string;
  goals: PublicProgressGoal[];
  indicators: PublicProgressIndicator[];
}

export class ProgressNotFound extends Error {}

async function fetchProgress(slug: string, lang: string): Promise<PublicProgress> {
  const res = await fetch(`/api/progress/${encodeURIComponent(slug)}?lang=${lang}`, { credentials: 'omit', headers: { accept: 'application/json' } });
  if (res.status === 404) throw new ProgressNotFound(slug);
  if (!res.ok) throw new Error(`progress page: ${res.status}`);
  return (await res.json()) as PublicProgress;
}

export const progressQuery = (slug: string, lang: string) =>
  queryOptions({
    queryKey: ['progress', slug, lang],
    queryFn: () => fetchProgress(slug, lang),
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ProgressNotFound) && count < 2,
    placeholderData: (previous) => previous,
  });

export const usePublicProgress = (slug: string, lang: string) => useQuery(progressQuery(slug, lang));
