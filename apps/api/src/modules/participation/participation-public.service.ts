import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError, invalid, notFound } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { DATABASE_APP_URL } from '../../database/database';
import { deriveSecret } from '../notifications/unsubscribe-token';
import { reencode } from '../portal/images.service';
import { ProofOfWork } from './altcha';
import {
  DEFAULT_TARGET_GROUPS,
  Guard,
  isUuidText,
  PHOTO_MAX_BYTES,
  photoTooLarge,
  readAbuse,
  readFeedback,
  readGuard,
  readReport,
  readReportFilter,
  readSupport,
} from './participation-public.rules';
import { REPORT_CATEGORIES } from './participation.entity';
import { ItemRow, ParticipationRepository } from './participation.repository';

/** Posts (reports, feedback, abuse reports) and supports per visitor address, counted in PostgreSQL (all instances share them). */
export const POSTS_PER_ADDRESS = 10;
export const SUPPORTS_PER_ADDRESS = 30;
const WINDOW_SECONDS = 10 * 60;
/** A solved challenge is good for this long, and once. */
const CHALLENGE_SECONDS = 20 * 60;

const digest = (v: string) => createHash('sha256').update(v).digest('hex');
const token = () => randomBytes(24).toString('base64url');

/** The public shape of a report (never the e-mail, the moderation, the forwarding note or the photo bytes). */
export function publicReport(r: ItemRow) {
  return {
    id: r.id,
    category: r.category,
    targetGroup: r.targetGroup,
    districtId: r.districtId,
    districtName: r.districtName,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    description: r.text,
    status: r.status,
    statusReason: r.statusReason,
    publicAnswer: r.publicAnswer,
    answeredBy: r.answeredByName,
    supportCount: r.supportCount,
    createdAt: r.createdAt,
    hasPhoto: r.hasPhoto,
  };
}

export function publicFeedback(r: ItemRow) {
  return {
    id: r.id,
    authorLabel: r.authorLabel,
    text: r.text,
    rating: r.rating,
    createdAt: r.createdAt,
    answer: r.publicAnswer ? { text: r.publicAnswer, organisationName: r.answeredByName, answeredAt: r.answeredAt } : null,
    changed: r.changedText ? { text: r.changedText, markedAt: r.changedAt } : null,
  };
}

const history = (r: ItemRow) => r.history.map((h) => ({ status: h.status, at: h.at, reason: h.reason }));

export interface UploadedPhoto {
  bytes: Buffer;
}

/**
 * The public side of co-production (issue 16): citizens write feedback on offers and report
 * needs and barriers, without an account. Every request enters the portal's public context
 * (gw_enter_portal) and works under row-level security, which admits approved items only (plus
 * the one item whose follow/confirmation token the request names) and lets the public context
 * add PENDING items, never publish one. Spam protection without a third party: a rate limit per
 * address in PostgreSQL, a honeypot field and a self-hosted ALTCHA proof of work (each solved
 * challenge is accepted once).
 */
@Injectable()
export class ParticipationPublicService {
  private readonly posts: RateLimiterPostgres;
  private readonly supports: RateLimiterPostgres;
  private readonly pow: ProofOfWork;

  constructor(
    private readonly db: DataSource,
    private readonly tenancy: TenancyService,
    private readonly repo: ParticipationRepository,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_APP_URL) appUrl: string,
  ) {
    const store = { storeClient: db, storeType: 'typeorm', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false };
    this.posts = new RateLimiterPostgres({ ...store, keyPrefix: 'participation-post', points: POSTS_PER_ADDRESS, duration: WINDOW_SECONDS });
    this.supports = new RateLimiterPostgres({ ...store, keyPrefix: 'participation-support', points: SUPPORTS_PER_ADDRESS, duration: WINDOW_SECONDS });
    const used = new RateLimiterPostgres({ ...store, keyPrefix: 'participation-pow-used', points: 1, duration: CHALLENGE_SECONDS });
    this.pow = new ProofOfWork(deriveSecret('altcha', config.CURSOR_SECRET, appUrl).toString('hex'), CHALLENGE_SECONDS, used);
  }

  private read<T>(slug: string, fn: (em: EntityManager, allianceId: string) => Promise<T>, write = false): Promise<T> {
    return this.db.transaction(async (em) => {
      if (!write) await em.query('SET TRANSACTION READ ONLY');
      const allianceId = await this.tenancy.enterPortal(em, slug);
      if (!allianceId) throw notFound('PublicPortal');
      return fn(em, allianceId);
    });
  }

  /** Rate limit first (a flood is refused before anything else is looked at), then honeypot, then the proof of work. */
  private async admit(limiter: RateLimiterPostgres, ip: string | null, guard: Guard): Promise<void> {
    try {
      await limiter.consume(digest(ip ?? 'unknown'));
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(e.msBeforeNext / 1000) });
    }
    if (guard.website) throw new DomainError('SPAM_SUSPECTED', {});
    if (!(await this.pow.verify(guard.altcha))) throw new DomainError('PROOF_OF_WORK_INVALID', {});
  }

  challenge() {
    return this.pow.challenge();
  }

  meta(slug: string, locale: 'de' | 'en') {
    return this.read(slug, async (em, allianceId) => {
      const used = (await this.repo.offerTargetGroups(em, allianceId)).map((r) => r.value);
      const groups = used.length ? used.map((key) => DEFAULT_TARGET_GROUPS.find((g) => g.key === key) ?? { key, de: key, en: key }) : DEFAULT_TARGET_GROUPS;
      return {
        categories: [...REPORT_CATEGORIES],
        targetGroups: groups.map((g) => ({ key: g.key, label: g[locale] })),
        districts: await this.repo.districts(em, allianceId),
        easyLanguage: true,
        photo: { maxBytes: PHOTO_MAX_BYTES, types: ['image/jpeg', 'image/png', 'image/webp'] },
      };
    });
  }

  async submitFeedback(slug: string, offerId: string, body: unknown, ip: string | null) {
    await this.admit(this.posts, ip, readGuard(body));
    const { input, problems } = readFeedback(body);
    if (problems.length) throw invalid(problems);
    if (!isUuidText(offerId)) throw notFound('PublicOffer');
    return this.read(
      slug,
      async (em, allianceId) => {
        if (!(await this.repo.publishedOffer(em, allianceId, offerId))) throw notFound('PublicOffer');
        return this.insert(em, allianceId, slug, {
          kind: 'FEEDBACK',
          offerId,
          category: null,
          targetGroup: null,
          districtId: null,
          address: null,
          lat: null,
          lng: null,
          text: input.text,
          rating: input.rating,
          authorLabel: input.authorLabel,
          locale: input.locale,
          email: input.email,
          photo: null,
          photoMime: null,
        });
      },
      true,
    );
  }

  async submitReport(slug: string, fields: Record<string, unknown>, photo: UploadedPhoto | null, ip: string | null) {
    await this.admit(this.posts, ip, readGuard(fields));
    const { input, problems } = readReport(fields);
    if (problems.length) throw invalid(problems);
    let stored: { data: Buffer; mimeType: string } | null = null;
    if (photo) {
      if (photoTooLarge(photo.bytes)) throw photoRefused();
      // Re-encoding drops EXIF, GPS and all other metadata; the place is only what the reporter pinned.
      stored = await reencode(photo.bytes).catch(() => {
        throw photoRefused();
      });
    }
    return this.read(
      slug,
      async (em, allianceId) => {
        if (input.districtId && !(await this.repo.districts(em, allianceId)).some((d) => d.id === input.districtId)) {
          throw invalid([{ field: 'districtId', code: 'invalid' }]);
        }
        return this.insert(em, allianceId, slug, {
          kind: 'REPORT',
          offerId: null,
          category: input.category,
          targetGroup: input.targetGroup,
          districtId: input.districtId,
          address: input.address,
          lat: input.lat,
          lng: input.lng,
          text: input.description,
          rating: null,
          authorLabel: null,
          locale: input.locale,
          email: input.email,
          photo: stored?.data ?? null,
          photoMime: stored?.mimeType ?? null,
        });
      },
      true,
    );
  }

  private async insert(
    em: EntityManager,
    allianceId: string,
    slug: string,
    item: Omit<Parameters<ParticipationRepository['insertItem']>[2], 'id' | 'followTokenHash' | 'confirmTokenHash'>,
  ) {
    const id = randomUUID();
    const followToken = token();
    const confirmToken = item.email ? token() : null;
    await this.repo.insertItem(em, allianceId, {
      ...item,
      id,
      followTokenHash: digest(followToken),
      confirmTokenHash: confirmToken ? digest(confirmToken) : null,
    });
    await this.repo.addHistory(em, allianceId, id, 'RECEIVED', null);
    if (item.email && confirmToken) {
      const portal = await this.repo.portal(em, allianceId);
      await this.outbox.enqueue(em, {
        kind: 'PARTICIPATION_CONFIRM',
        template: 'participationConfirm',
        to: item.email,
        locale: item.locale,
        link: this.outbox.link(`/portal/${slug}/beteiligung/bestaetigen`, confirmToken),
        params: { portal: portal?.name ?? '' },
      });
    }
    return { id, followToken };
  }

  feedback(slug: string, offerId: string) {
    return this.read(slug, async (em, allianceId) => {
      if (!isUuidText(offerId) || !(await this.repo.publishedOffer(em, allianceId, offerId))) throw notFound('PublicOffer');
      return { items: (await this.repo.publicFeedback(em, allianceId, offerId)).map(publicFeedback) };
    });
  }

  reports(slug: string, query: Record<string, unknown>) {
    return this.read(slug, async (em, allianceId) => ({ items: (await this.repo.publicReports(em, allianceId, readReportFilter(query))).map(publicReport) }));
  }

  report(slug: string, id: string) {
    return this.read(slug, async (em, allianceId) => {
      const r = isUuidText(id) ? await this.repo.publicItem(em, allianceId, id, 'REPORT') : undefined;
      if (!r) throw notFound('ParticipationReport');
      return { ...publicReport(r), history: history(r) };
    });
  }

  photo(slug: string, id: string) {
    return this.read(slug, async (em, allianceId) => {
      const r = isUuidText(id) ? await this.repo.publicItem(em, allianceId, id, 'REPORT') : undefined;
      const p = r?.hasPhoto ? await this.repo.photo(em, allianceId, id) : undefined;
      if (!p) throw notFound('ParticipationReport');
      return p;
    });
  }

  follow(slug: string, followToken: string) {
    return this.read(slug, async (em, allianceId) => {
      const hash = digest(followToken);
      await this.repo.useToken(em, hash);
      const r = await this.repo.byFollowToken(em, allianceId, hash);
      if (!r) throw notFound('ParticipationItem');
      return {
        kind: r.kind,
        id: r.id,
        status: r.kind === 'REPORT' ? r.status : r.moderation === 'REJECTED' ? 'DECLINED' : r.moderation === 'APPROVED' ? 'IN_REVIEW' : 'RECEIVED',
        statusReason: r.statusReason ?? (r.moderation === 'REJECTED' ? r.moderationReason : null),
        history: history(r),
        published: r.moderation === 'APPROVED',
        offerId: r.offerId,
        /** A duplicate merged into another report: follow that one (its page is public). */
        mergedIntoId: r.mergedIntoId,
      };
    });
  }

  confirm(slug: string, confirmToken: string) {
    return this.read(
      slug,
      async (em, allianceId) => {
        const hash = digest(confirmToken);
        await this.repo.useToken(em, hash);
        if (!(await this.repo.confirm(em, allianceId, hash))) throw new DomainError('VERIFICATION_LINK_INVALID', {});
        return { confirmed: true };
      },
      true,
    );
  }

  async support(slug: string, id: string, body: unknown, ip: string | null) {
    await this.admit(this.supports, ip, readGuard(body));
    const { voterToken, problems } = readSupport(body);
    if (problems.length) throw invalid(problems);
    return this.read(
      slug,
      async (em, allianceId) => {
        const r = isUuidText(id) ? await this.repo.publicItem(em, allianceId, id, 'REPORT') : undefined;
        if (!r) throw notFound('ParticipationReport');
        // The browser's token as a digest, the same for every report, so that merged duplicates count a browser once.
        const added = await this.repo.support(em, allianceId, id, digest(voterToken));
        return { supportCount: r.supportCount + (added ? 1 : 0), alreadySupported: !added };
      },
      true,
    );
  }

  async abuse(slug: string, body: unknown, ip: string | null) {
    await this.admit(this.posts, ip, readGuard(body));
    const { input, problems } = readAbuse(body);
    if (problems.length) throw invalid(problems);
    return this.read(
      slug,
      async (em, allianceId) => {
        const kind = input.itemType === 'REPORT' ? 'REPORT' : input.itemType === 'FEEDBACK' ? 'FEEDBACK' : null;
        const item =
          (await this.repo.publicItem(em, allianceId, input.itemId, kind ?? 'REPORT')) ??
          (kind ? undefined : await this.repo.publicItem(em, allianceId, input.itemId, 'FEEDBACK'));
        if (!item || (input.itemType === 'ANSWER' && !item.publicAnswer)) throw notFound('ParticipationItem');
        await this.repo.abuse(em, allianceId, item.id, input.itemType, input.reason);
        return { received: true };
      },
      true,
    );
  }
}

const photoRefused = () => new DomainError('IMAGE_INVALID', { maxKb: PHOTO_MAX_BYTES / 1024, minPx: 64 });
