import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { OffersService } from './offers.service';
import {
  CreatePortalOfferInput,
  DecideOfferRevisionInput,
  PortalEditorModel,
  PortalOfferConfirmed,
  PortalOfferModel,
  PortalOfferPage,
  PortalOffersFilter,
  PortalProviderModel,
  PortalQueueItem,
  PortalSettingsModel,
  UpdatePortalOfferInput,
  UpdatePortalProviderInput,
  UpdatePortalSettingsInput,
} from './portal.models';
import { PortalService } from './portal.service';

const ALLIANCE = { type: () => ID };

/** The Chancenportal's workspace side: settings, providers, offers and the editorial queue. */
@Resolver()
export class PortalResolver {
  constructor(
    private readonly portal: PortalService,
    private readonly offers: OffersService,
  ) {}

  @AllianceScoped({ providers: true })
  @Query(() => PortalSettingsModel, { description: 'The portal’s name, look and freshness rules (every member, providers too).' })
  portalSettings(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.portal.settings(ctx);
  }

  @AllianceScoped()
  @Mutation(() => PortalSettingsModel, { description: 'Sets up the portal (backbone). Version 0 the first time.' })
  updatePortalSettings(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdatePortalSettingsInput) {
    return this.portal.updateSettings(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Query(() => PortalProviderModel, { nullable: true, description: 'The caller’s own provider profile (null before its first offer).' })
  myPortalProvider(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.portal.myProvider(ctx);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalProviderModel, { description: 'Changes a provider profile (its own people, or the editors).' })
  updatePortalProvider(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdatePortalProviderInput) {
    return this.portal.updateProvider(ctx, input);
  }

  @AllianceScoped()
  @Query(() => [PortalProviderModel], { description: 'All providers of the portal (editors).' })
  portalProviders(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.portal.providers(ctx);
  }

  @AllianceScoped()
  @Query(() => [PortalEditorModel], { description: 'Memberships appointed as editors besides the backbone (backbone).' })
  portalEditors(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.portal.editors(ctx);
  }

  @AllianceScoped()
  @Mutation(() => [PortalEditorModel], { description: 'Appoints a member as editors of the portal, or ends it (backbone).' })
  setPortalEditor(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('appointed') appointed: boolean,
  ) {
    return this.portal.setEditor(ctx, membershipId, appointed);
  }

  @AllianceScoped()
  @Mutation(() => Boolean, { description: 'Sets (or with null removes) a district’s population for the planning view (backbone).' })
  setDistrictPopulation(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('districtId', { type: () => ID }) districtId: string,
    @Args('population', { type: () => Int, nullable: true }) population: number | null,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ) {
    return this.portal.setPopulation(ctx, districtId, population === null ? null : Math.max(0, population), year);
  }

  @AllianceScoped({ providers: true })
  @Query(() => [PortalOfferModel], { description: 'The offers of the caller’s own provider ("Meine Angebote").' })
  myPortalOffers(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.offers.mine(ctx);
  }

  @AllianceScoped({ providers: true })
  @Query(() => PortalOfferModel, { description: 'One offer with its open revision (its provider’s people, or the editors).' })
  portalOffer(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string, @Args('offerId', { type: () => ID }) offerId: string) {
    return this.offers.get(ctx, offerId);
  }

  @AllianceScoped()
  @Query(() => PortalOfferPage, { description: 'All offers by title (editors).' })
  portalOffers(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('filter', { type: () => PortalOffersFilter, nullable: true }) filter: PortalOffersFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.offers.page(ctx, filter ?? {}, page ?? { first: 25 });
  }

  @AllianceScoped()
  @Query(() => [PortalQueueItem], { description: 'The editorial queue: new entries and changes waiting, oldest first (editors).' })
  portalReviewQueue(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.offers.queue(ctx);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalOfferModel, { description: 'Enters a new offer; it waits in the editorial queue.' })
  createPortalOffer(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreatePortalOfferInput) {
    return this.offers.create(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalOfferModel, { description: 'Changes an offer; the change waits in the queue while the published version stays public.' })
  updatePortalOffer(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdatePortalOfferInput) {
    return this.offers.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => PortalOfferModel, { description: 'Approves a waiting revision: it becomes the published version (editors).' })
  approvePortalOfferRevision(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DecideOfferRevisionInput) {
    return this.offers.approve(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => PortalOfferModel, { description: 'Returns a waiting revision to the provider with a reason (editors).' })
  returnPortalOfferRevision(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DecideOfferRevisionInput) {
    return this.offers.giveBack(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalOfferConfirmed, { description: '"Still up to date": renews the offer’s confirmation (one click from the reminder mail).' })
  confirmPortalOffer(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.offers.confirm(ctx, offerId, version);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalOfferModel, { description: 'Takes an offer off the portal, or puts it back.' })
  archivePortalOffer(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('archived', { defaultValue: true }) archived: boolean,
  ) {
    return this.offers.archive(ctx, offerId, version, archived);
  }
}
