import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(__dirname, '../../../..');

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Owner connection: runs migrations. Absent → embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Connection of the non-owner role the app runs as (row-level security applies to it). */
  DATABASE_APP_URL: z.string().url().optional(),
  DATABASE_APP_USER: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('gemeinwerk_app'),
  DATABASE_APP_PASSWORD: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  SEED_DEMO: bool.optional(),
  /** Run migrations (and set the app role's password, seed the demo) at start-up. `false` when a separate `migrate` step does it (container, Kubernetes Job). */
  MIGRATE_ON_START: bool.default(true),
  /** The day the demo is seeded as (YYYY-MM-DD); today in Europe/Berlin when unset. For tests and screenshots. */
  DEMO_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 7),
  /**
   * `Secure` flag of the session cookie. Unset (auto): set when the request came over HTTPS
   * (directly, or per X-Forwarded-Proto from a trusted proxy), so that http://localhost works.
   */
  COOKIE_SECURE: bool.optional(),
  /**
   * Who may introspect the schema: `off` (production default), `authenticated` (logged-in users
   * only, for integrators' schema explorers) or `on` (everyone; development and test default).
   */
  GRAPHQL_INTROSPECTION: z.enum(['off', 'authenticated', 'on']).optional(),
  CORS_ORIGINS: z.string().default(''),
  /** Cost points a caller may spend per minute on GraphQL operations. */
  RATE_LIMIT_POINTS_PER_MINUTE: z.coerce.number().int().min(100).default(30000),
  /**
   * Login abuse (docs/security.md): an account + address pair gets LOGIN_FREE_FAILURES wrong
   * passwords, then an exponential delay (1 s, 2 s, 4 s … up to LOGIN_MAX_DELAY_SECONDS). When the
   * account as a whole has LOGIN_MAX_FAILURES_PER_ACCOUNT failures in the window, the free
   * failures drop to 0 and delays start at a minute: for addresses that already failed, never for
   * a fresh one. An address with LOGIN_MAX_FAILURES_PER_ADDRESS failures waits out the window.
   */
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(0).default(3),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(900),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(20),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * Proxies whose X-Forwarded-For is believed, comma-separated (addresses, CIDRs, or Express
   * names such as `loopback`). Empty (default): forwarded headers are ignored.
   */
  TRUSTED_PROXIES: z.string().default(''),
  /**
   * 32 bytes, base64 or hex: encrypts TOTP secrets at rest. Unset: a random key is created once
   * in DATA_DIR/totp.key (fine for one instance; several instances must share a set key).
   */
  TOTP_ENCRYPTION_KEY: z.string().optional(),
  /** Key that signs pagination cursors; derived from the database credentials when unset. */
  CURSOR_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  /** Where people reach the web app: links in mails and the setup link start with it. Default http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** smtp://user:pass@host:587 or smtps://…; unset: every mail is written as an .eml file under MAIL_DIR. */
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:/.test(u), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Gemeinwerk <no-reply@gemeinwerk.localhost>'),
  /** Folder of the .eml files when SMTP_URL is unset. Default DATA_DIR/mail. */
  MAIL_DIR: z.string().optional(),
  /** Deliveries tried before a mail becomes a dead letter (backoff between tries: e^n seconds). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(8),
  /** Run the delivery worker in this process (default). false: enqueue only, another instance delivers. */
  MAIL_WORKER: bool.default(true),
  MAIL_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  /** How often the worker looks for retries that are due, in ms (new mails arrive by LISTEN/NOTIFY at once). */
  MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  /** `json` (one JSON object per line, for machines) or `pretty` (coloured, `pnpm dev` only: needs the dev dependency pino-pretty). */
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /** Bearer token that unlocks `/metrics`; unset → `/metrics` answers 404. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** OTLP/HTTP endpoint of a trace collector (e.g. http://otel-collector:4318); unset → no tracing code is loaded. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
});

export type AppConfig = Omit<
  z.infer<typeof schema>,
  'SEED_DEMO' | 'COOKIE_SECURE' | 'CORS_ORIGINS' | 'GRAPHQL_INTROSPECTION' | 'TRUSTED_PROXIES' | 'PUBLIC_URL' | 'MAIL_DIR'
> & {
  TRUSTED_PROXIES: string[];
  PUBLIC_URL: string;
  MAIL_DIR: string;
  SEED_DEMO: boolean;
  COOKIE_SECURE: boolean | 'auto';
  GRAPHQL_INTROSPECTION: 'off' | 'authenticated' | 'on';
  CORS_ORIGINS: string[];
  isProduction: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value stops the boot with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  if (isProduction && c.DATABASE_URL && !c.DATABASE_APP_URL && !c.DATABASE_APP_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_APP_URL or DATABASE_APP_PASSWORD is required in production');
  }

  return {
    ...c,
    SEED_DEMO: c.SEED_DEMO ?? !c.DATABASE_URL,
    COOKIE_SECURE: c.COOKIE_SECURE ?? 'auto',
    GRAPHQL_INTROSPECTION: c.GRAPHQL_INTROSPECTION ?? (isProduction ? 'off' : 'on'),
    CORS_ORIGINS: c.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    TRUSTED_PROXIES: c.TRUSTED_PROXIES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    PUBLIC_URL: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    MAIL_DIR: c.MAIL_DIR ?? path.join(c.DATA_DIR, 'mail'),
    isProduction,
  };
}

/** Whether a host name or address only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** What the operator should hear about at start-up: every setting that weakens security. */
export function securityWarnings(c: AppConfig): string[] {
  const w: string[] = [];
  if (!c.isProduction)
    w.push(`NODE_ENV=${c.NODE_ENV}: development mode (schema introspection, "did you mean" hints). Use \`pnpm start\` to serve anyone else.`);
  if (!isLoopbackHost(c.HOST)) {
    w.push(
      `Listening on ${c.HOST}:${c.PORT} over plain HTTP. Serve others only through an HTTPS reverse proxy (X-Forwarded-Proto from a trusted proxy); passwords and session cookies must not travel unencrypted.`,
    );
  }
  if (c.isProduction && c.COOKIE_SECURE === false) w.push('COOKIE_SECURE=false: session cookies are sent over plain HTTP too.');
  if (c.isProduction && c.GRAPHQL_INTROSPECTION === 'on') w.push('GRAPHQL_INTROSPECTION=on: anonymous callers can read the whole schema.');
  if (c.isProduction && c.SEED_DEMO) w.push('SEED_DEMO: demo accounts with a publicly known password are seeded into this database. Do not expose it.');
  return w;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
