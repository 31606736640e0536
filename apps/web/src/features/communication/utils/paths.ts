/** Absolute paths of the log's pages: the pages are siblings, so relative links would stack up. */
export const logPath = (allianceId: string, ...parts: string[]) => ['', 'a', allianceId, 'log', ...parts].join('/');
