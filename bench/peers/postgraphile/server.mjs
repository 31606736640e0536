// The peer's server process: PostGraphile v5 (grafserv on node:http) over the bench_peer schema.
// Runs under Node 22 (node_modules/.bin/node); start.mjs spawns it and configures it by
// environment. It reports {ready, url} over IPC once the schema is built and the port listens.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const env = process.env;
const connectionString = env.PEER_DATABASE_URL;
const port = Number(env.PEER_PORT ?? 0);
const poolSize = Number(env.PEER_POOL_SIZE ?? 10);
const statementTimeoutMs = Number(env.PEER_STATEMENT_TIMEOUT_MS ?? 15000);
/** Set when the connection is not the app role's own (role switch per transaction, as PostGraphile does). */
const role = env.PEER_ROLE || undefined;
const idleMinutes = Number(env.PEER_SESSION_IDLE_MINUTES ?? 120);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The bearer-token check runs on its own small pool, as the API's session lookup does.
const authPool = new pg.Pool({ connectionString, max: Math.max(2, Math.ceil(poolSize / 2)), statement_timeout: statementTimeoutMs });

/**
 * The user behind a bearer token and the alliances where they hold an active seat, in one round
 * trip (bench_peer_private.session_context is SECURITY DEFINER: it reads sessions and seats before
 * any tenant context exists, like the API's session lookup plus seat lookup).
 */
async function resolveSession(token) {
  if (!token || token.length > 100) return null;
  const hash = createHash('sha256').update(token).digest('hex');
  const { rows } = await authPool.query('SELECT user_id, alliance_ids FROM bench_peer_private.session_context($1, $2)', [hash, idleMinutes]);
  return rows[0] ? { userId: rows[0].user_id, allianceIds: rows[0].alliance_ids } : null;
}

class Unauthenticated extends Error {
  constructor() {
    super('Not signed in');
    this.extensions = { code: 'UNAUTHENTICATED' };
  }
}

/**
 * pgSettings per request, the same three settings the API's TenancyService sets:
 * - app.user_id always;
 * - app.alliance_id when the operation names an alliance (variable `allianceId`) in which the
 *   caller holds an active seat;
 * - app.alliance_ids for cross-alliance reads: the variable `allianceIds` narrowed to the caller's
 *   alliances, or all of them when the operation names no alliance.
 * An alliance that is not the caller's is simply not set, so row-level security shows nothing of it.
 */
async function context(requestContext, args) {
  const header = requestContext.node?.req?.headers?.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const session = await resolveSession(token);
  if (!session) throw new Unauthenticated();
  const vars = args.variableValues ?? {};
  const mine = new Set(session.allianceIds);
  const pgSettings = { 'app.user_id': session.userId };
  if (role) pgSettings.role = role;
  if (typeof vars.allianceId === 'string' && UUID.test(vars.allianceId) && mine.has(vars.allianceId.toLowerCase())) {
    pgSettings['app.alliance_id'] = vars.allianceId.toLowerCase();
  }
  if (Array.isArray(vars.allianceIds)) {
    const readable = vars.allianceIds.filter((id) => typeof id === 'string' && UUID.test(id) && mine.has(id.toLowerCase()));
    pgSettings['app.alliance_ids'] = `{${readable.join(',')}}`;
  } else if (vars.allianceId === undefined) {
    // An operation that names no alliance reads across the caller's alliances (the API's portfolio:
    // TenancyService.activeAllianceIdsOf sets the read list to every alliance with an active seat).
    pgSettings['app.alliance_ids'] = `{${session.allianceIds.join(',')}}`;
  }
  return { pgSettings };
}

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ['bench_peer'],
      poolConfig: { max: poolSize, statement_timeout: statementTimeoutMs },
      pubsub: false,
    }),
  ],
  grafast: { context, explain: false },
  grafserv: { port, graphqlPath: '/graphql', graphiql: false, watch: false, dangerouslyAllowAllCORSRequests: false },
};

const pgl = postgraphile(preset);
await pgl.getSchema(); // build the schema before the first measured request
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
await serv.addTo(server);
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/graphql`;
if (process.send) process.send({ ready: true, url });
else console.log(`PostGraphile peer on ${url}`);

async function shutdown() {
  server.close();
  server.closeAllConnections?.();
  await Promise.allSettled([pgl.release(), authPool.end()]);
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.on('disconnect', shutdown); // the parent went away: do not outlive it
