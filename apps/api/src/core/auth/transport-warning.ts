import type { NextFunction, Request, Response } from 'express';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || a.startsWith('127.');
}

/**
 * Says once, loudly, when someone on another machine talks to us over plain HTTP: their password
 * and session cookie crossed the network unencrypted. HTTPS (directly or via a trusted proxy's
 * X-Forwarded-Proto) and this machine itself stay quiet.
 */
export function plainHttpWarning(warn: (message: string) => void) {
  let warned = false;
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!warned && !req.secure && !isLoopbackAddress(req.socket.remoteAddress)) {
      warned = true;
      warn(
        `INSECURE: a request from ${req.ip ?? 'another machine'} arrived over plain HTTP. Passwords and session cookies travel unencrypted; serve Gemeinwerk through HTTPS (a reverse proxy sending X-Forwarded-Proto).`,
      );
    }
    next();
  };
}
