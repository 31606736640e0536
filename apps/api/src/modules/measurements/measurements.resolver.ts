import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { BulkMeasurementsService } from './bulk-measurements.service';
import {
  ApproveMeasurementInput,
  ApproveMeasurementsInput,
  DeclareOverlapInput,
  MeasurementFilter,
  RejectMeasurementInput,
  RemoveOverlapInput,
  ReopenMeasurementInput,
  SaveMeasurementInput,
  SubmitMeasurementInput,
  SubmitMeasurementsInput,
} from './measurements.inputs';
import { MeasurementModel, MeasurementPage, SubmitMeasurementsPayload } from './measurements.models';
import { MeasurementsService } from './measurements.service';
import { OverlapsService } from './overlaps.service';

@Resolver()
export class MeasurementsResolver {
  constructor(
    private readonly service: MeasurementsService,
    private readonly bulk: BulkMeasurementsService,
    private readonly overlaps: OverlapsService,
  ) {}

  @AllianceScoped()
  @Query(() => MeasurementPage, {
    name: 'measurements',
    description: "Reported values the caller may read: backbone all; partners their own and others' approved; funders approved; observers none.",
  })
  listMeasurements(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('filter', { type: () => MeasurementFilter, nullable: true }) filter: MeasurementFilter | undefined,
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.service.list(ctx, filter, page);
  }

  @AllianceScoped()
  @Query(() => MeasurementPage, { description: 'Submitted values waiting for review, longest waiting first (backbone only).' })
  reviewQueue(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.service.reviewQueue(ctx, page);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel, { description: 'Saves a DRAFT (new, or replacing a DRAFT/REJECTED one: values, parts and note).' })
  saveMeasurement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SaveMeasurementInput) {
    return this.service.saveMeasurement(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => SubmitMeasurementsPayload, {
    description: 'Saves (and optionally submits) many values, all or nothing: on any bad row nothing is written and every bad row is listed.',
  })
  submitMeasurements(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SubmitMeasurementsInput) {
    return this.bulk.submitMeasurements(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel)
  submitMeasurement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SubmitMeasurementInput) {
    return this.service.submitMeasurement(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel)
  approveMeasurement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ApproveMeasurementInput) {
    return this.service.approveMeasurement(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => [MeasurementModel], {
    description: 'Approves several submitted values at once: all or nothing (a stale version or a value no longer submitted stops the batch).',
  })
  approveMeasurements(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ApproveMeasurementsInput) {
    return this.service.approveMeasurements(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel)
  rejectMeasurement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: RejectMeasurementInput) {
    return this.service.rejectMeasurement(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel, { description: 'Returns an APPROVED value to the partner as a DRAFT, with the reason (backbone only).' })
  reopenMeasurement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ReopenMeasurementInput) {
    return this.service.reopenMeasurement(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel, { description: 'Declares how much of a SUM value are the same people another member reported.' })
  declareOverlap(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeclareOverlapInput) {
    return this.overlaps.declareOverlap(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MeasurementModel)
  removeOverlap(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: RemoveOverlapInput) {
    return this.overlaps.removeOverlap(ctx, input);
  }
}
