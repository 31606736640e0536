import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CheckImportInput, ImportBatchModel, ImportBatchPage, ImportBatchStepInput, ImportKindModel, ImportRowPage } from './imports.models';
import { ImportsService } from './imports.service';

/** The import pipeline after the upload (POST /imports/upload): mapping and dry-run, commit, undo. */
@Resolver()
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @AllianceScoped()
  @Query(() => [ImportKindModel], { description: 'What the caller may import here, with the fields of each kind.' })
  importKinds(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.imports.kindsFor(ctx);
  }

  @AllianceScoped()
  @Query(() => ImportBatchPage, { description: "Import batches, newest first: the backbone's all, everyone else's their own." })
  importBatches(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.imports.list(ctx, page);
  }

  @AllianceScoped()
  @Query(() => ImportBatchModel)
  importBatch(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('batchId', { type: () => ID }) batchId: string,
  ) {
    return this.imports.get(ctx, batchId);
  }

  @AllianceScoped()
  @Query(() => ImportRowPage, { description: 'The rows of a batch as read, with the problems of the last check (onlyProblems: the rows that have some).' })
  importRows(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('batchId', { type: () => ID }) batchId: string,
    @Args('onlyProblems', { defaultValue: false }) onlyProblems: boolean,
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.imports.rows(ctx, batchId, onlyProblems, page);
  }

  @AllianceScoped()
  @Mutation(() => ImportBatchModel, { description: 'Saves the column mapping (remembered for the alliance) and checks every row without writing (dry-run).' })
  checkImport(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CheckImportInput) {
    return this.imports.check(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ImportBatchModel, { description: 'Writes a checked batch without problems: all rows or none (large files as a job; poll importBatch).' })
  commitImport(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ImportBatchStepInput) {
    return this.imports.commit(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ImportBatchModel, { description: 'Takes a committed batch back, while nothing was built on its records since.' })
  undoImport(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ImportBatchStepInput) {
    return this.imports.undo(ctx, input);
  }
}
