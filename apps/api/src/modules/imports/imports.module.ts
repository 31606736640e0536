import { Module } from '@nestjs/common';
import { ImportKinds } from './import-kind';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/**
 * The one import pipeline of the product. Other modules import this module and register their
 * kind (`ImportKinds.register`) — measurements do so in measurements/measurement-import.kind.ts.
 */
@Module({
  providers: [ImportKinds, ImportsRepository, ImportsService, ImportsResolver],
  controllers: [ImportsController],
  exports: [ImportKinds],
})
export class ImportsModule {}
