import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Scope } from '../../core/auth/decorators';
import type { RequestScope } from '../../core/request-context';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { FreshnessService } from './freshness.service';
import { ImagesService } from './images.service';
import { PlanningService } from './planning.service';
import { ProviderRegistrationService } from './registration.service';
import { OffersService } from './offers.service';
import {
  CreatePortalOfferInput,
  DecideOfferRevisionInput,
  PortalDistrictModel,
  PortalEditorModel,
  PortalFreshnessEntry,
  PortalOfferConfirmed,
  PortalOfferImageModel,
  PortalOfferModel,
  PortalOfferPage,
  PortalOffersFilter,
  PortalPlanningModel,
  PortalProviderModel,
  PortalQueueItem,
  PortalRightsModel,
  PortalSettingsModel,
  RegisterPortalProviderInput,
  UpdatePortalOfferInput,
  UpdatePortalProviderInput,
  UpdatePortalSettingsInput,
  SetPortalLogoInput,
  UploadPortalImageInput,
} from './portal.models';
import { PortalService } from './portal.service';

const ALLIANCE = { type: () => ID };

/** The Chancenportal's workspace side: settings, providers, offers and the editorial queue. */
@Resolver()
export class PortalResolver {
  constructor(
    private readonly portal: PortalService,
    private readonly offers: OffersService,
    private readonly images: ImagesService,
    private readonly freshness: FreshnessService,
    private readonly planningService: PlanningService,
    private readonly registration: ProviderRegistrationService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'A provider signs up to a portal that takes sign-ups: account, organisation and a PROVIDER membership; a link to confirm the address goes by mail. Always true when the portal is open (the answer does not tell whether the address has an account).',
  })
  registerPortalProvider(@Scope() scope: RequestScope, @Args('input') input: RegisterPortalProviderInput): Promise<boolean> {
    return this.registration.register(scope, input);
  }

  @AllianceScoped()
  @Query(() => PortalPlanningModel, { description: 'Offers per target group × district, per capita, next to the activities (editors).' })
  portalPlanning(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.planningService.planning(ctx);
  }

  @AllianceScoped()
  @Query(() => [PortalFreshnessEntry], {
    description: 'One calendar of offers to be confirmed and indicator reports due, fromDay–toDay (YYYY-MM-DD), plus everything overdue (editors).',
  })
  portalFreshness(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('fromDay', { type: () => String }) from: string,
    @Args('toDay', { type: () => String }) to: string,
  ) {
    return this.freshness.calendar(ctx, from, to);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => PortalOfferImageModel, { description: 'Uploads an offer image (JPEG, PNG, WebP; checked, re-encoded without metadata).' })
  uploadPortalImage(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UploadPortalImageInput) {
    return this.images.upload(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Query(() => [PortalOfferImageModel], { description: 'Offer images by id (the own provider’s, or any for editors).' })
  portalImages(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string, @Args('imageIds', { type: () => [ID] }) imageIds: string[]) {
    return this.images.list(ctx, imageIds.slice(0, 20));
  }

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

  @AllianceScoped()
  @Mutation(() => PortalSettingsModel, { description: 'Sets or removes the portal’s logo (backbone): checked, re-encoded without metadata.' })
  setPortalLogo(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetPortalLogoInput) {
    return this.portal.setLogo(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Query(() => [PortalDistrictModel], { description: 'The districts offers may name, by name (providers too).' })
  portalDistricts(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('withShapes', { type: () => Boolean, defaultValue: false }) withShapes: boolean,
  ) {
    return this.portal.districts(ctx, withShapes);
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
  @Query(() => PortalRightsModel, {
    description: 'Whether the caller edits (queue, freshness, planning) and manages (settings) the portal (workspace members).',
  })
  portalRights(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.portal.rights(ctx);
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
    @Args('population', { type: () => Int, nullable: true }) population: number | null | undefined,
    @Args('year', { type: () => Int, nullable: true }) year: number | null | undefined,
  ) {
    return this.portal.setPopulation(ctx, districtId, population ?? null, year ?? null);
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
