import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { ActivityImportKind } from './activity-import.kind';
import { ActivityImportRepository } from './activity-import.repository';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesResolver } from './activities.resolver';
import { ActivitiesService } from './activities.service';
import { ActivityMapRepository } from './activity-map.repository';
import { ActivityMapService } from './activity-map.service';

/** Condition 3, mutually reinforcing activities: members' activities and the map of who works on which goal. */
@Module({
  imports: [ImportsModule],
  providers: [
    ActivityImportRepository,
    ActivityImportKind,
    ActivitiesRepository,
    ActivitiesService,
    ActivityMapRepository,
    ActivityMapService,
    ActivitiesResolver,
  ],
  exports: [ActivitiesService, ActivityMapService],
})
export class ActivitiesModule {}
