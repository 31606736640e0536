import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Client } from 'pg';
import { type AppOptions, createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { hashPassword } from '../core/auth/password';
import { Database, openDatabase } from '../database/database';
import { cloneTestDatabase } from './test-database';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  lang?: string;
  headers?: Record<string, string>;
}

export const PASSWORD = 'richtig-geheim-123';

/**
 * The real application on its own cloned database, listening on a free port. Tests talk to it
 * over HTTP like any client; `sql()` runs as the owner for set-up and for checking outcomes.
 */
export class TestApp {
  private owner!: Client;
  private constructor(
    readonly url: string,
    readonly databaseUrl: string,
    readonly database: Database,
    private readonly app: NestExpressApplication,
    private readonly dropDb: () => Promise<void>,
  ) {}

  static async start(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
    const db = await cloneTestDatabase();
    // The global setup gave the app role its password once; parallel boots must not ALTER ROLE
    // concurrently ("tuple concurrently updated"), so they connect with a ready app URL.
    const appUrl = new URL(db.url);
    appUrl.username = 'gemeinwerk_app';
    appUrl.password = 'gemeinwerk-test';
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DATABASE_APP_URL: appUrl.toString(),
      DATABASE_APP_PASSWORD: 'gemeinwerk-test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      WEB_DIST: '/nonexistent',
      // Mail: queued in every test app, delivered only where a test turns the worker on.
      MAIL_WORKER: 'false',
      MAIL_DIR: path.join(os.tmpdir(), `gw-mail-${db.url.split('/').pop()}`),
      PUBLIC_URL: 'http://gemeinwerk.test',
      ...env,
    });
    const database = await openDatabase(config);
    const app = await createApp(config, database, options);
    await app.listen(0, '127.0.0.1');
    // Node closes an idle keep-alive socket after 5 s; fetch (undici) keeps it for 4 s. On a loaded
    // 2-core machine an event-loop stall can let the server's timer fire while the client reuses the
    // socket, and the request dies with ECONNRESET (seen once in the fuzz suite). A long server-side
    // keep-alive removes that race; the client still drops sockets by the Keep-Alive hint.
    const server = app.getHttpServer() as import('node:http').Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const t = new TestApp(await app.getUrl(), db.url, database, app, db.drop);
    t.owner = new Client({ connectionString: db.url });
    await t.owner.connect();
    return t;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
    await this.owner.end();
    await this.dropDb();
  }

  /** A provider of the running app (e.g. Metrics, or what a service printed). */
  get<T>(token: abstract new (...args: never[]) => T): T {
    return this.app.get(token as never) as T;
  }

  /** The link as the test app serves it: PUBLIC_URL's origin swapped for the app's real one. */
  local(link: string): string {
    const u = new URL(link);
    return `${this.url}${u.pathname}${u.search}${u.hash}`;
  }

  /** The schema the running app serves, printed as SDL. */
  schemaSdl(): string {
    return printSchema(lexicographicSortSchema(this.app.get(GraphQLSchemaHost).schema));
  }

  /** Runs SQL as the database owner (bypassing the app's role): for fixtures and assertions. */
  async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.owner.query(text, params)).rows as T[];
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': opts.lang ?? 'de', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    const res = await fetch(`${this.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors, headers: res.headers };
  }

  /** Like gql() but fails the test on any error. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<T> {
    const r = await this.gql<T>(query, variables, opts);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  // ── factories ────────────────────────────────────────────────────────────

  async createUser(opts: { email?: string; name?: string; organisationName?: string; organisationKind?: string } = {}) {
    const id = randomUUID();
    const email = opts.email ?? `user-${id.slice(0, 8)}@example.org`;
    await this.sql(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [
      id,
      email,
      opts.name ?? 'Test Person',
      await hashPassword(PASSWORD),
    ]);
    const organisationId = randomUUID();
    await this.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, $3)`, [
      organisationId,
      opts.organisationName ?? `Org ${id.slice(0, 8)}`,
      opts.organisationKind ?? 'NGO',
    ]);
    await this.sql(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [id, organisationId]);
    return { id, email, organisationId };
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const d = await this.ok(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password } });
    return d.login.token;
  }

  async userWithToken(opts: Parameters<TestApp['createUser']>[0] = {}) {
    const user = await this.createUser(opts);
    return { ...user, token: await this.login(user.email) };
  }

  async createAlliance(token: string, name = 'Testbündnis'): Promise<string> {
    const d = await this.ok(`mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, { i: { name } }, { token });
    return d.createAlliance.id;
  }

  /**
   * Invites a new organisation in `role` and accepts as its contact person, creating the account;
   * returns that person's token. (An existing organisation's invitation goes to its admins.)
   */
  async addMember(backboneToken: string, allianceId: string, role: MembershipRoleName) {
    const tag = randomUUID().slice(0, 8);
    const email = `user-${tag}@example.org`;
    const invite = await this.ok(
      `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token invitation { id } } }`,
      { i: { allianceId, organisationName: `${role} org ${tag.slice(0, 6)}`, organisationKind: 'NGO', role, email } },
      { token: backboneToken },
    );
    const accepted = await this.ok(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token membership { id organisation { id } } } }`, {
      i: { token: invite.inviteOrganisation.token, name: 'Test Person', password: PASSWORD, mode: 'TOKEN' },
    });
    const [{ id }] = await this.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
    const a = accepted.acceptInvitation;
    return { id, email, organisationId: a.membership.organisation.id as string, token: a.token as string, membershipId: a.membership.id as string };
  }

  /**
   * Brings `who`'s organisation into the alliance in `role` and accepts as `who`. An organisation
   * that `who` already administers is invited as itself (the invitation goes to its admins). A
   * test user made by createUser() administers nothing yet: like on the platform, their
   * organisation first arrives as a NEW one, invited to their address; `who.organisationId` then
   * becomes that organisation's id (same name and kind), for this and later joins.
   */
  async joinOrganisation(
    backboneToken: string,
    allianceId: string,
    role: MembershipRoleName,
    who: { id?: string; organisationId: string; email: string; token: string },
  ) {
    const admin = await this.sql(
      `SELECT 1 FROM alliance_seats s JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
        WHERE s.user_id = (SELECT id FROM users WHERE email = $1) AND s.is_admin AND m.organisation_id = $2`,
      [who.email, who.organisationId],
    );
    let input: Record<string, unknown> = { allianceId, organisationId: who.organisationId, role };
    if (!admin.length) {
      const [org] = await this.sql<{ name: string; kind: string }>(`SELECT name, kind FROM organisations WHERE id = $1`, [who.organisationId]);
      input = { allianceId, organisationName: org.name, organisationKind: org.kind, role, email: who.email };
    }
    const invite = await this.ok(`mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token } }`, { i: input }, { token: backboneToken });
    const d = await this.ok(
      `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { membership { id organisation { id } } } }`,
      { i: { token: invite.inviteOrganisation.token } },
      { token: who.token },
    );
    who.organisationId = d.acceptInvitation.membership.organisation.id;
    return d.acceptInvitation.membership.id as string;
  }

  /** One alliance with a token per role: the fixture most permission tests need. */
  async allianceWithRoles(name = 'Testbündnis') {
    const backbone = await this.userWithToken({ organisationName: `Geschäftsstelle ${name}`, organisationKind: 'PUBLIC_BODY' });
    const allianceId = await this.createAlliance(backbone.token, name);
    const partner = await this.addMember(backbone.token, allianceId, 'PARTNER');
    const funder = await this.addMember(backbone.token, allianceId, 'FUNDER');
    const observer = await this.addMember(backbone.token, allianceId, 'OBSERVER');
    return { allianceId, backbone, partner, funder, observer };
  }
}
