import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from './notification-kinds';

/**
 * The one-click unsubscribe token of a notification mail: `<user id>.<kind>.<HMAC-SHA256>`, signed
 * with the installation's server secret (CURSOR_SECRET, or else a database password: see
 * deriveSecret). No expiry: a link in an old mail must still
 * work (RFC 8058), and all it can do is turn off one kind of mail for one person.
 */
export function signUnsubscribe(key: Buffer, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${mac(key, userId, kind)}`;
}

export function verifyUnsubscribe(key: Buffer, token: string): { userId: string; kind: NotificationKind } | null {
  const [userId, kind, given, ...rest] = token.split('.');
  if (rest.length || !userId || !given || !isNotificationKind(kind) || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const want = Buffer.from(mac(key, userId, kind));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got) ? { userId, kind } : null;
}

function mac(key: Buffer, userId: string, kind: string): string {
  return createHmac('sha256', key).update(`unsubscribe\n${userId}\n${kind}`).digest('base64url');
}

/** A key for one purpose from the server secret: CURSOR_SECRET, else the first database password. */
export function deriveSecret(purpose: string, secret: string | undefined, ...databaseUrls: (string | undefined)[]): Buffer {
  const passwordOf = (url?: string) => {
    try {
      return url ? decodeURIComponent(new URL(url).password) : '';
    } catch {
      return '';
    }
  };
  const material = secret || databaseUrls.map(passwordOf).find(Boolean);
  if (!material) throw new Error(`no secret to derive the ${purpose} key from: set CURSOR_SECRET`);
  return createHmac('sha256', `gemeinwerk/${purpose}/v1`).update(material).digest();
}
