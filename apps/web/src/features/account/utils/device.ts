import Bowser from 'bowser';

/**
 * A session's device in words people recognise ("Firefox 133 · Windows 10"), from the stored
 * user agent; the raw string stays available as the title. Programs that are no browser (a script,
 * curl) keep their own first word. Empty or unreadable: null (the caller says "unknown device").
 */
export function describeDevice(userAgent: string | null | undefined): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  const parsed = Bowser.parse(ua);
  const browser = parsed.browser.name ? [parsed.browser.name, parsed.browser.version?.split('.')[0]].filter(Boolean).join(' ') : null;
  const os = parsed.os.name ? [parsed.os.name, parsed.os.versionName ?? null].filter(Boolean).join(' ') : null;
  if (browser || os) return [browser, os].filter(Boolean).join(' · ');
  return ua.split(/[\s/]/)[0] || null;
}
