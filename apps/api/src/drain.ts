import type { Server } from 'node:http';

/** How long a draining instance waits for in-flight requests before it closes what is left. */
const DRAIN_TIMEOUT_MS = 25_000;

/**
 * Stops accepting connections, lets in-flight requests finish (closing keep-alive connections as
 * soon as they are idle), and resolves when none is left or after DRAIN_TIMEOUT_MS.
 */
export function drain(server: Server, timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
