/** What the report endpoint says when it refuses (translated by the API in the caller's language). */
export class FunderReportError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'FunderReportError';
  }
}

export interface FunderReportRequest {
  from: string;
  to: string;
  lang: 'de' | 'en';
}

export function funderReportUrl(allianceId: string, { from, to, lang }: FunderReportRequest): string {
  const query = new URLSearchParams({ from, to, lang });
  return `/api/alliances/${encodeURIComponent(allianceId)}/reports/funder.pdf?${query.toString()}`;
}

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'Foerderbericht.pdf';

/**
 * Fetches the funder report (a PDF made on the server, with the session cookie) and hands it to
 * the browser as a download. A refusal arrives as JSON with a translated message.
 */
export async function downloadFunderReport(allianceId: string, request: FunderReportRequest, uiLanguage: string): Promise<void> {
  const res = await fetch(funderReportUrl(allianceId, request), { credentials: 'same-origin', headers: { 'accept-language': uiLanguage } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string; code?: string } | null;
    throw new FunderReportError(body?.message ?? res.statusText, body?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  const url = URL.createObjectURL(await res.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(res.headers.get('content-disposition'));
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
