import type { Client } from 'pg';

/** The public addresses of the demo portals: /portal/<slug>. */
export const DEMO_PORTAL_SLUGS: Record<string, string> = {
  'Bildungsbündnis Musterstadt': 'musterstadt',
  'Klimaallianz Nordkreis': 'nordkreis',
};

/**
 * Gives each demo alliance its public portal address (issue 13). Whether the portal is open and
 * what it shows come from the portal's own settings and offers (seeded with modules/portal's
 * demo data); without an enabled portal the address answers "not found". No map style or tile
 * URL: the default map needs no network.
 */
export async function seedPortalPublic(client: Client, allianceId: string, allianceName: string): Promise<void> {
  const slug = DEMO_PORTAL_SLUGS[allianceName];
  if (!slug) return;
  await client.query(`INSERT INTO portal_public_settings (alliance_id, slug, embed_origins) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    allianceId,
    slug,
    ['http://localhost:8080'],
  ]);
}
