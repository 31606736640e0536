import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError, invalid, notFound } from '../../core/errors';
import { limitKey, sharedLimiter, withinLimits } from '../../core/auth/shared-limits';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { isUuid, TenancyService } from '../../core/tenancy/tenancy.service';
import { FacetRow, PortalPublicRepository, PublicOfferListRow, PublicOfferRow, PublicPortalRow } from './portal-public.repository';
import { OfferSearch, PAGE_SIZE, readContact, SitemapEntry, sitemapXml } from './portal-public.rules';

/** Contact requests: per visitor address and per offer, counted in PostgreSQL (all instances share them). */
export const CONTACT_MAX_PER_ADDRESS = 5;
export const CONTACT_MAX_PER_OFFER = 20;
const CONTACT_WINDOW_SECONDS = 60 * 60;

/** The public list item of an offer (no contact data, no review state). */
function listItem(o: PublicOfferListRow) {
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    categories: o.categories,
    targetGroups: o.target_groups,
    ageMin: o.age_min,
    ageMax: o.age_max,
    district: o.district_id ? { id: o.district_id, name: o.district_name } : null,
    city: o.city,
    position: o.latitude !== null && o.longitude !== null ? { lat: o.latitude, lng: o.longitude } : null,
    scheduleKind: o.schedule_kind,
    startDate: o.start_date,
    endDate: o.end_date,
    isFree: o.is_free,
    accessibility: { stepFree: o.step_free, signLanguage: o.sign_language, easyLanguage: o.easy_language },
    languages: o.languages,
    providerName: o.provider_name,
  };
}
export type PublicOfferListItem = ReturnType<typeof listItem>;

function detail(o: PublicOfferRow) {
  return {
    ...listItem(o),
    description: o.description,
    street: o.street,
    postalCode: o.postal_code,
    schedule: o.schedule,
    scheduleNote: o.schedule_note,
    costNote: o.cost_note,
    registrationRequired: o.registration_required,
    registrationNote: o.registration_note,
    contactName: o.contact_name,
    provider: { name: o.provider_name, description: o.provider_description, website: o.provider_website },
    confirmedAt: o.confirmed_at,
    updatedAt: o.updated_at,
    /** A calendar file exists for offers with dates (single dates or a period). */
    dated: isDated(o),
  };
}
export type PublicOfferDetail = ReturnType<typeof detail>;

const isDated = (o: Pick<PublicOfferRow, 'schedule_kind' | 'start_date'> & { schedule?: unknown[] }) =>
  (o.schedule_kind === 'DATES' && Array.isArray(o.schedule) && o.schedule.length > 0) || (o.schedule_kind === 'PERIOD' && !!o.start_date);

function portalView(p: PublicPortalRow) {
  return {
    slug: p.slug,
    name: p.name,
    intro: p.intro,
    /** Served by GET /api/portal/<slug>/logo; the hash makes a new logo a new address. */
    logo: p.logo_hash ? `/api/portal/${p.slug}/logo?v=${p.logo_hash}` : null,
    primaryColor: p.primary_color ?? '#1d4f91',
    accentColor: p.accent_color ?? '#b3541e',
    map: { styleUrl: p.map_style_url, tileUrl: p.tile_url },
    /** While providers may sign up: the id `registerPortalProvider` takes (the alliance's), else null. */
    providerSignup: p.provider_signup_open ? p.alliance_id : null,
  };
}

function facetsView(rows: FacetRow[]): Record<string, { value: string; count: number }[]> {
  const out: Record<string, { value: string; count: number }[]> = { category: [], targetGroup: [], district: [], cost: [], accessibility: [], language: [] };
  for (const r of rows) (out[r.facet] ??= []).push({ value: r.value, count: r.count });
  for (const list of Object.values(out)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return out;
}

/**
 * The public Chancenportal (issue 13): no login, no session. Every read enters the portal's
 * public context first (TenancyService.enterPortal) and then reads under row-level security,
 * which admits only published offers of that one alliance (migration PortalPublicContext).
 */
@Injectable()
export class PortalPublicService {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perOffer: RateLimiterPostgres;

  constructor(
    private readonly db: DataSource,
    private readonly tenancy: TenancyService,
    private readonly repo: PortalPublicRepository,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.perAddress = sharedLimiter(db, 'portal-contact-address', CONTACT_MAX_PER_ADDRESS, CONTACT_WINDOW_SECONDS);
    this.perOffer = sharedLimiter(db, 'portal-contact-offer', CONTACT_MAX_PER_OFFER, CONTACT_WINDOW_SECONDS);
  }

  /** Runs `fn` in a read-only transaction inside the portal's public context; an unknown or closed portal is NOT_FOUND. */
  private read<T>(slug: string, fn: (em: EntityManager, allianceId: string) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      const allianceId = await this.tenancy.enterPortal(em, slug);
      if (!allianceId) throw notFound('PublicPortal');
      return fn(em, allianceId);
    });
  }

  portal(slug: string) {
    return this.read(slug, async (em, allianceId) => {
      const p = await this.repo.portal(em, allianceId);
      if (!p) throw notFound('PublicPortal');
      const districts = await this.repo.districts(em, allianceId);
      return { ...portalView(p), districts };
    });
  }

  /** The portal's logo as bytes and type (only re-encoded PNG or JPEG are stored), or null. */
  async logo(slug: string): Promise<{ type: string; bytes: Buffer } | null> {
    const dataUrl = await this.read(slug, (em, allianceId) => this.repo.logo(em, allianceId));
    const m = dataUrl ? /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl) : null;
    return m ? { type: m[1], bytes: Buffer.from(m[2], 'base64') } : null;
  }

  /** The portal's theme and embed origins (for the served HTML), or null. */
  async settings(slug: string): Promise<(ReturnType<typeof portalView> & { embedOrigins: string[] }) | null> {
    try {
      return await this.read(slug, async (em, allianceId) => {
        const p = await this.repo.portal(em, allianceId);
        return p ? { ...portalView(p), embedOrigins: p.embed_origins } : null;
      });
    } catch (e) {
      if (e instanceof DomainError) return null;
      throw e;
    }
  }

  search(slug: string, s: OfferSearch) {
    return this.read(slug, async (em, allianceId) => {
      const r = await this.repo.search(em, allianceId, s);
      return { total: r.total, page: s.page, pageSize: PAGE_SIZE, offers: r.hits.map(listItem), facets: facetsView(r.facets) };
    });
  }

  /** The hits as GeoJSON points for the map (clustered in the browser). */
  points(slug: string, s: OfferSearch) {
    return this.read(slug, async (em, allianceId) => ({
      type: 'FeatureCollection' as const,
      features: (await this.repo.points(em, allianceId, s)).map((p) => ({
        type: 'Feature' as const,
        id: p.id,
        properties: { id: p.id, title: p.title },
        geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
      })),
    }));
  }

  offer(slug: string, id: string) {
    return this.read(slug, async (em, allianceId) => {
      const o = isUuid(id) ? await this.repo.offer(em, allianceId, id) : undefined;
      if (!o) throw notFound('PublicOffer');
      return detail(o);
    });
  }

  /** The offer and the portal together (for the HTML head the server writes), or null. */
  async page(slug: string, id: string | null) {
    try {
      return await this.read(slug, async (em, allianceId) => {
        const p = await this.repo.portal(em, allianceId);
        if (!p) return null;
        const o = id && isUuid(id) ? await this.repo.offer(em, allianceId, id) : undefined;
        if (id && !o) return null;
        return { portal: portalView(p), offer: o ? detail(o) : null };
      });
    } catch (e) {
      if (e instanceof DomainError) return null;
      throw e;
    }
  }

  /** An iCalendar file of a dated offer (single dates, or a period as one all-day span). */
  async ics(slug: string, id: string): Promise<string | null> {
    const page = await this.page(slug, id);
    const o = page?.offer;
    if (!page || !o || !o.dated) return null;
    const url = `${this.config.PUBLIC_URL}/portal/${slug}/angebote/${o.id}`;
    const cal = ical({
      name: `${page.portal.name}: ${o.title}`,
      prodId: { company: 'Gemeinwerk', product: 'Chancenportal', language: 'DE' },
      method: ICalCalendarMethod.PUBLISH,
    });
    const location = [o.street, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || undefined;
    const dates = o.scheduleKind === 'DATES' ? (o.schedule as { date?: string; from?: string; to?: string }[]).filter((d) => typeof d?.date === 'string') : [];
    if (o.scheduleKind === 'PERIOD' && o.startDate) {
      const end = new Date(`${o.endDate ?? o.startDate}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      cal.createEvent({
        id: `${o.id}@gemeinwerk`,
        start: new Date(`${o.startDate}T00:00:00Z`),
        end,
        allDay: true,
        summary: o.title,
        description: o.summary,
        url,
        location,
      });
    }
    dates.forEach((d, i) => {
      const time = (t: string | undefined) => (t && /^\d{2}:\d{2}$/.test(t) ? t : null);
      const from = time(d.from);
      const to = time(d.to);
      const start = from ? new Date(`${d.date}T${from}:00`) : new Date(`${d.date}T00:00:00Z`);
      const end = from && to ? new Date(`${d.date}T${to}:00`) : undefined;
      cal.createEvent({
        id: `${o.id}-${i}@gemeinwerk`,
        start,
        end,
        allDay: !from,
        timezone: from ? 'Europe/Berlin' : undefined,
        summary: o.title,
        description: o.summary,
        url,
        location,
      });
    });
    return cal.toString();
  }

  /**
   * A visitor's question to the provider of a published offer: checked, rate limited (per address
   * and per offer), mailed through the outbox to the offer's contact (or the provider's) address,
   * which the visitor never sees. A filled honeypot answers like a success and sends nothing.
   */
  async contact(slug: string, id: string, body: unknown, ip: string | null): Promise<{ sent: true }> {
    const { input, problems } = readContact(body);
    if (input.website) return { sent: true };
    if (problems.length) throw invalid(problems);
    if (!isUuid(id)) throw notFound('PublicOffer');
    return this.db.transaction(async (em) => {
      const allianceId = await this.tenancy.enterPortal(em, slug);
      if (!allianceId) throw notFound('PublicPortal');
      const portal = await this.repo.portal(em, allianceId);
      const to = await this.repo.contactAddress(em, allianceId, id);
      if (!portal || !to) throw notFound('PublicOffer');
      await this.consume(ip, `${allianceId}:${id}`);
      await this.outbox.enqueue(em, {
        kind: 'PORTAL_CONTACT',
        template: 'portalContact',
        to: to.email,
        locale: 'de',
        name: to.name,
        link: this.outbox.link(`/portal/${slug}/angebote/${id}`),
        params: { offer: to.title, portal: portal.name, visitor: input.name, visitorEmail: input.email, message: input.message },
      });
      return { sent: true as const };
    });
  }

  private consume(ip: string | null, offerKey: string) {
    return withinLimits(async () => {
      await this.perOffer.consume(limitKey(offerKey));
      await this.perAddress.consume(limitKey(ip ?? 'unknown'));
    });
  }

  async sitemap(slug: string): Promise<string | null> {
    try {
      return await this.read(slug, async (em, allianceId) => {
        const base = `${this.config.PUBLIC_URL}/portal/${slug}`;
        const offers = await this.repo.sitemap(em, allianceId);
        const entries: SitemapEntry[] = [
          { loc: base, lastmod: (offers[0]?.updated_at ?? new Date()).toISOString().slice(0, 10) },
          ...offers.map((o) => ({ loc: `${base}/angebote/${o.id}`, lastmod: o.updated_at.toISOString().slice(0, 10) })),
        ];
        return sitemapXml(entries);
      });
    } catch (e) {
      if (e instanceof DomainError) return null;
      throw e;
    }
  }
}
