// Only the cold dashboard (Chromium) at a size: node bench/tools/cold.mjs [M]
import { fixtureOf } from '../lib/dataset.mjs';
import { openBenchDatabase, refreshSessions } from '../lib/db.mjs';
import { startApi } from '../lib/systems.mjs';
import { coldDashboard } from '../web/cold-dashboard.mjs';
const db = await openBenchDatabase({ size: process.argv[2] ?? 'M', seed: 1 });
await refreshSessions(db.url);
const fx = fixtureOf(1);
const api = await startApi(db);
try {
  console.log(
    JSON.stringify(
      await coldDashboard({
        apiUrl: api.url,
        allianceId: fx.featured,
        token: fx.tokens.backbone,
        expectedRows: fx.indicatorIds.length,
        runs: Number(process.argv[3] ?? 3),
      }),
    ),
  );
} finally {
  await api.stop();
  await db.stop();
}
