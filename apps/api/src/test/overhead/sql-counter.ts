import type { DataSource } from 'typeorm';

/**
 * Records every query the app pool sends to PostgreSQL (one entry per round trip), by wrapping
 * `query` of the pg Client class the app's TypeORM driver uses. Only connections of the app role
 * count, so the test harness's owner connection (fixtures, assertions) stays out of the numbers.
 */
export class SqlCounter {
  readonly sent: string[] = [];
  private restore?: () => void;

  constructor(
    private readonly ds: DataSource,
    private readonly role = 'gemeinwerk_app',
  ) {}

  start(): this {
    const Client = (this.ds.driver as unknown as { postgres: { Client: { prototype: { query: (...a: unknown[]) => unknown } } } }).postgres.Client;
    const original = Client.prototype.query;
    const sent = this.sent;
    const role = this.role;
    Client.prototype.query = function (this: { connectionParameters?: { user?: string } }, config: unknown, ...rest: unknown[]) {
      if (this.connectionParameters?.user === role) {
        sent.push(typeof config === 'string' ? config : String((config as { text?: string })?.text ?? config));
      }
      return original.call(this, config, ...rest);
    };
    this.restore = () => (Client.prototype.query = original);
    return this;
  }

  stop(): void {
    this.restore?.();
    this.restore = undefined;
  }

  /** Round trips and statements (a simple-protocol text may carry several, separated by `;`). */
  async during(fn: () => Promise<unknown>): Promise<{ roundTrips: number; statements: number; texts: string[] }> {
    const from = this.sent.length;
    await fn();
    // The app commits and releases before the response is written, but give stragglers a tick.
    await new Promise((r) => setImmediate(r));
    const texts = this.sent.slice(from);
    const statements = texts.reduce((n, t) => n + splitStatements(t).length, 0);
    return { roundTrips: texts.length, statements, texts };
  }
}

/** Top-level statements of one text; enough for the app's own SQL (no `;` inside literals). */
export function splitStatements(text: string): string[] {
  return text.split(/;\s*(?=\S)/).filter((s) => s.trim().length > 0);
}
