import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { OfferSearch, PAGE_SIZE } from './portal-public.rules';

/** The portal as the public sees it (theme, map settings). */
export interface PublicPortalRow {
  alliance_id: string;
  slug: string;
  name: string;
  intro: string;
  /** A short hash of the logo (its URL changes with it, so it may be cached long); null: no logo. */
  logo_hash: string | null;
  primary_color: string | null;
  accent_color: string | null;
  map_style_url: string | null;
  tile_url: string | null;
  embed_origins: string[];
  provider_signup_open: boolean;
}

export interface PublicDistrictRow {
  id: string;
  name: string;
  geojson: unknown | null;
}

/** The public columns of a published offer: never the contact e-mail, the revisions or the review state. */
const OFFER_COLUMNS = `o.id, o.title, o.summary, o.categories, o.target_groups, o.age_min, o.age_max, o.district_id,
  d.name AS district_name, o.city, o.latitude::float8 AS latitude, o.longitude::float8 AS longitude, o.schedule_kind,
  o.start_date::text AS start_date, o.end_date::text AS end_date, o.is_free, o.step_free, o.sign_language, o.easy_language, o.languages,
  p.name AS provider_name`;

export interface PublicOfferListRow {
  id: string;
  title: string;
  summary: string;
  categories: string[];
  target_groups: string[];
  age_min: number | null;
  age_max: number | null;
  district_id: string | null;
  district_name: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  schedule_kind: string;
  start_date: string | null;
  end_date: string | null;
  is_free: boolean;
  step_free: boolean;
  sign_language: boolean;
  easy_language: boolean;
  languages: string[];
  provider_name: string;
}

export interface PublicOfferRow extends PublicOfferListRow {
  description: string;
  street: string | null;
  postal_code: string | null;
  schedule: unknown[];
  schedule_note: string;
  cost_note: string;
  registration_required: boolean;
  registration_note: string;
  contact_name: string | null;
  provider_description: string;
  provider_website: string | null;
  confirmed_at: Date | null;
  updated_at: Date;
}

export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

/**
 * The offers a search with words may match, from their search terms (migration PortalSearchTerms):
 * those with one of the query's lexemes, those whose title shares at least the similarity
 * threshold's share of the query's trigrams (`word_similarity` cannot reach it with fewer), and
 * — for a query without any positive word ("-kurs") — all. A superset: `base` then applies the
 * real conditions. Under row-level security only these text equalities can use an index.
 */
const CANDIDATES = `candidates AS MATERIALIZED (
         SELECT offer_id FROM portal_offer_terms
          WHERE alliance_id = $1 AND kind = 'L' AND term = ANY (tsvector_to_array(to_tsvector('german', $2::text)))
         UNION
         SELECT offer_id FROM portal_offer_terms
          WHERE alliance_id = $1 AND kind = 'T' AND term = ANY (show_trgm(lower($2::text)))
          GROUP BY offer_id
         HAVING count(*) >= floor(cardinality(show_trgm(lower($2::text))) * coalesce(nullif(current_setting('pg_trgm.word_similarity_threshold', true), ''), '0.6')::float8)
         UNION
         SELECT id FROM portal_offers
          WHERE alliance_id = $1 AND status = 'PUBLISHED' AND (SELECT querytree(websearch_to_tsquery('german', $2::text)) = 'T')
       )`;

/**
 * The offers that match a search: `base` (text matches, each filter as a flag `m_*`) and `hits`
 * (all filters). A word matches through German full text (stems: "Kurse" finds "Kurs") or, for
 * typos, through trigram word similarity with the title (`<%`, default threshold 0.6).
 * Parameters $1–$10: searchParams().
 */
const matchCte = (s: OfferSearch) => `WITH ${s.q ? `${CANDIDATES},` : ''} base AS MATERIALIZED (
         -- Only what the filters' counts, the order and the map need: the page's other columns are read for its 20 rows only.
         SELECT o.alliance_id, o.id, o.title, o.categories, o.target_groups, o.district_id,
           o.latitude, o.longitude, o.is_free, o.step_free, o.sign_language, o.easy_language, o.languages,
           ${s.q ? "ts_rank(sd.document, websearch_to_tsquery('german', $2::text)) + word_similarity(lower($2::text), lower(o.title))" : '0'} AS rank,
           ($3::text IS NULL OR $3::text = ANY (o.categories)) AS m_category,
           ($4::text IS NULL OR $4::text = ANY (o.target_groups)) AS m_target,
           ($5::int IS NULL OR (coalesce(o.age_min, 0) <= $5::int AND coalesce(o.age_max, 200) >= $5::int)) AS m_age,
           ($6::uuid IS NULL OR o.district_id = $6::uuid) AS m_district,
           ($7::text IS NULL OR o.is_free = ($7::text = 'FREE')) AS m_cost,
           ($8::text IS NULL OR ($8::text = 'STEP_FREE' AND o.step_free) OR ($8::text = 'SIGN_LANGUAGE' AND o.sign_language) OR ($8::text = 'EASY_LANGUAGE' AND o.easy_language)) AS m_access,
           ($9::text IS NULL OR $9::text = ANY (o.languages)) AS m_language,
           ($10::date IS NULL OR CASE WHEN o.schedule_kind = 'DATES'
                THEN EXISTS (SELECT 1 FROM jsonb_array_elements(o.schedule) e WHERE (e ->> 'date') >= $10::text)
                ELSE o.end_date IS NULL OR o.end_date >= $10::date END) AS m_date
         FROM portal_offers o
         ${s.q ? 'JOIN portal_offer_documents sd ON sd.alliance_id = o.alliance_id AND sd.offer_id = o.id' : ''}
         WHERE o.alliance_id = $1 AND o.status = 'PUBLISHED'
           AND ${
             // With words: the candidates (text equality, so an index serves it under row-level
             // security), then the real conditions on them only, reading the stored document.
             s.q
               ? "o.id = ANY (ARRAY(SELECT offer_id FROM candidates)) AND (sd.document @@ websearch_to_tsquery('german', $2::text) OR lower($2::text) <% lower(o.title))"
               : '$2::text IS NULL'
           }
       ),
       hits AS NOT MATERIALIZED (SELECT * FROM base WHERE m_category AND m_target AND m_age AND m_district AND m_cost AND m_access AND m_language AND m_date),`;

const searchParams = (allianceId: string, s: OfferSearch, extra: unknown[] = []) => [
  allianceId,
  s.q,
  s.category,
  s.targetGroup,
  s.age,
  s.districtId,
  s.cost,
  s.accessibility,
  s.language,
  s.from,
  ...extra,
];

/**
 * The public read of the Chancenportal. Runs in a transaction that entered the portal
 * (TenancyService.enterPortal): the `public_read` policies admit only published rows of that one
 * alliance, whatever the SQL asks for. The `status = 'PUBLISHED'` here is for the partial indexes.
 */
@Injectable()
export class PortalPublicRepository {
  portal(em: EntityManager, allianceId: string): Promise<PublicPortalRow | undefined> {
    return one<PublicPortalRow>(
      em,
      `SELECT a.alliance_id, a.slug, s.name, s.intro, left(md5(s.logo_data_url), 12) AS logo_hash, s.primary_color, s.accent_color, a.map_style_url, a.tile_url, a.embed_origins,
              s.provider_signup_open
         FROM portal_public_settings a JOIN portal_settings s ON s.alliance_id = a.alliance_id
        WHERE a.alliance_id = $1`,
      [allianceId],
    );
  }

  /** The logo as stored (a data URL of a re-encoded PNG or JPEG). */
  logo(em: EntityManager, allianceId: string): Promise<string | null> {
    return one<{ logo: string | null }>(em, `SELECT logo_data_url AS logo FROM portal_settings WHERE alliance_id = $1`, [allianceId]).then(
      (r) => r?.logo ?? null,
    );
  }

  districts(em: EntityManager, allianceId: string): Promise<PublicDistrictRow[]> {
    return rows<PublicDistrictRow>(em, `SELECT id, name, geojson FROM districts WHERE alliance_id = $1 ORDER BY name, id`, [allianceId]);
  }

  /**
   * One search: the matching offers with per-filter flags (`m_*`), then in ONE statement the page
   * of hits, their total and the facet counts. Each facet counts what the other filters leave
   * (a facet's own filter is not applied to its counts, so its alternatives stay visible).
   * A word matches through German full text (stems: "Kurse" finds "Kurs") or, for typos, through
   * trigram word similarity with the title (`<%`).
   */
  async search(em: EntityManager, allianceId: string, s: OfferSearch): Promise<{ hits: PublicOfferListRow[]; total: number; facets: FacetRow[] }> {
    const rowsOut = await rows<{ kind: 'hit' | 'facet' | 'total'; hit: PublicOfferListRow | null; facet: string | null; value: string | null; count: number }>(
      em,
      `${matchCte(s)}
       page AS (
         -- The page first (the top rows only, not a sort of every hit), then its 20 offers' columns, providers and districts.
         SELECT ${OFFER_COLUMNS}, row_number() OVER (ORDER BY h.rank DESC, h.title, h.id) AS pos
           FROM (SELECT id, rank, title FROM hits ORDER BY rank DESC, title, id LIMIT $11 OFFSET $12) h
           JOIN portal_offers o ON o.alliance_id = $1 AND o.id = h.id
           JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
          LEFT JOIN districts d ON d.alliance_id = o.alliance_id AND d.id = o.district_id
       ),
       -- All six facets from one pass over the matches: each row spreads its values into one column
       -- per facet (an array is left out where the row does not meet the other facets' filters),
       -- and one grouping-sets aggregate counts every column. The unused columns of a row are NULL.
       spread AS (
         SELECT unnest(CASE WHEN m_target AND m_age AND m_district AND m_cost AND m_access AND m_language AND m_date THEN categories END) AS category,
                unnest(CASE WHEN m_category AND m_age AND m_district AND m_cost AND m_access AND m_language AND m_date THEN target_groups END) AS target_group,
                unnest(CASE WHEN district_id IS NOT NULL AND m_category AND m_target AND m_age AND m_cost AND m_access AND m_language AND m_date
                            THEN ARRAY[district_id::text] END) AS district,
                unnest(CASE WHEN m_category AND m_target AND m_age AND m_district AND m_access AND m_language AND m_date
                            THEN ARRAY[CASE WHEN is_free THEN 'FREE' ELSE 'PAID' END] END) AS cost,
                unnest(CASE WHEN m_category AND m_target AND m_age AND m_district AND m_cost AND m_language AND m_date
                            THEN array_remove(ARRAY[CASE WHEN step_free THEN 'STEP_FREE' END, CASE WHEN sign_language THEN 'SIGN_LANGUAGE' END,
                                                    CASE WHEN easy_language THEN 'EASY_LANGUAGE' END], NULL) END) AS accessibility,
                unnest(CASE WHEN m_category AND m_target AND m_age AND m_district AND m_cost AND m_access AND m_date THEN languages END) AS language
           FROM base
       ),
       counted AS (
         SELECT CASE WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING(target_group) = 0 THEN 'targetGroup'
                     WHEN GROUPING(district) = 0 THEN 'district' WHEN GROUPING(cost) = 0 THEN 'cost'
                     WHEN GROUPING(accessibility) = 0 THEN 'accessibility' ELSE 'language' END AS facet,
                coalesce(category, target_group, district, cost, accessibility, language) AS value,
                count(*)::int AS n
           FROM spread
          GROUP BY GROUPING SETS ((category), (target_group), (district), (cost), (accessibility), (language))
       )
       SELECT 'hit' AS kind, to_jsonb(page) AS hit, NULL AS facet, NULL AS value, 0 AS count FROM page
       UNION ALL SELECT 'total', NULL, NULL, NULL, count(*)::int FROM hits
       UNION ALL SELECT 'facet', NULL, facet, value, n FROM counted WHERE value IS NOT NULL`,
      searchParams(allianceId, s, [PAGE_SIZE, (s.page - 1) * PAGE_SIZE]),
    );
    const hits = rowsOut
      .filter((r) => r.kind === 'hit')
      .map((r) => r.hit as PublicOfferListRow & { pos: number })
      .sort((a, b) => a.pos - b.pos)
      .map(({ pos: _pos, ...hit }) => hit);
    const total = rowsOut.find((r) => r.kind === 'total')?.count ?? 0;
    const facets = rowsOut.filter((r) => r.kind === 'facet').map((r) => ({ facet: r.facet as string, value: r.value as string, count: r.count }));
    return { hits, total, facets };
  }

  /** The map's points: every hit with a position, for clustering in the browser (no paging: the map shows all). */
  points(em: EntityManager, allianceId: string, s: OfferSearch): Promise<{ id: string; title: string; latitude: number; longitude: number }[]> {
    return rows(
      em,
      `${matchCte(s)}
       located AS (SELECT id, title, latitude, longitude FROM hits WHERE latitude IS NOT NULL AND longitude IS NOT NULL)
       SELECT id, title, latitude::float8 AS latitude, longitude::float8 AS longitude FROM located ORDER BY id LIMIT 20000`,
      searchParams(allianceId, s),
    );
  }

  offer(em: EntityManager, allianceId: string, id: string): Promise<PublicOfferRow | undefined> {
    return one<PublicOfferRow>(
      em,
      `SELECT ${OFFER_COLUMNS}, o.description, o.street, o.postal_code, o.schedule, o.schedule_note, o.cost_note, o.registration_required,
              o.registration_note, o.contact_name, p.description AS provider_description, p.website AS provider_website, o.confirmed_at, o.updated_at
         FROM portal_offers o
         JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
         LEFT JOIN districts d ON d.alliance_id = o.alliance_id AND d.id = o.district_id
        WHERE o.alliance_id = $1 AND o.id = $2 AND o.status = 'PUBLISHED'`,
      [allianceId, id],
    );
  }

  /** Where a contact request goes: the offer's contact address, else the provider's. Never answered to the visitor. */
  async contactAddress(em: EntityManager, allianceId: string, id: string): Promise<{ email: string; name: string | null; title: string } | undefined> {
    return one(
      em,
      `SELECT coalesce(nullif(o.contact_email, ''), p.email) AS email, coalesce(o.contact_name, p.name) AS name, o.title
         FROM portal_offers o JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
        WHERE o.alliance_id = $1 AND o.id = $2 AND o.status = 'PUBLISHED' AND coalesce(nullif(o.contact_email, ''), p.email) IS NOT NULL`,
      [allianceId, id],
    );
  }

  sitemap(em: EntityManager, allianceId: string): Promise<{ id: string; updated_at: Date }[]> {
    return rows(em, `SELECT id, updated_at FROM portal_offers WHERE alliance_id = $1 AND status = 'PUBLISHED' ORDER BY updated_at DESC, id LIMIT 50000`, [
      allianceId,
    ]);
  }
}
