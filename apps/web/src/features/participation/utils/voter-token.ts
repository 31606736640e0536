const STORAGE_KEY = 'gemeinwerk.participation.voter';
const SUPPORTED_KEY = 'gemeinwerk.participation.supported';

/** One vote per browser: a random id this browser keeps; the server counts one vote per id. */
export function voterToken(storage: Storage | undefined = globalThis.localStorage): string {
  const existing = storage?.getItem(STORAGE_KEY);
  if (existing) return existing;
  const token = crypto.randomUUID();
  storage?.setItem(STORAGE_KEY, token);
  return token;
}

/** The reports this browser has supported (to show "supported" without asking the server). */
export function supportedReports(storage: Storage | undefined = globalThis.localStorage): string[] {
  try {
    const list = JSON.parse(storage?.getItem(SUPPORTED_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberSupport(reportId: string, storage: Storage | undefined = globalThis.localStorage): void {
  const list = supportedReports(storage);
  if (!list.includes(reportId)) storage?.setItem(SUPPORTED_KEY, JSON.stringify([...list, reportId]));
}
